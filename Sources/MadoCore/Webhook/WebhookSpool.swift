import Foundation

/// A spool of webhook payloads laid out like Maildir, so a reader never sees half a file:
///
///     tmp/     being written (a payload here was cut off and is never imported)
///     new/     complete, waiting for `mado import <channel> SPOOL`
///     cur/     imported; kept `keepDays` days after the import as evidence, then deleted
///     failed/  could never import; NAME.error beside each says why (see WebhookFolder)
///
/// Names start with the arrival time in milliseconds, so name order is arrival order.
public struct WebhookSpool: Sendable, Equatable {
    public var root: URL

    public init(root: URL) { self.root = root }

    public var tmp: URL { root.appendingPathComponent("tmp") }
    public var new: URL { root.appendingPathComponent("new") }
    public var cur: URL { root.appendingPathComponent("cur") }

    /// How long imported payloads stay in cur/.
    public static let keepDays = 7

    /// A channel's spool: `[<channel>] spool`, else `[webhook] spool`/<channel>, else
    /// `$XDG_DATA_HOME/mado/spool/<channel>`.
    public static func of(_ channel: Channel, config: Config, environment: [String: String] = ProcessInfo.processInfo.environment) -> WebhookSpool {
        let name = channel.rawValue
        if let path = config[name + ".spool"], !path.isEmpty { return WebhookSpool(root: URL(fileURLWithPath: expand(path, environment))) }
        if let path = config["webhook.spool"], !path.isEmpty {
            return WebhookSpool(root: URL(fileURLWithPath: expand(path, environment)).appendingPathComponent(name))
        }
        return WebhookSpool(root: URL(fileURLWithPath: Store.dataDirectory(environment: environment) + "/spool/" + name))
    }

    static func expand(_ path: String, _ environment: [String: String]) -> String {
        guard path.hasPrefix("~/") else { return path }
        return (environment["HOME"] ?? NSHomeDirectory()) + String(path.dropFirst())
    }

    /// A folder is a spool when it has a new/ folder.
    public static func isSpool(_ folder: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder.appendingPathComponent("new").path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    public struct WriteError: Error, CustomStringConvertible, Equatable {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// Creates tmp/, new/ and cur/ (group may share them: the web server's user and the shop's).
    public func create() throws {
        for folder in [root, tmp, new, cur] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o770])
        }
    }

    /// Writes `body` into tmp/ under a unique name, fsyncs it, then renames it into new/: the
    /// payload appears in new/ whole or not at all. Returns its path in new/.
    @discardableResult
    public func deliver(_ body: [UInt8], now: Date = Date()) throws -> URL {
        try create()
        let name = Self.uniqueName(now: now)
        let temporary = tmp.appendingPathComponent(name)
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o660)
        guard descriptor >= 0 else { throw WriteError(path: temporary.path, reason: String(cString: strerror(errno))) }
        var written = 0
        var failure: String?
        body.withUnsafeBytes { buffer in
            while written < buffer.count {
                let count = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                written += count
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        if let failure {
            unlink(temporary.path)
            throw WriteError(path: temporary.path, reason: failure)
        }
        let final = new.appendingPathComponent(name)
        guard rename(temporary.path, final.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw WriteError(path: final.path, reason: reason)
        }
        // The rename is durable only once the folder itself is synced.
        let folder = open(new.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 { fsync(folder); close(folder) }
        return final
    }

    /// `<milliseconds>.<pid>.<random>.json`: unique across processes and within one.
    static func uniqueName(now: Date) -> String {
        let milliseconds = Int64((now.timeIntervalSince1970 * 1000).rounded(.down))
        let random = (0..<8).map { _ in String(UInt8.random(in: 0...255), radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }.joined()
        return String(format: "%013lld", milliseconds) + ".\(getpid()).\(random).json"
    }

    /// Payloads waiting in new/, in arrival order.
    public func waiting() -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(atPath: new.path)) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted().map { new.appendingPathComponent($0) }
    }

    /// Moves an imported payload from new/ to cur/.
    public func markImported(_ file: URL) throws {
        try FileManager.default.createDirectory(at: cur, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o770])
        let target = cur.appendingPathComponent(file.lastPathComponent)
        guard rename(file.path, target.path) == 0 else { throw WriteError(path: file.path, reason: String(cString: strerror(errno))) }
        // The keeping time counts from the import, not the arrival.
        utimes(target.path, nil)
    }

    /// Deletes payloads in cur/ imported more than `keepDays` ago, and leftovers in tmp/ from a
    /// writer that died more than a day ago (by modification time); returns how many.
    @discardableResult
    public func prune(now: Date = Date(), keepDays: Int = keepDays) -> Int {
        remove(in: cur, olderThan: now.addingTimeInterval(-Double(keepDays) * 86_400))
            + remove(in: tmp, olderThan: now.addingTimeInterval(-86_400))
    }

    func remove(in folder: URL, olderThan limit: Date) -> Int {
        let manager = FileManager.default
        var removed = 0
        for name in (try? manager.contentsOfDirectory(atPath: folder.path)) ?? [] {
            let url = folder.appendingPathComponent(name)
            guard let modified = (try? manager.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date, modified < limit else { continue }
            if (try? manager.removeItem(at: url)) != nil { removed += 1 }
        }
        return removed
    }
}
