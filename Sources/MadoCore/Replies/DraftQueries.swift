import Foundation

extension Store {
    public func saveDraft(_ draft: ReplyDraft, agent: Agent) throws {
        try db.run("""
            INSERT INTO drafts (conversation_id, agent_login, channel, to_address, subject, body, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(conversation_id, agent_login) DO UPDATE SET to_address = excluded.to_address, subject = excluded.subject,
                body = excluded.body, updated_at = excluded.updated_at
            """, [.int(draft.conversationID), .text(agent.login), .text(draft.channel.rawValue), .text(draft.to), .text(draft.subject),
                  .text(draft.body), .int(now)])
    }

    public func draft(conversationID: Int64, agent: Agent) throws -> ReplyDraft? {
        try db.rows("SELECT conversation_id, channel, to_address, subject, body FROM drafts WHERE conversation_id = ? AND agent_login = ?",
                    [.int(conversationID), .text(agent.login)]) {
            ReplyDraft(conversationID: $0.int(0), channel: try $0.channel(1, table: "drafts"), to: $0.text(2), subject: $0.text(3), body: $0.text(4))
        }.first
    }

    public func deleteDraft(conversationID: Int64, agent: Agent) throws {
        try db.run("DELETE FROM drafts WHERE conversation_id = ? AND agent_login = ?", [.int(conversationID), .text(agent.login)])
    }

    /// Postponed replies of an agent, newest first.
    public func drafts(agent: Agent) throws -> [ReplyDraft] {
        try db.rows("SELECT conversation_id, channel, to_address, subject, body FROM drafts WHERE agent_login = ? ORDER BY updated_at DESC",
                    [.text(agent.login)]) {
            ReplyDraft(conversationID: $0.int(0), channel: try $0.channel(1, table: "drafts"), to: $0.text(2), subject: $0.text(3), body: $0.text(4))
        }
    }
}
