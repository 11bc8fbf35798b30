import Foundation

/// `mado customer show --json`: one customer with everything the pane shows, in the same kind of
/// envelope as conversations (`{"customers": [...], "total": N}`).
public enum CustomerJSON {
    public static func full(_ customer: Customer, identities: [Identity], alternatives: [CustomerAlternative], orders: [ShopOrder],
                            conversations: [Conversation], merges: [CustomerMerge]) -> [String: Any] {
        [
            "id": customer.id, "name": customer.name, "created_at": ConversationJSON.time(customer.createdAt),
            "notes": customer.notes, "notes_by": customer.notesBy as Any? ?? NSNull(),
            "notes_at": customer.notesAt.map(ConversationJSON.time) as Any? ?? NSNull(),
            "merged_into": customer.mergedInto as Any? ?? NSNull(),
            "identities": identities.map { identity in
                ["channel": identity.channel.rawValue, "address": identity.address,
                 "handle": identity.handle as Any? ?? NSNull(), "display_name": identity.displayName as Any? ?? NSNull()] as [String: Any]
            },
            "alternatives": alternatives.map { ["field": $0.field, "value": $0.value, "from_customer": $0.fromCustomerID as Any? ?? NSNull()] as [String: Any] },
            "orders": orders.map(OrderJSON.order),
            "conversations": conversations.map(ConversationJSON.summary),
            "merges": merges.map(merge),
        ]
    }

    public static func merge(_ merge: CustomerMerge) -> [String: Any] {
        ["id": merge.id, "keep": merge.keepID, "other": merge.otherID, "at": ConversationJSON.time(merge.at), "by": merge.actor,
         "moved": merge.moved, "undone_at": merge.undoneAt.map(ConversationJSON.time) as Any? ?? NSNull(),
         "undone_by": merge.undoneBy as Any? ?? NSNull()]
    }

    public static func envelope(_ customers: [[String: Any]]) -> [String: Any] {
        ["customers": customers, "total": customers.count]
    }
}
