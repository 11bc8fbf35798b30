import Foundation

/// How report figures are split: one row per channel, per agent, per day or per tag.
public enum ReportGrouping: String, Sendable, Codable, CaseIterable {
    case channel, agent, day, tag
}

/// A report over [since, until), optionally split into rows.
public struct ReportRequest: Sendable, Equatable {
    public var since: Date
    public var until: Date
    public var grouping: ReportGrouping?

    public init(since: Date, until: Date, grouping: ReportGrouping? = nil) {
        self.since = since
        self.until = until
        self.grouping = grouping
    }
}
