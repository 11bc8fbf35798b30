import Foundation

/// One order as Shopify exported it: the order's fields and its line items.
public struct ShopOrder: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var quantity: Int
        public var name: String
        public var price: String?
        public var sku: String?

        public init(quantity: Int, name: String, price: String? = nil, sku: String? = nil) {
            self.quantity = quantity
            self.name = name
            self.price = price
            self.sku = sku
        }
    }

    /// The shop's order name, "#1042": what customers quote and what is unique.
    public var name: String
    public var shopifyID: String?
    /// Set when read back from the store and the order is attached to a customer.
    public var customerID: Int64?
    public var email: String?
    public var phone: String?
    public var financialStatus: String?
    public var fulfillmentStatus: String?
    public var currency: String?
    /// Amounts as Shopify wrote them ("4500.00"); see Schema.version10 for why text.
    public var subtotal: String?
    public var shipping: String?
    public var taxes: String?
    public var total: String?
    public var refunded: String?
    public var discountCode: String?
    public var createdAt: Date?
    public var paidAt: Date?
    public var fulfilledAt: Date?
    public var cancelledAt: Date?
    public var billingName: String?
    public var shippingName: String?
    public var shippingCity: String?
    public var shippingProvince: String?
    public var shippingCountry: String?
    public var notes: String?
    public var tags: String?
    public var items: [Item]
    /// The CSV line the order starts on, for messages.
    public var line: Int

    public init(name: String, line: Int = 0, items: [Item] = []) {
        self.name = name
        self.line = line
        self.items = items
    }

    public var isFulfilled: Bool { fulfillmentStatus?.lowercased() == "fulfilled" || fulfilledAt != nil }
    public var isCancelled: Bool { cancelledAt != nil }
    public var isRefunded: Bool {
        let status = financialStatus?.lowercased() ?? ""
        return status == "refunded" || status == "partially_refunded" || (refunded.flatMap { Decimal(string: $0) } ?? 0) > 0
    }
}

/// What an import found different about an order from the store's copy of it.
public enum OrderChange: String, Sendable, Equatable, CaseIterable {
    case new, fulfilled, refunded, cancelled

    /// The changes from `old` (nil: never seen) to `new`. A new order is only "new": its fulfilment
    /// or refund is not news about something the shop already knew.
    public static func between(_ old: ShopOrder?, _ new: ShopOrder) -> [OrderChange] {
        guard let old else { return [.new] }
        var changes: [OrderChange] = []
        if new.isFulfilled && !old.isFulfilled { changes.append(.fulfilled) }
        let oldRefund = old.refunded.flatMap { Decimal(string: $0) } ?? 0
        let newRefund = new.refunded.flatMap { Decimal(string: $0) } ?? 0
        if (new.isRefunded && !old.isRefunded) || newRefund > oldRefund { changes.append(.refunded) }
        if new.isCancelled && !old.isCancelled { changes.append(.cancelled) }
        return changes
    }
}
