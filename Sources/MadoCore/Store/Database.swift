import CSQLite
import Foundation

/// One SQLite connection. Used from one thread at a time; every `mado` process opens its own.
public final class Database: @unchecked Sendable {
    let handle: OpaquePointer
    public let path: String
    private var statementCache: [String: Statement] = [:]
    private var transactionDepth = 0

    /// Opens (and, with `create`, creates with mode 0600) the store file, sets WAL, foreign keys
    /// and a busy timeout, and brings the schema up to date.
    public init(path: String, create: Bool = true, migrate: Bool = true) throws {
        self.path = path
        let fm = FileManager.default
        let exists = fm.fileExists(atPath: path)
        if !exists && !create { throw StoreError.missing(path: path) }
        if exists && !fm.isReadableFile(atPath: path) {
            throw StoreError.unreadable(path: path, reason: "permission denied")
        }
        if exists && !create && !Database.hasSQLiteHeader(path) {
            // Never turn someone's other file into a store: only a real SQLite file is opened.
            throw StoreError.notAStore(path: path)
        }
        if !exists {
            // Create the file ourselves so it is private from the first byte: customers' mail lives here.
            let dir = (path as NSString).deletingLastPathComponent
            if !dir.isEmpty { try? fm.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700]) }
            let fd = open(path, O_CREAT | O_WRONLY | O_EXCL, 0o600)
            if fd < 0 { throw StoreError.unreadable(path: path, reason: String(cString: strerror(errno))) }
            close(fd)
        }
        var db: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            if let db { sqlite3_close(db) }
            throw StoreError.unreadable(path: path, reason: message)
        }
        handle = db
        sqlite3_busy_timeout(db, 5000)
        do {
            // A file that is not SQLite fails here, on the first read.
            try execute("PRAGMA foreign_keys = ON")
            _ = try scalarInt("PRAGMA user_version")
            let mode = try scalarText("PRAGMA journal_mode = WAL")
            if mode?.lowercased() != "wal" { throw StoreError.unreadable(path: path, reason: "cannot switch to WAL mode") }
            try execute("PRAGMA synchronous = NORMAL")
            if migrate { try Migrations.migrate(self) }
        } catch let error as StoreError {
            sqlite3_close_v2(handle)
            if case .sqlite(let code, _, _) = error, code == SQLITE_NOTADB || code == SQLITE_CORRUPT {
                throw StoreError.notAStore(path: path)
            }
            throw error
        }
    }

    static func hasSQLiteHeader(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        return header == Data("SQLite format 3\u{0}".utf8)
    }

    deinit {
        statementCache.removeAll()
        sqlite3_close_v2(handle)
    }

    func error(_ code: Int32, sql: String) -> StoreError {
        let message = String(cString: sqlite3_errmsg(handle))
        if code == SQLITE_BUSY || code == SQLITE_LOCKED { return .busy(message) }
        return .sqlite(code: code, message: message, sql: sql)
    }

    /// Runs one or more statements that return no rows.
    public func execute(_ sql: String) throws {
        var errmsg: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &errmsg)
        if rc != SQLITE_OK {
            let message = errmsg.map { String(cString: $0) } ?? ""
            sqlite3_free(errmsg)
            if rc == SQLITE_BUSY || rc == SQLITE_LOCKED { throw StoreError.busy(message) }
            throw StoreError.sqlite(code: rc, message: message, sql: sql)
        }
    }

    /// A prepared statement, cached by its SQL text so hot queries are compiled once.
    public func statement(_ sql: String) throws -> Statement {
        if let cached = statementCache[sql] {
            cached.reset()
            return cached
        }
        let statement = try Statement(database: self, sql: sql)
        statementCache[sql] = statement
        return statement
    }

    /// Runs `sql` with `bindings`, calling `row` for each result row.
    public func query(_ sql: String, _ bindings: [SQLValue] = [], row: (Row) throws -> Void) throws {
        let statement = try self.statement(sql)
        defer { statement.reset() }
        try statement.bind(bindings)
        while try statement.step() { try row(Row(statement: statement)) }
    }

    public func rows<T>(_ sql: String, _ bindings: [SQLValue] = [], _ map: (Row) throws -> T) throws -> [T] {
        var result: [T] = []
        try query(sql, bindings) { result.append(try map($0)) }
        return result
    }

    public func run(_ sql: String, _ bindings: [SQLValue] = []) throws {
        let statement = try self.statement(sql)
        defer { statement.reset() }
        try statement.bind(bindings)
        while try statement.step() {}
    }

    public func scalarInt(_ sql: String, _ bindings: [SQLValue] = []) throws -> Int64? {
        var value: Int64?
        try query(sql, bindings) { value = $0.optionalInt(0) }
        return value
    }

    public func scalarText(_ sql: String, _ bindings: [SQLValue] = []) throws -> String? {
        var value: String?
        try query(sql, bindings) { value = $0.optionalText(0) }
        return value
    }

    public var lastInsertID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// How long a statement waits for another process's write lock before reporting busy.
    public func setBusyTimeout(milliseconds: Int32) {
        sqlite3_busy_timeout(handle, milliseconds)
    }
    public var changes: Int { Int(sqlite3_changes(handle)) }

    /// Changes whenever another connection commits: a cheap way to notice other `mado` processes.
    public func dataVersion() throws -> Int64 { try scalarInt("PRAGMA data_version") ?? 0 }

    /// Runs `body` in one IMMEDIATE transaction: it takes the write lock up front, so two agents
    /// changing the same conversation queue up instead of failing half-way.
    /// An explicit write transaction around many `transaction` calls (which become savepoints).
    public func begin() throws {
        try execute("BEGIN IMMEDIATE")
        transactionDepth = 1
    }

    public func commit() throws {
        transactionDepth = 0
        try execute("COMMIT")
    }

    /// Inside another transaction it becomes a savepoint, so a batch (an import) can hold many.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        if transactionDepth > 0 {
            transactionDepth += 1
            let name = "nested\(transactionDepth)"
            try execute("SAVEPOINT \(name)")
            defer { transactionDepth -= 1 }
            do {
                let result = try body()
                try execute("RELEASE \(name)")
                return result
            } catch {
                try? execute("ROLLBACK TO \(name); RELEASE \(name)")
                throw error
            }
        }
        try execute("BEGIN IMMEDIATE")
        transactionDepth = 1
        defer { transactionDepth = 0 }
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }
}
