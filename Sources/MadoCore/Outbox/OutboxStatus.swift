import Foundation

/// Where an outgoing message stands in the outbox, as the thread shows it: a reply that has not
/// left (queued, sending, failed with its error) must never look like one the customer got.
public struct OutboxStatus: Sendable, Equatable {
    public var id: Int64
    public var state: OutboxItem.State
    public var error: String?

    public init(id: Int64, state: OutboxItem.State, error: String? = nil) {
        self.id = id
        self.state = state
        self.error = error
    }

    public var hasLeft: Bool { state == .sent }
}
