import Foundation

extension ConversationFilter {
    /// A view of everything that matches a search, in any status.
    public static func search(_ query: SearchQuery) -> ConversationFilter {
        ConversationFilter(snooze: .any, search: query)
    }

    func addSearch(_ search: SearchQuery, to parts: inout [String], _ bindings: inout [SQLValue]) {
        if let hitsTable = searchHitsTable {
            parts.append("c.id IN (SELECT conversation_id FROM \(hitsTable))")
        }
        if let channel = search.channel {
            parts.append("c.channel = ?")
            bindings.append(.text(channel.rawValue))
        }
        if !search.statuses.isEmpty {
            parts.append("c.status IN (" + search.statuses.map { _ in "?" }.joined(separator: ",") + ")")
            bindings += search.statuses.map { .text($0.rawValue) }
        }
        if let tag = search.tag {
            parts.append(Self.tagCondition(walking: walksTags))
            bindings.append(.text(tag))
        }
        if let assignee = search.assignee {
            parts.append("c.assignee_id = (SELECT id FROM agents WHERE login = ?)")
            bindings.append(.text(assignee))
        }
        if search.unassigned { parts.append("c.assignee_id IS NULL") }
        if let before = search.before {
            parts.append("c.last_message_at < ?")
            bindings.append(.date(before))
        }
        if let after = search.after {
            parts.append("c.last_message_at >= ?")
            bindings.append(.date(after))
        }
        if search.unreadOnly { parts.append("c.unread = 1") }
    }
}
