import Foundation

/// Tells a customer who opens a new conversation when they will hear back, from the `ack` template
/// and the business hours. Once per customer within the window; never to automatic mail; per
/// channel on or off. Sent in the name of the configured agent, through the normal outbox.
public struct Acknowledger {
    public var store: Store
    public var builder: ReplyBuilder
    public var hours: BusinessHours
    public var templates: [Template]
    public var agent: Agent
    public var channels: Set<Channel>
    public var window: TimeInterval

    public init(store: Store, shop: ShopSettings, hours: BusinessHours, templates: [Template], agent: Agent,
                channels: Set<Channel>, window: TimeInterval = 24 * 3600) {
        self.store = store
        builder = ReplyBuilder(store: store, shop: shop)
        self.hours = hours
        self.templates = templates
        self.agent = agent
        self.channels = channels
        self.window = window
    }

    /// `[acknowledge] agent = LOGIN`, `email = on`, `instagram = off`, `window = 24h`, `template = ack`.
    /// Nil when acknowledgements are off (no agent named) or nothing is switched on.
    public static func configured(store: Store, config: Config, templates: [Template]) throws -> Acknowledger? {
        let section = config.section("acknowledge")
        guard let login = section["agent"], let agent = try store.agent(login: login) else { return nil }
        let channels = Set(Channel.allCases.filter { ["on", "yes", "true"].contains((section[$0.rawValue] ?? "off").lowercased()) })
        guard !channels.isEmpty else { return nil }
        let name = section["template"] ?? "ack"
        let shop = ShopSettings(config: config)
        if channels.contains(.email) && !shop.missing.isEmpty { throw ReplyError.shopNotSet(missing: shop.missing, configFile: config.file) }
        return Acknowledger(store: store, shop: shop, hours: try BusinessHours(config: config),
                            templates: templates.filter { $0.name == name }, agent: agent, channels: channels,
                            window: section["window"].flatMap(DurationText.parse) ?? 24 * 3600)
    }

    public enum Decision: Equatable {
        case queued(outboxID: Int64)
        case skipped(String)
    }

    /// Call after a customer's message opened a new conversation.
    @discardableResult
    public func acknowledge(conversationID: Int64, message: NewMessage) throws -> Decision {
        guard channels.contains(message.channel) else { return .skipped("acknowledgements are off for \(message.channel.rawValue)") }
        guard message.direction == .incoming, !message.auto else { return .skipped("automatic mail is never answered automatically") }
        guard let conversation = try store.conversation(id: conversationID) else { return .skipped("no conversation") }
        let since = message.sentAt.addingTimeInterval(-window)
        let recent = try store.db.scalarInt("""
            SELECT count(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id
            WHERE c.customer_id = ? AND m.direction = 'out' AND m.auto = 1 AND m.sent_at >= ?
            """, [.int(conversation.customerID), .date(since)]) ?? 0
        guard recent == 0 else { return .skipped("this customer was acknowledged within the window") }
        let language = Quote.style(for: message.text) == .japanese ? "ja" : "en"
        guard let template = templates.first(where: { $0.language == language && $0.fits(message.channel) })
                ?? templates.first(where: { $0.fits(message.channel) }) else { return .skipped("no acknowledgement template") }
        var draft = try builder.draft(conversationID: conversationID, agent: agent)
        let (filled, missing) = try builder.apply(template, to: draft, agent: agent, hours: hours, now: message.sentAt)
        guard let filled else { return .skipped("the template misses \(missing.joined(separator: ", "))") }
        draft = filled
        // No quote under an acknowledgement; it is automatic, so it does not count as our first response.
        if let signature = draft.body.range(of: "\n-- \n") {
            let end = draft.body[signature.upperBound...].range(of: "\n\n")?.lowerBound ?? draft.body.endIndex
            draft.body = String(draft.body[..<end])
        }
        return .queued(outboxID: try builder.queue(draft, agent: agent, now: message.sentAt, automatic: true))
    }
}
