import Foundation

/// The JSON shapes of `mado list --json` and `mado show --json`: stable field names for scripts.
public enum ConversationJSON {
    public static func summary(_ c: Conversation) -> [String: Any] {
        [
            "id": c.id, "channel": c.channel.rawValue, "status": c.status.rawValue, "subject": c.subject,
            "preview": c.preview, "assignee": c.assigneeLogin as Any? ?? NSNull(), "tags": c.tags, "priority": c.priority,
            "customer": ["id": c.customerID, "name": c.customerName],
            "unread": c.unread, "message_count": c.messageCount,
            "created_at": iso(c.createdAt), "updated_at": iso(c.updatedAt), "last_message_at": iso(c.lastMessageAt),
            "waiting_since": c.waitingSince.map(iso) as Any? ?? NSNull(),
            "first_response_at": c.firstResponseAt.map(iso) as Any? ?? NSNull(),
            "closed_at": c.closedAt.map(iso) as Any? ?? NSNull(),
            "snoozed_until": c.snoozedUntil.map(iso) as Any? ?? NSNull(),
        ]
    }

    public static func full(_ c: Conversation, customer: Customer?, identities: [Identity], messages: [Message]) -> [String: Any] {
        var object = summary(c)
        object["customer"] = [
            "id": c.customerID, "name": customer?.name ?? c.customerName,
            "identities": identities.map { identity in
                ["channel": identity.channel.rawValue, "address": identity.address,
                 "handle": identity.handle as Any? ?? NSNull(), "display_name": identity.displayName as Any? ?? NSNull()] as [String: Any]
            },
        ] as [String: Any]
        object["messages"] = messages.map(message)
        return object
    }

    public static func message(_ m: Message) -> [String: Any] {
        [
            "id": m.id, "direction": m.direction.rawValue, "channel": m.channel.rawValue,
            "from_name": m.fromName, "from_address": m.fromAddress, "to_address": m.toAddress,
            "subject": m.subject, "text": m.text, "sent_at": iso(m.sentAt),
            "external_id": m.externalID as Any? ?? NSNull(), "agent": m.agentLogin as Any? ?? NSNull(),
            "attachments": m.attachments.map { ["filename": $0.filename, "content_type": $0.contentType, "size": $0.size] as [String: Any] },
            "auto": m.auto, "warnings": m.warnings, "deleted": m.deleted,
        ]
    }

    public static func iso(_ date: Date) -> String {
        ISO8601DateFormatter.string(from: date, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withInternetDateTime])
    }

    /// Pretty, key-sorted, slashes unescaped: readable by people and diffable by scripts.
    public static func encode(_ object: Any) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
