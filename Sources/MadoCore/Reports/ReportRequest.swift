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
    /// Also list the conversations behind each figure (the report screen's drill-down); the
    /// command line prints figures only and skips that work.
    public var listsConversations: Bool

    public init(since: Date, until: Date, grouping: ReportGrouping? = nil, listsConversations: Bool = false) {
        self.since = since
        self.until = until
        self.grouping = grouping
        self.listsConversations = listsConversations
    }
}
