import Foundation

/// One stretch of a conversation in which a customer waits for the shop: from their first message
/// (or their first message after a close) to the close. Times are Unix seconds, as stored.
public struct Segment: Sendable, Equatable, Codable {
    public var id: Int64?
    public var conversationID: Int64
    public var startedAt: Int64
    public var firstResponseAt: Int64?
    public var firstResponseAgentID: Int64?
    public var closedAt: Int64?
    /// Replies by a person that left while the segment was open.
    public var replies: Int
    /// The customer wrote again after this segment was closed.
    public var reopened: Bool
    /// A reply in this segment asked for a 1–5 rating.
    public var csatAskedAt: Int64?

    public init(id: Int64? = nil, conversationID: Int64, startedAt: Int64, firstResponseAt: Int64? = nil, firstResponseAgentID: Int64? = nil,
                closedAt: Int64? = nil, replies: Int = 0, reopened: Bool = false, csatAskedAt: Int64? = nil) {
        self.id = id
        self.conversationID = conversationID
        self.startedAt = startedAt
        self.firstResponseAt = firstResponseAt
        self.firstResponseAgentID = firstResponseAgentID
        self.closedAt = closedAt
        self.replies = replies
        self.reopened = reopened
        self.csatAskedAt = csatAskedAt
    }

    public var isOpen: Bool { closedAt == nil }
}
