import Foundation

/// Builds the segments of a store made before they were recorded, by replaying each
/// conversation's messages and status events through SegmentRules in time order.
/// Replies are counted when written (the outbox did not keep when each left); replies that never
/// left are skipped. A conversation closed without a recorded status event is closed at its `closed_at`.
enum SegmentBackfill {
    enum Step {
        case customer(at: Int64)
        case reply(at: Int64, agentID: Int64?, text: String)
        case status(at: Int64, before: ConversationStatus, after: ConversationStatus)

        var at: Int64 {
            switch self {
            case .customer(let at), .reply(let at, _, _), .status(let at, _, _): return at
            }
        }
    }

    static func run(_ db: Database) throws {
        var steps: [Int64: [Step]] = [:]
        try db.query("""
            SELECT m.conversation_id, m.direction, m.sent_at, m.agent_id, m.text FROM messages m
            LEFT JOIN outbox o ON o.message_id = m.id
            WHERE m.auto = 0 AND m.direction IN ('in', 'out') AND (o.id IS NULL OR o.state = 'sent')
            ORDER BY m.conversation_id, m.sent_at, m.id
            """) { row in
            let step: Step = row.text(1) == "in" ? .customer(at: row.int(2))
                : .reply(at: row.int(2), agentID: row.optionalInt(3), text: CSAT.asksForRating(row.text(4)) ? CSAT.requestEnglish : "")
            steps[row.int(0), default: []].append(step)
        }
        try db.query("SELECT conversation_id, at, before, after FROM events WHERE kind = 'status' AND conversation_id IS NOT NULL ORDER BY id") { row in
            guard let before = ConversationStatus(rawValue: row.text(2)), let after = ConversationStatus(rawValue: row.text(3)) else { return }
            steps[row.int(0), default: []].append(.status(at: row.int(1), before: before, after: after))
        }
        var closedAt: [Int64: Int64] = [:]
        try db.query("SELECT id, closed_at FROM conversations WHERE status = 'closed'") { closedAt[$0.int(0)] = $0.optionalInt(1) ?? 0 }
        for conversationID in steps.keys.sorted() {
            // Stable by time: a message and an event in the same second keep message-then-event order.
            let ordered = steps[conversationID]!.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
            var segments = replay(conversationID: conversationID, ordered)
            if let closed = closedAt[conversationID], let last = segments.indices.last, segments[last].isOpen {
                segments[last].closedAt = max(closed, segments[last].startedAt)
            }
            for segment in segments { try Store.saveSegment(segment, db: db) }
        }
    }

    static func replay(conversationID: Int64, _ steps: [Step]) -> [Segment] {
        var segments: [Segment] = []
        var status = ConversationStatus.open
        var shopWroteFirst = false
        for step in steps {
            switch step {
            case .customer(let at):
                let outcome = SegmentRules.customerWrote(conversationID: conversationID, at: at, latest: segments.last,
                                                         conversationClosed: status == .closed, shopWroteFirst: shopWroteFirst)
                if let updated = outcome.updated { segments[segments.count - 1] = updated }
                if let started = outcome.started { segments.append(started) }
                status = .open
            case .reply(let at, let agentID, let text):
                if segments.isEmpty { shopWroteFirst = true }
                if let updated = SegmentRules.replyLeft(at: at, agentID: agentID, asksForRating: !text.isEmpty, latest: segments.last) {
                    segments[segments.count - 1] = updated
                }
            case .status(let at, let before, let after):
                if let updated = SegmentRules.statusChanged(from: before, to: after, at: at, latest: segments.last) {
                    segments[segments.count - 1] = updated
                }
                status = after
            }
        }
        return segments
    }
}
