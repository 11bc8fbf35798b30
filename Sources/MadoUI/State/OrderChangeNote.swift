import Foundation
import MadoCore

/// "#1042 fulfilled": what the latest orders import changed for the conversation's customer, shown
/// on the conversation (issue 11 §3) so whoever answers knows before the customer asks.
public struct OrderChangeNote: Sendable, Equatable {
    public var order: String
    public var change: OrderChange

    public init(order: String, change: OrderChange) {
        self.order = order
        self.change = change
    }
}
