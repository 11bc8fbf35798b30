import Foundation

extension Store {
    /// Meta echoes every message the shop sends, often before mado has recorded the Send API's
    /// answer. An echo of a reply mado itself sent gives that reply its Instagram id instead of
    /// being stored as a second copy: one reply, one message.
    func adoptInstagramEcho(mid: String, conversationID: Int64, text: String) throws -> Bool {
        let id = try db.scalarInt("""
            SELECT m.id FROM messages m JOIN outbox o ON o.message_id = m.id
            WHERE m.conversation_id = ? AND m.channel = 'instagram' AND m.direction = 'out'
              AND m.external_id LIKE 'local:%' AND o.state IN ('sending', 'sent') AND m.text = ?
            ORDER BY m.id LIMIT 1
            """, [.int(conversationID), .text(CustomerText.block(text))])
        guard let id else { return false }
        try db.run("UPDATE messages SET external_id = ? WHERE id = ?", [.text(mid), .int(id)])
        return true
    }
}
