import Foundation

/// The JSON shapes of `mado list --json` and `mado show --json`: stable field names for scripts.
public enum ConversationJSON {
    public static func summary(_ c: Conversation) -> [String: Any] {
        [
            "id": c.id, "channel": c.channel.rawValue, "status": c.status.rawValue, "subject": c.subject,
            "preview": c.preview, "assignee": c.assigneeLogin as Any? ?? NSNull(), "tags": c.tags, "priority": priorityName(c.priority),
            "customer": ["id": c.customerID, "name": c.customerName],
            "unread": c.unread, "message_count": c.messageCount,
            "created_at": time(c.createdAt), "updated_at": time(c.updatedAt), "last_message_at": time(c.lastMessageAt),
            "waiting_since": c.waitingSince.map(time) as Any? ?? NSNull(),
            "first_response_at": c.firstResponseAt.map(time) as Any? ?? NSNull(),
            "closed_at": c.closedAt.map(time) as Any? ?? NSNull(),
            "snoozed_until": c.snoozedUntil.map(time) as Any? ?? NSNull(),
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
            "subject": m.subject, "text": m.text, "sent_at": time(m.sentAt),
            "external_id": m.externalID as Any? ?? NSNull(), "agent": m.agentLogin as Any? ?? NSNull(),
            "attachments": m.attachments.map { ["filename": $0.filename, "content_type": $0.contentType, "size": $0.size] as [String: Any] },
            "auto": m.auto, "warnings": m.warnings, "deleted": m.deleted,
        ]
    }

    /// Every `--json` output has this shape: `{"conversations": [...], "total": N}`.
    public static func envelope(_ conversations: [[String: Any]], total: Int) -> [String: Any] {
        ["conversations": conversations, "total": total]
    }

    /// The same shape for what an import brought in: `{"messages": [...], "total": N}`
    /// (or `"imports"` for order and customer files).
    public static func envelope(_ key: String, _ items: [[String: Any]]) -> [String: Any] {
        [key: items, "total": items.count]
    }

    /// Priorities by name in JSON, as `mado priority` takes them.
    public static func priorityName(_ level: Int) -> String {
        switch level {
        case ..<0: return "low"
        case 0: return "normal"
        case 1: return "high"
        default: return "urgent"
        }
    }

    /// Times in JSON: ISO 8601 with the offset written out, in the local time zone (TZ).
    public static func time(_ date: Date) -> String { time(date, timeZone: .current) }

    public static func time(_ date: Date, timeZone: TimeZone) -> String { JSONTime.format(date, timeZone: timeZone) }

    public static func iso(_ date: Date) -> String {
        ISO8601DateFormatter.string(from: date, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withInternetDateTime])
    }

    /// Pretty, key-sorted, slashes unescaped: readable by people and diffable by scripts.
    public static func encode(_ object: Any) throws -> String {
        guard JSONSerialization.isValidJSONObject(object) else {
            // Foundation's own error for what JSON cannot hold.
            let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            return String(decoding: data, as: UTF8.self)
        }
        return try PrettyJSON.encode(object)
    }
}
