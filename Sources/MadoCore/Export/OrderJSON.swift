import Foundation

/// An order as `--json` shows it: Shopify's names for the statuses, amounts as the text it wrote.
public enum OrderJSON {
    public static func order(_ order: ShopOrder) -> [String: Any] {
        var object: [String: Any] = ["number": order.name, "items": order.items.map { item -> [String: Any] in
            var line: [String: Any] = ["quantity": item.quantity, "name": item.name]
            line["price"] = item.price ?? NSNull()
            line["sku"] = item.sku ?? NSNull()
            return line
        }]
        let fields: [(String, String?)] = [
            ("financial_status", order.financialStatus), ("fulfillment_status", order.fulfillmentStatus), ("currency", order.currency),
            ("subtotal", order.subtotal), ("shipping", order.shipping), ("taxes", order.taxes), ("total", order.total),
            ("refunded", order.refunded), ("discount_code", order.discountCode), ("email", order.email),
            ("shipping_name", order.shippingName), ("shipping_city", order.shippingCity), ("shipping_province", order.shippingProvince),
            ("shipping_country", order.shippingCountry), ("notes", order.notes), ("tags", order.tags),
            ("created_at", order.createdAt.map(ConversationJSON.iso)), ("paid_at", order.paidAt.map(ConversationJSON.iso)),
            ("fulfilled_at", order.fulfilledAt.map(ConversationJSON.iso)), ("cancelled_at", order.cancelledAt.map(ConversationJSON.iso)),
        ]
        for (key, value) in fields { object[key] = value ?? NSNull() }
        return object
    }
}
