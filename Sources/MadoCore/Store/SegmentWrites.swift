import Foundation

/// Keeps the segments table true as things happen (see SegmentRules for the definitions). Every
/// function here runs inside the transaction of the change it records.
extension Store {
    static let segmentColumns = "id, conversation_id, started_at, first_response_at, first_response_agent_id, closed_at, replies, reopened, csat_asked_at"

    static func segment(_ row: Row) -> Segment {
        Segment(id: row.int(0), conversationID: row.int(1), startedAt: row.int(2), firstResponseAt: row.optionalInt(3),
                firstResponseAgentID: row.optionalInt(4), closedAt: row.optionalInt(5), replies: Int(row.int(6)),
                reopened: row.int(7) != 0, csatAskedAt: row.optionalInt(8))
    }

    func latestSegment(conversationID: Int64) throws -> Segment? {
        try db.rows("SELECT \(Store.segmentColumns) FROM segments WHERE conversation_id = ? ORDER BY id DESC LIMIT 1",
                    [.int(conversationID)], Store.segment).first
    }

    static func saveSegment(_ segment: Segment, db: Database) throws {
        let values: [SQLValue] = [.int(segment.conversationID), .int(segment.startedAt), .optional(segment.firstResponseAt),
                                  .optional(segment.firstResponseAgentID), .optional(segment.closedAt), .int(Int64(segment.replies)),
                                  .int(segment.reopened ? 1 : 0), .optional(segment.csatAskedAt)]
        if let id = segment.id {
            try db.run("""
                UPDATE segments SET conversation_id = ?, started_at = ?, first_response_at = ?, first_response_agent_id = ?,
                    closed_at = ?, replies = ?, reopened = ?, csat_asked_at = ? WHERE id = ?
                """, values + [.int(id)])
        } else {
            try db.run("""
                INSERT INTO segments (conversation_id, started_at, first_response_at, first_response_agent_id, closed_at, replies,
                                      reopened, csat_asked_at, channel)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT channel FROM conversations WHERE id = ?))
                """, values + [.int(segment.conversationID)])
        }
    }

    /// A customer's own message was stored. `status` is the conversation's status before it.
    func segmentCustomerWrote(conversationID: Int64, messageID: Int64, at: Int64, status: ConversationStatus) throws {
        let latest = try latestSegment(conversationID: conversationID)
        var shopWroteFirst = false
        if latest == nil {
            shopWroteFirst = try db.scalarInt("""
                SELECT 1 FROM messages WHERE conversation_id = ? AND direction = 'out' AND auto = 0 AND id <> ? LIMIT 1
                """, [.int(conversationID), .int(messageID)]) != nil
        }
        let outcome = SegmentRules.customerWrote(conversationID: conversationID, at: at, latest: latest,
                                                 conversationClosed: status == .closed, shopWroteFirst: shopWroteFirst)
        if let updated = outcome.updated { try Store.saveSegment(updated, db: db) }
        if let started = outcome.started { try Store.saveSegment(started, db: db) }
    }

    /// A person's reply has left (stored as sent, or marked sent by the outbox).
    func segmentReplyLeft(conversationID: Int64, at: Int64, agentID: Int64?, text: String) throws {
        if let updated = SegmentRules.replyLeft(at: at, agentID: agentID, asksForRating: CSAT.asksForRating(text),
                                                latest: try latestSegment(conversationID: conversationID)) {
            try Store.saveSegment(updated, db: db)
        }
    }

    func segmentStatusChanged(conversationID: Int64, from before: ConversationStatus, to after: ConversationStatus) throws {
        if let updated = SegmentRules.statusChanged(from: before, to: after, at: now, latest: try latestSegment(conversationID: conversationID)) {
            try Store.saveSegment(updated, db: db)
        }
    }

    /// A customer's answer to a closing reply that asked for a rating, when it is just a rating:
    /// recorded against that segment. Returns true when recorded (the conversation stays closed).
    func recordRatingIfAnswer(conversationID: Int64, messageID: Int64, text: String, at: Int64, status: ConversationStatus) throws -> Bool {
        guard status == .closed, let rating = CSAT.rating(in: text),
              let segment = try latestSegment(conversationID: conversationID), let segmentID = segment.id,
              !segment.isOpen, segment.csatAskedAt != nil else { return false }
        try db.run("INSERT OR REPLACE INTO csat_ratings (segment_id, conversation_id, message_id, rating, at) VALUES (?, ?, ?, ?, ?)",
                   [.int(segmentID), .int(conversationID), .int(messageID), .int(Int64(rating)), .int(at)])
        return true
    }
}
