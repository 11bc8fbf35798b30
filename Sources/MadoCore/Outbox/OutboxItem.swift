import Foundation

/// A reply on its way out. queued → sending → sent | failed. A crash while `sending` leaves it
/// there, visibly, and it is never sent again without a person saying so.
public struct OutboxItem: Sendable, Equatable {
    public enum State: String, Sendable, CaseIterable { case queued, sending, sent, failed }

    public var id: Int64
    public var messageID: Int64
    public var conversationID: Int64
    public var channel: Channel
    public var state: State
    /// The exact bytes handed to the transport: an RFC 5322 mail or a Send API request body.
    public var payload: [UInt8]
    public var attempts: Int
    public var lastError: String?
    public var queuedAt: Date
    public var updatedAt: Date
}
