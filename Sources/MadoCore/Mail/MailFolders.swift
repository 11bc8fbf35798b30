import Foundation

/// Maildir as fetchmail, mbsync, getmail and postfix leave it: messages in `new/` and `cur/`,
/// half-written ones in `tmp/`. We only read; we never move, rename or change a file.
public enum Maildir {
    public static func messageFiles(in folder: URL) throws -> [URL] {
        try messagePaths(in: folder).map { URL(fileURLWithPath: $0) }
    }

    /// The same files as paths, held as names under their subfolder: a hundred thousand `URL`s
    /// took 35 MB, about half of what a whole import may use.
    public static func messagePaths(in folder: URL) throws -> MessagePaths {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw MailError.notAMaildir(folder.path)
        }
        let subfolders = ["cur", "new"].map { folder.appendingPathComponent($0).path }
        guard subfolders.contains(where: { manager.fileExists(atPath: $0) }) else { throw MailError.notAMaildir(folder.path) }
        var paths = MessagePaths()
        for subfolder in subfolders {
            guard let names = try? manager.contentsOfDirectory(atPath: subfolder) else { continue }
            paths.add(subfolder: subfolder, names: names.filter { !$0.hasPrefix(".") }.sorted())
        }
        return paths
    }
}

/// Message files of a Maildir in order (`cur/` then `new/`, each by name): a path is put together
/// only when asked for.
public struct MessagePaths: RandomAccessCollection, Sendable {
    private var subfolders: [(path: String, firstIndex: Int)] = []
    private var names: [String] = []

    public init() {}

    mutating func add(subfolder: String, names more: [String]) {
        guard !more.isEmpty else { return }
        subfolders.append((subfolder, names.count))
        names += more
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { names.count }

    public subscript(index: Int) -> String {
        let folder = subfolders.last { $0.firstIndex <= index }!
        return folder.path + "/" + names[index]
    }
}

/// mbox files: messages separated by "From " lines; mboxrd/mboxo ">From " quoting undone.
public enum Mbox {
    public static func split(_ bytes: [UInt8]) -> [[UInt8]] {
        var messages: [[UInt8]] = []
        var current: [UInt8] = []
        var started = false
        var index = 0
        let from = Array("From ".utf8)
        while index < bytes.count {
            var end = index
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            let line = bytes[index..<min(end + 1, bytes.count)]
            let atLineStart = index == 0 || bytes[index - 1] == 0x0A
            if atLineStart && line.starts(with: from) && (index == 0 || previousLineBlank(bytes, before: index)) {
                if started && !current.isEmpty { messages.append(trimTrailingBlank(current)) }
                current = []
                started = true
            } else if started {
                // ">From ", ">>From " … lose one ">".
                var quoteEnd = line.startIndex
                while quoteEnd < line.endIndex && line[quoteEnd] == UInt8(ascii: ">") { quoteEnd += 1 }
                if quoteEnd > line.startIndex && line[quoteEnd...].starts(with: from) {
                    current += line.dropFirst()
                } else {
                    current += line
                }
            }
            index = end + 1
        }
        if started && !current.isEmpty { messages.append(trimTrailingBlank(current)) }
        return messages
    }

    static func previousLineBlank(_ bytes: [UInt8], before index: Int) -> Bool {
        guard index >= 2 else { return true }
        return bytes[index - 2] == 0x0A || (bytes[index - 2] == 0x0D && index >= 3 && bytes[index - 3] == 0x0A)
    }

    static func trimTrailingBlank(_ message: [UInt8]) -> [UInt8] {
        var result = message
        // The blank line before the next "From " belongs to the separator.
        if result.last == 0x0A { result.removeLast(); if result.last == 0x0D { result.removeLast() } }
        result.append(0x0A)
        return result
    }
}

public enum MailError: Error, CustomStringConvertible, Equatable {
    case notAMaildir(String)
    case unreadable(String, String)

    public var description: String {
        switch self {
        case .notAMaildir(let path): return "\(path) is not a Maildir (no cur/ or new/ inside)."
        case .unreadable(let path, let reason): return "\(path) cannot be read: \(reason)."
        }
    }
}
