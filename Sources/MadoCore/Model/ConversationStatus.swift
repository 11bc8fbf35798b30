/// Open: waiting on us. Pending: waiting on the customer. Closed: done until the customer writes again.
public enum ConversationStatus: String, Sendable, CaseIterable, Codable {
    case open
    case pending
    case closed
}
