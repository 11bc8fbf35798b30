import Foundation

/// Builds the segments of a store made before they were recorded, by replaying each
/// conversation's messages and status events through SegmentRules in time order.
/// Replies are counted when written (the outbox did not keep when each left); replies that never
/// left are skipped. A conversation closed without a recorded status event is closed at its `closed_at`.
enum SegmentBackfill {
    enum Step {
        /// `answer`: the text when it is short enough to be a CSAT rating ("" otherwise); read as
        /// one only where a rating was asked for, not for every message of every replay.
        case customer(at: Int64, messageID: Int64, answer: String)
        case reply(at: Int64, agentID: Int64?, text: String)
        case status(at: Int64, before: ConversationStatus, after: ConversationStatus)

        var at: Int64 {
            switch self {
            case .customer(let at, _, _), .reply(let at, _, _), .status(let at, _, _): return at
            }
        }
    }

    static func run(_ db: Database) throws { try rebuild(db, conversationID: nil) }

    /// Replays one conversation's history again (nil: every conversation), replacing its segments
    /// and ratings: for mail stored out of time order, such as a Sent folder imported before the
    /// mail it answers.
    static func rebuild(_ db: Database, conversationID only: Int64?) throws {
        // The same statements serve the whole store and one conversation. The id is bound, not
        // written into the SQL: every text is compiled and kept once, and an import that replays
        // ten thousand conversations kept ten thousand compiled statements (200 MB).
        let onlyMessages = only == nil ? "" : " AND m.conversation_id = ?"
        let onlyEvents = only == nil ? "" : " AND conversation_id = ?"
        let onlyConversation = only == nil ? "" : " AND id = ?"
        let onlyBinding: [SQLValue] = only.map { [.int($0)] } ?? []
        if let only {
            try db.run("DELETE FROM csat_ratings WHERE conversation_id = ?", [.int(only)])
            try db.run("DELETE FROM segments WHERE conversation_id = ?", [.int(only)])
        }
        var steps: [Int64: [Step]] = [:]
        try db.query("""
            SELECT m.conversation_id, m.direction, m.sent_at, m.agent_id, m.text, m.id FROM messages m
            LEFT JOIN outbox o ON o.message_id = m.id
            WHERE m.auto = 0 AND m.direction IN ('in', 'out') AND (o.id IS NULL OR o.state = 'sent')\(onlyMessages)
            ORDER BY m.conversation_id, m.sent_at, m.id
            """, onlyBinding) { row in
            // Only short answers can be a rating; long mail is not read twice.
            let text = row.text(4)
            let step: Step = row.text(1) == "in" ? .customer(at: row.int(2), messageID: row.int(5), answer: text.utf8.count < 200 ? text : "")
                : .reply(at: row.int(2), agentID: row.optionalInt(3), text: CSAT.asksForRating(text) ? CSAT.requestEnglish : "")
            steps[row.int(0), default: []].append(step)
        }
        try db.query("SELECT conversation_id, at, before, after FROM events WHERE kind = 'status' AND conversation_id IS NOT NULL\(onlyEvents) ORDER BY id", onlyBinding) { row in
            guard let before = ConversationStatus(rawValue: row.text(2)), let after = ConversationStatus(rawValue: row.text(3)) else { return }
            steps[row.int(0), default: []].append(.status(at: row.int(1), before: before, after: after))
        }
        var closedAt: [Int64: Int64] = [:]
        try db.query("SELECT id, closed_at FROM conversations WHERE status = 'closed'\(onlyConversation)", onlyBinding) { closedAt[$0.int(0)] = $0.optionalInt(1) ?? 0 }
        for conversationID in steps.keys.sorted() {
            // Stable by time: a message and an event in the same second keep message-then-event order.
            let ordered = steps[conversationID]!.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
            var (segments, ratings) = replay(conversationID: conversationID, ordered)
            if let closed = closedAt[conversationID], let last = segments.indices.last, segments[last].isOpen {
                segments[last].closedAt = max(closed, segments[last].startedAt)
            }
            var ids: [Int64] = []
            for segment in segments {
                try Store.saveSegment(segment, db: db)
                ids.append(db.lastInsertID)
            }
            for rating in ratings {
                try db.run("INSERT OR REPLACE INTO csat_ratings (segment_id, conversation_id, message_id, rating, at) VALUES (?, ?, ?, ?, ?)",
                           [.int(ids[rating.segment]), .int(conversationID), .int(rating.messageID), .int(Int64(rating.value)), .int(rating.at)])
            }
        }
    }

    static func replay(conversationID: Int64, _ steps: [Step]) -> ([Segment], [(segment: Int, messageID: Int64, value: Int, at: Int64)]) {
        var segments: [Segment] = []
        var ratings: [(segment: Int, messageID: Int64, value: Int, at: Int64)] = []
        var status = ConversationStatus.open
        var shopWroteFirst = false
        for step in steps {
            switch step {
            case .customer(let at, let messageID, let answer):
                // The same rule as Store.recordRatingIfAnswer: a rating asked for by the closing reply.
                if status == .closed, let last = segments.last, !last.isOpen, last.csatAskedAt != nil, let rating = CSAT.rating(in: answer) {
                    ratings.append((segments.count - 1, messageID, rating, at))
                    continue
                }
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
        return (segments, ratings)
    }
}
