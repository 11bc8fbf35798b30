import Foundation

extension ConversationJSON {
    /// What `mado import --json` prints for each imported mail: the `show --json` message fields
    /// plus the threading headers.
    public static func importedMail(_ message: Message, mail: ParsedMail, conversationID: Int64) -> [String: Any] {
        var object = ConversationJSON.message(message)
        object["conversation_id"] = conversationID
        object["message_id"] = mail.messageID as Any? ?? NSNull()
        object["in_reply_to"] = mail.inReplyTo.first as Any? ?? NSNull()
        object["references"] = mail.references
        return object
    }
}
