import CSQLite
import Foundation

/// One SQLite connection. A process keeps one per store and its threads share it: every call
/// takes the connection's lock, and a transaction holds it from BEGIN to COMMIT.
///
/// The store file belongs to SQLite: nothing here opens it (or its -wal/-shm) any other way,
/// because closing any descriptor of a file drops all of this process's POSIX locks on it, and
/// another `mado` would then take the WAL away from under us.
final class Database: @unchecked Sendable {
    let handle: OpaquePointer
    let path: String
    private var statementCache: [String: Statement] = [:]
    private var transactionDepth = 0
    private let lock = NSRecursiveLock()
    /// Set when a failed open already closed the handle, so `deinit` does not close it twice.
    private var closed = false
    private var busyTimeout: Int32 = 5000

    /// Opens (and, with `create`, creates with mode 0600) the store file, sets WAL, foreign keys
    /// and a busy timeout, and brings the schema up to date. A file that is not ours is refused
    /// before anything in it is changed.
    init(path: String, create: Bool = true, migrate: Bool = true) throws {
        self.path = path
        var info = stat()
        let exists = stat(path, &info) == 0
        if !exists && !create { throw StoreError.missing(path: path) }
        if exists && access(path, R_OK | W_OK) != 0 {
            throw StoreError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        if exists && info.st_size == 0 {
            // An empty file is a store only when asked to make one, and then a private one.
            if !create { throw StoreError.notAStore(path: path) }
            chmod(path, 0o600)
        }
        if !exists {
            // Create the file ourselves so it is private from the first byte: customers' mail lives
            // here. No connection to a file that did not exist can be holding locks on it.
            let dir = (path as NSString).deletingLastPathComponent
            if !dir.isEmpty { try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700]) }
            let fd = open(path, O_CREAT | O_WRONLY | O_EXCL, 0o600)
            if fd < 0 { throw StoreError.unreadable(path: path, reason: String(cString: strerror(errno))) }
            close(fd)
        }
        _ = Database.configured
        var db: OpaquePointer?
        let rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            if let db { sqlite3_close_v2(db) }
            throw StoreError.unreadable(path: path, reason: message)
        }
        handle = db
        sqlite3_busy_timeout(db, busyTimeout)
        do {
            if exists && info.st_size > 0 && !hasSQLiteHeader() { throw StoreError.notAStore(path: path) }
            let version = Int(try scalarInt("PRAGMA user_version") ?? 0)
            if version == 0, try scalarInt("SELECT count(*) FROM sqlite_master") ?? 0 > 0 {
                // Tables but no schema version: some other program's database, not ours to change.
                throw StoreError.notAStore(path: path)
            }
            if version > Migrations.latestVersion {
                throw StoreError.tooNew(path: path, storeVersion: version, supported: Migrations.latestVersion)
            }
            try execute("PRAGMA foreign_keys = ON")
            let mode = try scalarText("PRAGMA journal_mode = WAL")
            if mode?.lowercased() != "wal" { throw StoreError.unreadable(path: path, reason: "cannot switch to WAL mode") }
            // SQLite's default page cache (2 MB) holds little of a store with a million messages:
            // the inbox's loads and counts would read the same pages from the kernel again and again.
            // Pages are cached only as they are read, so a small store or a short command costs no more.
            try execute("PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768")
            // A store already at the latest version (every open but the first after an upgrade)
            // runs no migration query at all: the version read above is enough.
            if migrate && version < Migrations.latestVersion { try Migrations.migrate(self) }
        } catch {
            statementCache.removeAll()
            sqlite3_close_v2(handle)
            closed = true
            if case StoreError.sqlite(let code, _, _) = error, code == SQLITE_NOTADB || code == SQLITE_CORRUPT {
                throw StoreError.notAStore(path: path)
            }
            throw error
        }
    }

    /// SQLite's process-wide settings, made once before its first connection (see the shim).
    private static let configured: Int32 = mado_sqlite_skip_memory_count()

    /// The first 16 bytes, read through SQLite's own descriptor (see the shim for why).
    private func hasSQLiteHeader() -> Bool {
        var header = [UInt8](repeating: 0, count: 16)
        let rc = mado_sqlite_read_header(handle, &header, 16)
        return rc == SQLITE_OK && header == Array("SQLite format 3\u{0}".utf8)
    }

    deinit {
        guard !closed else { return }
        statementCache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Every use of the connection goes through here, so threads that share it take turns.
    func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    func error(_ code: Int32, sql: String) -> StoreError {
        let message = String(cString: sqlite3_errmsg(handle))
        let primary = code & 0xFF
        if primary == SQLITE_BUSY || primary == SQLITE_LOCKED { return .busy(message) }
        if primary == SQLITE_FULL { return .full(message) }
        return .sqlite(code: code, message: message, sql: sql)
    }

    /// Runs one or more statements that return no rows.
    func execute(_ sql: String) throws {
        try locked {
            var errmsg: UnsafeMutablePointer<CChar>?
            let rc = sqlite3_exec(handle, sql, nil, nil, &errmsg)
            if rc != SQLITE_OK {
                let message = errmsg.map { String(cString: $0) } ?? ""
                sqlite3_free(errmsg)
                let primary = rc & 0xFF
                if primary == SQLITE_BUSY || primary == SQLITE_LOCKED { throw StoreError.busy(message) }
                if primary == SQLITE_FULL { throw StoreError.full(message) }
                throw StoreError.sqlite(code: rc, message: message, sql: sql)
            }
        }
    }

    /// A prepared statement, cached by its SQL text so hot queries are compiled once.
    /// Call only with the lock held.
    private func statement(_ sql: String) throws -> Statement {
        if let cached = statementCache[sql] {
            cached.reset()
            return cached
        }
        let statement = try Statement(database: self, sql: sql)
        statementCache[sql] = statement
        return statement
    }

    /// Runs `sql` with `bindings`, calling `row` for each result row.
    func query(_ sql: String, _ bindings: [SQLValue] = [], row: (Row) throws -> Void) throws {
        try locked {
            let statement = try self.statement(sql)
            defer { statement.reset() }
            try statement.bind(bindings)
            while try statement.step() { try row(Row(statement: statement)) }
        }
    }

    func rows<T>(_ sql: String, _ bindings: [SQLValue] = [], _ map: (Row) throws -> T) throws -> [T] {
        var result: [T] = []
        try query(sql, bindings) { result.append(try map($0)) }
        return result
    }

    func run(_ sql: String, _ bindings: [SQLValue] = []) throws {
        try query(sql, bindings) { _ in }
    }

    func scalarInt(_ sql: String, _ bindings: [SQLValue] = []) throws -> Int64? {
        var value: Int64?
        try query(sql, bindings) { value = $0.optionalInt(0) }
        return value
    }

    func scalarText(_ sql: String, _ bindings: [SQLValue] = []) throws -> String? {
        var value: String?
        try query(sql, bindings) { value = $0.optionalText(0) }
        return value
    }

    var lastInsertID: Int64 { locked { sqlite3_last_insert_rowid(handle) } }
    var changes: Int { locked { Int(sqlite3_changes(handle)) } }

    /// How long a statement waits for another process's write lock before reporting busy.
    func setBusyTimeout(milliseconds: Int32) {
        locked {
            busyTimeout = milliseconds
            sqlite3_busy_timeout(handle, milliseconds)
        }
    }

    /// Changes whenever another connection commits: a cheap way to notice other `mado` processes.
    func dataVersion() throws -> Int64 { try scalarInt("PRAGMA data_version") ?? 0 }

    /// Runs `body` in one IMMEDIATE transaction: it takes the write lock up front, so two agents
    /// changing the same conversation queue up instead of failing half-way. Inside another
    /// transaction it becomes a savepoint, so a batch (an import) can hold many.
    ///
    /// Only taking the write lock is retried when another process holds it for long: the body
    /// has not run yet then, so nothing can happen twice.
    ///
    /// With `waitForLock: false` a store busy with another writer fails at once instead: for
    /// work that can simply be tried again on the next turn of the inbox's loop.
    func transaction<T>(waitForLock: Bool = true, _ body: () throws -> T) throws -> T {
        try locked {
            if transactionDepth > 0 { return try savepoint(body) }
            if waitForLock {
                try beginImmediate()
            } else {
                sqlite3_busy_timeout(handle, 0)
                defer { sqlite3_busy_timeout(handle, busyTimeout) }
                try execute("BEGIN IMMEDIATE")
            }
            transactionDepth = 1
            defer { transactionDepth = 0 }
            do {
                let result = try body()
                try execute("COMMIT")
                return result
            } catch {
                if sqlite3_get_autocommit(handle) == 0 { try? execute("ROLLBACK") }
                throw error
            }
        }
    }

    private func savepoint<T>(_ body: () throws -> T) throws -> T {
        transactionDepth += 1
        let name = "nested\(transactionDepth)"
        defer { transactionDepth -= 1 }
        try execute("SAVEPOINT \(name)")
        do {
            let result = try body()
            try execute("RELEASE \(name)")
            return result
        } catch {
            // Some errors (a full disk) roll the whole transaction back: then there is no savepoint
            // left to return to, and the outer COMMIT will say so.
            if sqlite3_get_autocommit(handle) == 0 { try? execute("ROLLBACK TO \(name); RELEASE \(name)") }
            throw error
        }
    }

    /// BEGIN IMMEDIATE waits the busy timeout (5 s) for another writer; a few more tries give a
    /// long import or a backup time to let go before a person sees "busy".
    private func beginImmediate(attempts: Int = 4) throws {
        var attempt = 0
        while true {
            do {
                try execute("BEGIN IMMEDIATE")
                return
            } catch StoreError.busy(let what) {
                attempt += 1
                if attempt >= attempts { throw StoreError.busy(what) }
                usleep(useconds_t(50_000 * attempt))
            }
        }
    }

    /// True while a transaction is open on this connection (false after SQLite rolled one back).
    var inTransaction: Bool { locked { sqlite3_get_autocommit(handle) == 0 } }
}
