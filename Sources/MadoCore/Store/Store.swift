import Foundation

/// The conversation store: one SQLite file, the only shared truth between channels, screen and
/// other `mado` processes. Queries live in extensions, one file per concern.
public final class Store: @unchecked Sendable {
    let db: Database
    let searchHits = SearchHits()
    /// Search rows held back during a bulk import's batch.
    let deferredSearch = DeferredSearchIndex()
    /// Injected so tests and the demo can pin "now".
    public var clock: @Sendable () -> Date

    public init(path: String, create: Bool = true, clock: @escaping @Sendable () -> Date = { Date() }) throws {
        db = try Database(path: path, create: create)
        self.clock = clock
    }

    public var path: String { db.path }

    /// Runs `body` as one transaction: every store call inside it lands together or not at all.
    /// Only taking the write lock is retried; the body runs once.
    public func write<T>(_ body: () throws -> T) throws -> T {
        try db.transaction(body)
    }

    /// Changes whenever another process commits to the store; our own commits don't count.
    public func dataVersion() throws -> Int64 { try db.dataVersion() }

    /// For the length of a bulk import: fewer checkpoints, and SQLite's temporary files (statement
    /// journals) in memory rather than written out and read back for every statement with
    /// triggers. The page cache is smaller than an inbox's (24 MB, not 32): an import writes
    /// mostly new pages, and at 100k mails a 32 MB cache was most of its memory. Below 24 MB a
    /// 100k import read its index pages back from the kernel again and again.
    /// Durability stays as it is (`synchronous = NORMAL`): the store is shared with open inboxes,
    /// and an OS crash during an import must not corrupt what they wrote.
    /// Foreign keys are not checked on this connection: an import writes every parent row
    /// (customer, conversation, message) itself, in the same transaction as its children, and
    /// looking each parent up again for every row was a twentieth of a 100k import
    /// (`MailImportBatchRowsTests` runs `foreign_key_check` on what a tuned import wrote). Other
    /// processes' connections keep checking.
    public func tuneForBulkImport() throws {
        try db.execute("PRAGMA cache_size = -24576; PRAGMA wal_autocheckpoint = 10000; PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = OFF")
    }

    /// A consistent copy of the whole store, taken while other processes keep using it.
    /// `VACUUM INTO` reads one snapshot, so a writer holding the lock neither blocks it nor leaks
    /// uncommitted changes into it. The file is made first, empty and private (0600), with
    /// O_EXCL: an existing file is never overwritten, and customers' mail is never readable by
    /// others, not even for a moment. (The destination is a new file, never the store itself.)
    public func backup(to destination: String) throws {
        let fd = open(destination, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        if fd < 0 {
            if errno == EEXIST {
                throw StoreError.invalid("\(destination) already exists; choose a new file name (a backup never overwrites).")
            }
            throw StoreError.unreadable(path: destination, reason: String(cString: strerror(errno)))
        }
        close(fd)
        do {
            try db.run("VACUUM INTO ?", [.text(destination)])
        } catch {
            unlink(destination)
            throw error
        }
    }

    /// `PRAGMA integrity_check`: "ok", or SQLite's list of what is wrong.
    public func integrityCheck() throws -> String {
        try db.rows("PRAGMA integrity_check") { $0.text(0) }.joined(separator: "\n")
    }
    var now: Int64 { Int64(clock().timeIntervalSince1970) }

    /// `$XDG_DATA_HOME/mado/mado.sqlite`, or `~/.local/share/mado/mado.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        dataDirectory(environment: environment) + "/mado.sqlite"
    }

    public static func dataDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/mado" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/share/mado"
    }
}

extension Date {
    var unixSeconds: Int64 { Int64(timeIntervalSince1970.rounded(.down)) }
    init(unixSeconds: Int64) { self.init(timeIntervalSince1970: TimeInterval(unixSeconds)) }
}

extension Row {
    func date(_ column: Int32) -> Date { Date(unixSeconds: int(column)) }
    func optionalDate(_ column: Int32) -> Date? { optionalInt(column).map(Date.init(unixSeconds:)) }
}

extension SQLValue {
    static func date(_ date: Date?) -> SQLValue { date.map { .int($0.unixSeconds) } ?? .null }
}
