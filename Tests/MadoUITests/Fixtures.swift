import Foundation
import MadoCore
@testable import MadoUI

/// Conversations and states for the screen tests, with a pinned "now".
enum Fixtures {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    static func conversation(_ id: Int64, name: String, subject: String, minutesWaiting: Int? = 30, status: ConversationStatus = .open,
                             channel: Channel = .email, assignee: String? = nil, tags: [String] = [], unread: Bool = false) -> Conversation {
        Conversation(id: id, customerID: id * 10, customerName: name, channel: channel, subject: subject, preview: subject,
                     status: status, assigneeLogin: assignee, tags: tags, createdAt: now, updatedAt: now,
                     waitingSince: minutesWaiting.map { now.addingTimeInterval(-Double($0) * 60) }, lastMessageAt: now, unread: unread)
    }

    static let mixed: [Conversation] = [
        conversation(1, name: "山田 太郎", subject: "ご注文の配送状況について", minutesWaiting: 3 * 24 * 60, assignee: "hanako", tags: ["shipping"]),
        conversation(2, name: "Emma Wilson", subject: "Order #1042 — wrong colour", minutesWaiting: 125, channel: .email, tags: ["return"]),
        conversation(3, name: "Sato 花子", subject: "ストーリー見ました！🌸", minutesWaiting: 3, channel: .instagram, unread: true),
        conversation(4, name: "Zoë Keller", subject: "Café order for Zoë", minutesWaiting: nil, status: .pending, assignee: "mia"),
    ]

    static let hanako = Agent(id: 1, login: "hanako", name: "Hanako Sato")

    /// A loaded list, with Hanako at the keyboard unless a test says nobody is (read-only).
    static func state(width: Int = 120, height: Int = 30, rows: [Conversation] = mixed, total: Int? = nil,
                      agent: Agent? = hanako) -> AppState {
        var state = AppState(width: width, height: height, now: now, views: InboxView.builtIn(agentLogin: "hanako"), agent: agent)
        state.list.rows = rows
        state.list.total = total ?? rows.count
        state.list.loaded = true
        state.list.selectedID = rows.first?.id
        return state
    }

    static func detail(for conversation: Conversation, messages: [Message]) -> ConversationDetail {
        ConversationDetail(conversation: conversation, messages: messages, customer: nil,
                           identities: [Identity(id: 1, customerID: conversation.customerID, channel: .email, address: "taro@example.jp"),
                                        Identity(id: 2, customerID: conversation.customerID, channel: .instagram, address: "1784", handle: "taro_y")],
                           customerConversations: [conversation])
    }

    static func message(_ direction: Direction, _ text: String, from: String = "山田 太郎", minutesAgo: Int = 10) -> Message {
        Message(channel: .email, direction: direction, fromName: from, fromAddress: "taro@example.jp", text: text,
                sentAt: now.addingTimeInterval(-Double(minutesAgo) * 60))
    }
}
