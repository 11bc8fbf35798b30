import Foundation

/// Builds a real store with sample data: the hand-written demo conversations, and for benchmarks
/// any number of generated ones.
public enum DemoStore {
    public static let agents: [(login: String, name: String, email: String)] = [
        ("hanako", "Hanako Sato", "hanako@flourist.example.jp"),
        ("ken", "Ken Tanaka", "ken@flourist.example.jp"),
        ("mia", "Mia Clarke", "mia@flourist.example.jp"),
    ]
    public static let shopAddress = "support@flourist.example.jp"
    /// The demo shop's own settings (`[shop]` in a real config), so replies in the demo can be sent;
    /// `mado demo` lays them over the user's config for the inbox it opens.
    public static let shopConfig: [String: String] = [
        "shop.name": "Flourist",
        "shop.address": shopAddress,
        "shop.addresses": shopAddress,
        "shop.instagram": "flourist.kyoto",
        "shop.timezone": "Asia/Tokyo",
    ]
    public static var shop: ShopSettings { ShopSettings(config: Config(file: "(the demo shop)", values: shopConfig)) }

    /// Fills an empty store with the demo shop's agents and conversations, dated relative to `now`.
    public static func populate(_ store: Store, now: Date) throws {
        try store.db.transaction {
            var agentIDs: [String: Int64] = [:]
            for agent in agents {
                agentIDs[agent.login] = try store.addAgent(login: agent.login, name: agent.name, email: agent.email).id
            }
            var customerIDs: [Int64] = []
            for customer in DemoContent.customers {
                let id = try store.addCustomer(name: customer.name)
                if let email = customer.email { try store.addIdentity(customerID: id, channel: .email, address: email, displayName: customer.name) }
                if let handle = customer.instagram {
                    try store.addIdentity(customerID: id, channel: .instagram, address: instagramScopedID(handle), handle: handle, displayName: customer.name)
                }
                customerIDs.append(id)
            }
            for (index, script) in DemoContent.conversations.enumerated() {
                try add(script, number: index, customerIDs: customerIDs, agentIDs: agentIDs, store: store, now: now)
            }
        }
    }

    static func add(_ script: DemoConversation, number: Int, customerIDs: [Int64], agentIDs: [String: Int64], store: Store, now: Date) throws {
        let customer = DemoContent.customers[script.customer]
        let start = now.addingTimeInterval(-Double(script.messages.first?.minutesAgo ?? 0) * 60)
        let conversationID = try store.addConversation(customerID: customerIDs[script.customer], channel: script.channel,
                                                       subject: script.subject, at: start)
        let customerAddress = script.channel == .email ? (customer.email ?? "") : instagramScopedID(customer.instagram ?? "")
        for (index, message) in script.messages.enumerated() {
            let sentAt = now.addingTimeInterval(-Double(message.minutesAgo) * 60)
            let externalID = script.channel == .email ? "demo-\(number)-\(index)@flourist.example.jp" : "demo_mid_\(number)_\(index)"
            let agent = message.agent.flatMap { login in agents.first { $0.login == login } }
            let new: NewMessage
            switch message.kind {
            case .customer:
                new = NewMessage(channel: script.channel, direction: .incoming, externalID: externalID, fromName: customer.name,
                                 fromAddress: customerAddress, toAddress: shopAddress, subject: script.subject, text: message.text, sentAt: sentAt)
            case .agent:
                new = NewMessage(channel: script.channel, direction: .outgoing, externalID: externalID, fromName: agent?.name ?? "Flourist",
                                 fromAddress: script.channel == .email ? shopAddress : "flourist.kyoto", toAddress: customerAddress,
                                 subject: script.subject.isEmpty ? "" : "Re: " + script.subject, text: message.text, sentAt: sentAt,
                                 agentID: message.agent.flatMap { agentIDs[$0] })
            case .note:
                new = NewMessage(channel: script.channel, direction: .note, fromName: agent?.name ?? "", text: message.text,
                                 sentAt: sentAt, agentID: message.agent.flatMap { agentIDs[$0] })
            }
            try store.append(new, to: conversationID)
        }
        try store.db.run("UPDATE conversations SET status = ?, priority = ?, assignee_id = ?, closed_at = ?, unread = ? WHERE id = ?", [
            .text(script.status.rawValue), .int(Int64(script.priority)), .optional(script.assignee.flatMap { agentIDs[$0] }),
            script.status == .closed ? .date(now.addingTimeInterval(-Double(script.messages.last?.minutesAgo ?? 0) * 60 + 600)) : .null,
            .int(script.status == .open && number % 3 == 0 ? 1 : 0), .int(conversationID)])
        for tag in script.tags { try store.addTag(tag, conversationID: conversationID, by: nil, audited: false) }
    }

    /// Instagram identifies people by a numeric page-scoped id; the demo derives a stable one.
    static func instagramScopedID(_ handle: String) -> String {
        var hash: UInt64 = 1469598103934665603
        for byte in handle.utf8 { hash = (hash ^ UInt64(byte)) &* 1099511628211 }
        return String(17841400000000000 + hash % 99999999999)
    }
}
