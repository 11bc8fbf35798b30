import Foundation

/// The figures of one row of a report (or of the whole period). Definitions: README, "Reports".
public struct ReportRow: Sendable, Equatable, Codable {
    public var key: String
    /// Segments that started in the period (a reopen starts one).
    public var received = 0
    /// Segments whose first response left in the period.
    public var replied = 0
    /// Segments closed in the period, with or without a reply.
    public var closed = 0
    public var closedWithoutReply = 0
    /// Closed in the period with at least one reply: these have a resolution time.
    public var resolved = 0
    /// Resolved with exactly one reply.
    public var resolvedOnFirstReply = 0
    /// Closed in the period and reopened by the customer later.
    public var reopened = 0
    public var firstResponse = MeasuredTime(wall: [], business: [])
    public var resolution = MeasuredTime(wall: [], business: [])
    public var messagesIn = 0
    public var messagesOut = 0
    /// Open segments at the end of the day (rows per day only).
    public var backlog: Int?
    public var csat = CSATFigures()

    /// resolvedOnFirstReply ÷ resolved; nil when nothing was resolved. Set by `finish`.
    public var firstReplyResolutionRate: Double?
    /// reopened ÷ closed. Set by `finish`.
    public var reopenRate: Double?

    public init(key: String) { self.key = key }

    /// Works out the rates once the counts are in (stored, so `--json` carries them).
    public mutating func finish() {
        firstReplyResolutionRate = resolved == 0 ? nil : Double(resolvedOnFirstReply) / Double(resolved)
        reopenRate = closed == 0 ? nil : Double(reopened) / Double(closed)
        csat.finish()
    }
}

/// Ratings of segments closed in the period whose closing reply asked for one.
public struct CSATFigures: Sendable, Equatable, Codable {
    public var asked = 0
    public var rated = 0
    var sum = 0
    var fourOrFive = 0
    public var average: Double?
    /// Share of ratings that are 4 or 5.
    public var satisfied: Double?
    /// rated ÷ asked.
    public var responseRate: Double?

    enum CodingKeys: String, CodingKey { case asked, rated, average, satisfied, responseRate }

    public mutating func add(_ rating: Int) {
        rated += 1
        sum += rating
        if rating >= 4 { fourOrFive += 1 }
    }

    mutating func finish() {
        average = rated == 0 ? nil : Double(sum) / Double(rated)
        satisfied = rated == 0 ? nil : Double(fourOrFive) / Double(rated)
        responseRate = asked == 0 ? nil : Double(rated) / Double(asked)
    }
}

/// Open segments at the end of one day (local midnight in the business-hours time zone).
public struct BacklogDay: Sendable, Equatable, Codable {
    public var day: String
    public var open: Int

    public init(day: String, open: Int) {
        self.day = day
        self.open = open
    }
}

public struct Report: Sendable, Equatable, Codable {
    public var since: Date
    public var until: Date
    public var grouping: ReportGrouping?
    public var total: ReportRow
    public var rows: [ReportRow]
    public var backlog: [BacklogDay]
    /// The conversations behind each figure of the whole period, oldest segment first, each once:
    /// what the report screen lists on Enter. Not part of `--json` (`--csv` has the segments).
    public var conversations: [ReportFigure: [Int64]]

    enum CodingKeys: String, CodingKey { case since, until, grouping, total, rows, backlog }

    public init(since: Date, until: Date, grouping: ReportGrouping?, total: ReportRow, rows: [ReportRow], backlog: [BacklogDay],
                conversations: [ReportFigure: [Int64]] = [:]) {
        self.since = since
        self.until = until
        self.grouping = grouping
        self.total = total
        self.rows = rows
        self.backlog = backlog
        self.conversations = conversations
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(since: try container.decode(Date.self, forKey: .since), until: try container.decode(Date.self, forKey: .until),
                  grouping: try container.decodeIfPresent(ReportGrouping.self, forKey: .grouping),
                  total: try container.decode(ReportRow.self, forKey: .total), rows: try container.decode([ReportRow].self, forKey: .rows),
                  backlog: try container.decode([BacklogDay].self, forKey: .backlog))
    }

    /// The conversations behind a figure (none when nothing was counted in it).
    public func conversations(behind figure: ReportFigure) -> [Int64] { conversations[figure] ?? [] }
}
