import Foundation

/// The definitions behind every report figure, in one place: the store applies them as things
/// happen and the migration's backfill replays history through them, so both agree.
/// Each rule takes the conversation's latest segment and says what changes.
enum SegmentRules {
    struct Outcome: Equatable {
        /// The latest segment as it should now be stored (nil: unchanged).
        var updated: Segment?
        /// A segment to insert.
        var started: Segment?
    }

    /// A customer's own message (not automatic mail). It starts a segment unless one is open; after
    /// a close the old segment counts as reopened. A conversation the shop started (a person's reply
    /// before any customer message) has no segment until it has been closed once.
    static func customerWrote(conversationID: Int64, at: Int64, latest: Segment?, conversationClosed: Bool,
                              shopWroteFirst: Bool) -> Outcome {
        if let latest {
            guard !latest.isOpen else { return Outcome() }
            var reopened = latest
            reopened.reopened = true
            return Outcome(updated: reopened, started: Segment(conversationID: conversationID, startedAt: at))
        }
        if shopWroteFirst && !conversationClosed { return Outcome() }
        return Outcome(started: Segment(conversationID: conversationID, startedAt: at))
    }

    /// A person's reply has left (acknowledgements and notes never get here). It counts only while
    /// a segment is open; the first one is the first response, credited to its writer.
    static func replyLeft(at: Int64, agentID: Int64?, asksForRating: Bool, latest: Segment?) -> Segment? {
        guard var segment = latest, segment.isOpen else { return nil }
        segment.replies += 1
        if segment.firstResponseAt == nil {
            segment.firstResponseAt = at
            segment.firstResponseAgentID = agentID
        }
        if asksForRating { segment.csatAskedAt = at }
        return segment
    }

    /// A status change. Closing closes the open segment; taking a conversation out of closed by hand
    /// (reopen, undo) continues the segment it closed, since no customer message started a new one.
    static func statusChanged(from before: ConversationStatus, to after: ConversationStatus, at: Int64, latest: Segment?) -> Segment? {
        guard var segment = latest else { return nil }
        if after == .closed, segment.isOpen {
            segment.closedAt = at
            return segment
        }
        if before == .closed, after != .closed, !segment.isOpen, !segment.reopened {
            segment.closedAt = nil
            return segment
        }
        return nil
    }
}
