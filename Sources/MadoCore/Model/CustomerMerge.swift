import Foundation

/// One merge from the journal: OTHER was merged into KEEP, and what moved.
public struct CustomerMerge: Sendable, Equatable {
    public var id: Int64
    public var keepID: Int64
    public var otherID: Int64
    public var at: Date
    public var actor: String
    public var undoneAt: Date?
    public var undoneBy: String?
    /// How many rows of each kind moved ("identity": 2, "conversation": 3 …).
    public var moved: [String: Int]

    public init(id: Int64, keepID: Int64, otherID: Int64, at: Date, actor: String, undoneAt: Date? = nil, undoneBy: String? = nil,
                moved: [String: Int] = [:]) {
        self.id = id
        self.keepID = keepID
        self.otherID = otherID
        self.at = at
        self.actor = actor
        self.undoneAt = undoneAt
        self.undoneBy = undoneBy
        self.moved = moved
    }

    /// "2 identities, 3 conversations, 1 order", in a fixed order; kinds that moved nothing are left out.
    public var movedSummary: String {
        let words: [(String, String, String)] = [("identity", "identity", "identities"), ("conversation", "conversation", "conversations"),
                                                 ("order", "order", "orders"), ("shop_customer", "shop record", "shop records"),
                                                 ("alternative", "alternative", "alternatives")]
        let parts = words.compactMap { kind, one, many -> String? in
            guard let count = moved[kind], count > 0 else { return nil }
            return "\(count) \(count == 1 ? one : many)"
        }
        return parts.isEmpty ? "nothing" : parts.joined(separator: ", ")
    }
}

/// A value the kept customer already had a different one of, from a merged customer: kept in sight.
public struct CustomerAlternative: Sendable, Equatable {
    public var field: String
    public var value: String
    public var fromCustomerID: Int64?

    public init(field: String, value: String, fromCustomerID: Int64?) {
        self.field = field
        self.value = value
        self.fromCustomerID = fromCustomerID
    }
}

/// Why a merge or an unmerge was refused, for the person who asked.
public enum CustomerMergeError: Error, Equatable, CustomStringConvertible {
    case sameCustomer(Int64)
    case alreadyMerged(customer: Int64, into: Int64)
    case nothingToUndo(Int64)
    case alreadyUndone(merge: Int64)
    case laterMergeFirst(merge: Int64, keep: Int64, into: Int64)

    public var description: String {
        switch self {
        case .sameCustomer(let id):
            return "Customer \(id) cannot be merged into itself."
        case .alreadyMerged(let customer, let into):
            return "Customer \(customer) was already merged into customer \(into); use \(into), or unmerge first."
        case .nothingToUndo(let id):
            return "Customer \(id) has no merge to undo."
        case .alreadyUndone(let merge):
            return "Merge \(merge) was already undone."
        case .laterMergeFirst(let merge, let keep, let into):
            return "Merge \(merge) cannot be undone while customer \(keep) is merged into customer \(into); unmerge \(keep) first."
        }
    }
}
