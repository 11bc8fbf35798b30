import Foundation

/// What an erasure of one customer removes (or removed), counted for the question before it and
/// the audit event after it. Counts only: never what the rows said.
public struct ErasureCounts: Sendable, Equatable {
    public var conversations = 0
    public var messages = 0
    public var attachments = 0
    public var identities = 0
    public var orders = 0
    public var orderItems = 0
    public var notes = 0
    public var alternatives = 0
    public var drafts = 0
    public var shopRecords = 0

    public init(conversations: Int = 0, messages: Int = 0, attachments: Int = 0, identities: Int = 0, orders: Int = 0,
                orderItems: Int = 0, notes: Int = 0, alternatives: Int = 0, drafts: Int = 0, shopRecords: Int = 0) {
        self.conversations = conversations
        self.messages = messages
        self.attachments = attachments
        self.identities = identities
        self.orders = orders
        self.orderItems = orderItems
        self.notes = notes
        self.alternatives = alternatives
        self.drafts = drafts
        self.shopRecords = shopRecords
    }

    /// Label and count, in the order the question lists them.
    public var items: [(String, Int)] {
        [("messages (text, subject, raw mail)", messages), ("conversations emptied", conversations), ("attachments", attachments),
         ("identities", identities), ("orders", orders), ("order line items", orderItems), ("notes", notes),
         ("alternatives", alternatives), ("drafts", drafts), ("Shopify customer records", shopRecords)]
    }

    /// "3 messages, 1 conversations, …" for the audit event.
    public var summary: String {
        [("messages", messages), ("conversations", conversations), ("attachments", attachments), ("identities", identities),
         ("orders", orders), ("order items", orderItems), ("notes", notes), ("alternatives", alternatives), ("drafts", drafts),
         ("shop records", shopRecords)].map { "\($0.1) \($0.0)" }.joined(separator: ", ")
    }
}
