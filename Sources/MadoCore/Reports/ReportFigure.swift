import Foundation

/// A figure of the report screen that can be opened: the segments counted in it are a list of
/// conversations (the drill-down). Buckets are the business-hours buckets the screen draws.
public enum ReportFigure: Hashable, Sendable {
    /// Segments that started in the period.
    case received
    /// Segments whose first response left in the period (the first-response figures' n).
    case replied
    /// Segments closed with a reply in the period (the resolution figures' n).
    case resolved
    case closedWithoutReply
    /// Segments closed in the period that the customer reopened by writing again (the reopen rate).
    case reopened
    /// Segments resolved in the period with exactly one reply.
    case resolvedOnFirstReply
    /// Segments closed in the period whose closing reply asked for a rating and that got one (CSAT).
    case rated
    /// Segments still open at the end of the period (the last mark of the backlog sparkline).
    case backlog
    /// First responses in one of `TimeFigures.bucketNames`, counted in business hours.
    case firstResponse(bucket: Int)
    /// Resolutions in one of `TimeFigures.bucketNames`, counted in business hours.
    case resolution(bucket: Int)

    /// The bucket a duration falls in (a bucket includes its lower edge).
    public static func bucket(of seconds: Double) -> Int {
        TimeFigures.bucketLimits.firstIndex { seconds < $0 } ?? TimeFigures.bucketLimits.count
    }
}

extension ConversationFilter {
    /// A view of the conversations behind a report figure, in any status, snoozed or not.
    public static func conversations(_ ids: [Int64]) -> ConversationFilter {
        var filter = ConversationFilter(snooze: .any)
        filter.conversationIDs = ids
        return filter
    }
}
