import Foundation

extension Store {
    /// Sets a conversation's status in one transaction with its audit event. Returns the status it
    /// had before (for undo), or nil when nothing changed.
    @discardableResult
    public func setStatus(_ status: ConversationStatus, conversationID: Int64, by agent: Agent?) throws -> ConversationStatus? {
        try db.transaction {
            guard let currentText = try db.scalarText("SELECT status FROM conversations WHERE id = ?", [.int(conversationID)]) else {
                throw StoreError.notFound("Conversation \(conversationID)")
            }
            let current = ConversationStatus(rawValue: currentText) ?? .open
            guard current != status else { return nil }
            try db.run("""
                UPDATE conversations SET status = ?, updated_at = ?,
                    closed_at = CASE WHEN ? = 'closed' THEN ? ELSE NULL END
                WHERE id = ?
                """, [.text(status.rawValue), .int(now), .text(status.rawValue), .int(now), .int(conversationID)])
            try recordEvent(conversationID: conversationID, agent: agent, kind: "status",
                            before: current.rawValue, after: status.rawValue)
            return current
        }
    }

    /// The reader has been opened: the conversation is no longer unread.
    public func markRead(conversationID: Int64) throws {
        try db.run("UPDATE conversations SET unread = 0 WHERE id = ? AND unread = 1", [.int(conversationID)])
    }
}
