import Foundation

/// "Maybe the same person as …, because …": another customer and the evidence, never applied by itself.
public struct MergeSuggestion: Sendable, Equatable {
    public var other: Customer
    public var reasons: [MergeReason]

    public init(other: Customer, reasons: [MergeReason]) {
        self.other = other
        self.reasons = reasons
    }
}

/// One piece of evidence that two customers are one person.
public enum MergeReason: Sendable, Equatable, Hashable {
    /// A message of this customer names an order that belongs to the other ("#1042").
    case mentionsOrder(String)
    /// A message of this customer contains one of the other's email addresses.
    case mentionsAddress(String)
    /// This customer's mail signature contains one of the other's email addresses.
    case signatureAddress(String)
    /// A name of this customer (or a display name of theirs) equals the other's name.
    case sameName(String)
}
