import Foundation

/// How an order reads in a reply: its status in words and its items, in the template's language.
public enum OrderText {
    public static func status(_ order: ShopOrder, language: String) -> String {
        let ja = language == "ja"
        let financial = order.financialStatus?.lowercased() ?? ""
        let fulfillment = order.fulfillmentStatus?.lowercased() ?? ""
        if order.isCancelled { return ja ? "キャンセル済み" : "cancelled" }
        if financial == "refunded" { return ja ? "返金済み" : "refunded" }
        var words: String
        if order.isFulfilled { words = ja ? "発送済み" : "shipped" }
        else if fulfillment == "partial" { words = ja ? "一部発送済み" : "partly shipped" }
        else if financial == "pending" || financial == "authorized" { words = ja ? "お支払い待ち" : "awaiting payment" }
        else { words = ja ? "発送準備中" : "being prepared for shipping" }
        if financial == "partially_refunded" { words += ja ? "（一部返金済み）" : " (partly refunded)" }
        return words
    }

    /// One line per item: "ドライフラワー ブーケ S × 2".
    public static func items(_ order: ShopOrder) -> String? {
        order.items.isEmpty ? nil : order.items.map { "\($0.name) × \($0.quantity)" }.joined(separator: "\n")
    }
}
