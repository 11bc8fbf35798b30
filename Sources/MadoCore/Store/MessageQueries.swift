import Foundation

extension Store {
    /// The whole thread of a conversation in time order, with attachments.
    public func conversationID(ofMessage messageID: Int64) throws -> Int64? {
        try db.scalarInt("SELECT conversation_id FROM messages WHERE id = ?", [.int(messageID)])
    }

    public func messages(inConversation conversationID: Int64) throws -> [Message] {
        var messages = try db.rows("""
            SELECT m.id, m.conversation_id, m.channel, m.direction, m.external_id, m.from_name, m.from_address,
                   m.to_address, m.subject, m.text, m.sent_at, a.login, m.auto, m.warnings, m.deleted, m.seen_at,
                   m.in_reply_to, m.refs, m.reactions, o.id, o.state, o.last_error
            FROM messages m LEFT JOIN agents a ON a.id = m.agent_id LEFT JOIN outbox o ON o.message_id = m.id
            WHERE m.conversation_id = ? ORDER BY m.sent_at, m.id
            """, [.int(conversationID)]) { row in
            Message(id: row.int(0), conversationID: row.int(1), channel: try row.channel(2, table: "messages"),
                    direction: Direction(rawValue: row.text(3)) ?? .incoming, externalID: row.optionalText(4),
                    fromName: row.text(5), fromAddress: row.text(6), toAddress: row.text(7), subject: row.text(8),
                    text: row.text(9), sentAt: row.date(10), agentLogin: row.optionalText(11), auto: row.int(12) != 0,
                    warnings: row.text(13).split(separator: "\n").map(String.init), deleted: row.int(14) != 0,
                    seenAt: row.optionalDate(15), inReplyTo: row.optionalText(16),
                    references: row.text(17).split(separator: " ").map(String.init),
                    reactions: row.text(18).split(separator: "\n").map(String.init),
                    outbox: row.isNull(19) ? nil : OutboxStatus(id: row.int(19), state: OutboxItem.State(rawValue: row.text(20)) ?? .failed,
                                                                error: row.optionalText(21)))
        }
        guard !messages.isEmpty else { return messages }
        var byMessage: [Int64: [Attachment]] = [:]
        try db.query("""
            SELECT at.message_id, at.id, at.filename, at.content_type, at.size, at.locator
            FROM attachments at JOIN messages m ON m.id = at.message_id
            WHERE m.conversation_id = ? ORDER BY at.id
            """, [.int(conversationID)]) { row in
            byMessage[row.int(0), default: []].append(
                Attachment(id: row.int(1), filename: row.text(2), contentType: row.text(3), size: Int(row.int(4)), locator: row.text(5)))
        }
        for index in messages.indices { messages[index].attachments = byMessage[messages[index].id] ?? [] }
        return messages
    }

    /// The bytes exactly as they arrived: parsing can be redone and nothing is lost.
    public func rawMessage(id: Int64) throws -> [UInt8]? {
        var raw: [UInt8]?
        try db.query("SELECT raw FROM messages WHERE id = ?", [.int(id)]) { row in
            raw = row.isNull(0) ? nil : row.blob(0)
        }
        return raw
    }
}
