import Foundation

extension Store {
    /// Sets a conversation's status with its audit event. Returns the status it had before, or nil
    /// when nothing changed.
    @discardableResult
    public func setStatus(_ status: ConversationStatus, conversationID: Int64, by agent: Agent?) throws -> ConversationStatus? {
        guard let change = try apply(.setStatus(status), to: [conversationID], by: agent).first,
              case .setStatus(let before) = change.undo else { return nil }
        return before
    }

    /// The reader has been opened: the conversation is no longer unread. Not an audited triage
    /// action: reading is not a decision.
    public func markRead(conversationID: Int64) throws {
        try db.run("UPDATE conversations SET unread = 0 WHERE id = ? AND unread = 1", [.int(conversationID)])
    }
}
