import Foundation

/// The conversation store: one SQLite file, the only shared truth between channels, screen and
/// other `mado` processes. Queries live in extensions, one file per concern.
public final class Store: @unchecked Sendable {
    public let db: Database
    let searchHits = SearchHits()
    /// Injected so tests and the demo can pin "now".
    public var clock: @Sendable () -> Date

    public init(path: String, create: Bool = true, clock: @escaping @Sendable () -> Date = { Date() }) throws {
        db = try Database(path: path, create: create)
        self.clock = clock
    }

    public var path: String { db.path }
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
