import Foundation

extension Store {
    /// A new conversation with its first message, the conversation row written once with the
    /// fields `addConversation` then `append` would leave it with. `append`'s UPDATE of a new row
    /// moves it in six indexes (status, wait, queue order…), a good part of an import's cost per
    /// new mail. `closed`: auto mail and our own copies do not open a conversation by themselves.
    /// A first message this does not cover (a note, a customer's mail into a closed conversation)
    /// goes the long way. The caller looked for the message's external id in this same transaction.
    /// `newCustomerWords`: the customer was made just now, and these are their rows' search words.
    func startConversation(customerID: Int64, channel: Channel, subject: String, at date: Date, firstMessage incoming: NewMessage,
                           closed: Bool, newCustomerWords: [String]? = nil) throws -> (conversationID: Int64, messageID: Int64) {
        let message = incoming.cleaned()
        let customerWrote = message.direction == .incoming && !message.auto
        let weWrote = message.direction == .outgoing && !message.auto
        guard message.direction != .note, !(customerWrote && closed), !(weWrote && !closed), message.sentAt == date else {
            let conversationID = try addConversation(customerID: customerID, channel: channel, subject: subject, at: date)
            if closed {
                try db.run("UPDATE conversations SET status = 'closed', closed_at = ? WHERE id = ?", [.date(date), .int(conversationID)])
            }
            return (conversationID, try append(message, to: conversationID, awaitingDelivery: false, knownNew: true)!)
        }
        let sent = message.sentAt.unixSeconds
        try db.run("""
            INSERT INTO conversations (customer_id, channel, subject, status, created_at, updated_at, last_message_at, closed_at,
                                       message_count, waiting_since, unread, preview, first_response_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)
            """, [.int(customerID), .text(channel.rawValue), .text(CustomerText.line(subject)), .text(closed ? "closed" : "open"),
                  .int(sent), .int(now), .int(sent), closed ? .int(sent) : .null,
                  customerWrote ? .int(sent) : .null, .int(customerWrote ? 1 : 0),
                  .text(message.preview ?? Store.previewLine(message.text)), weWrote ? .int(sent) : .null])
        let conversationID = db.lastInsertID
        let messageID = try insertMessageRows(message, conversationID: conversationID, customerWords: newCustomerWords)
        if customerWrote, let started = SegmentRules.customerWrote(conversationID: conversationID, at: sent, latest: nil,
                                                                   conversationClosed: false, shopWroteFirst: false).started {
            try Store.saveSegment(started, db: db)
        }
        return (conversationID, messageID)
    }
}
