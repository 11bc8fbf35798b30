import Foundation

public enum ReplyError: Error, CustomStringConvertible, Equatable {
    case noAgent
    case noRecipient(Int64)
    case emptyReply
    case instagramWindowClosed(String)
    /// Over the channel's limit for one message (Instagram: 1000 bytes).
    case tooLong(Channel, size: Int, limit: TextLimit)
    /// Email needs the shop's name and address; the config keys that are missing, and the file to set them in.
    case shopNotSet(missing: [String], configFile: String)

    public var description: String {
        switch self {
        case .noAgent: return "Replies are sent in an agent's name: start mado with --agent LOGIN (or set MADO_AGENT)."
        case .noRecipient(let id): return "Conversation \(id) has no customer address to reply to."
        case .emptyReply: return "The reply is empty; nothing was queued."
        case .instagramWindowClosed(let detail): return "Instagram no longer allows a reply here (\(detail)); write by email instead."
        case .tooLong(let channel, let size, let limit):
            let unit = limit.unit == .utf8Bytes ? "bytes" : "characters"
            return "\(channel.displayName) allows \(limit.maximum) \(unit) per message; this reply has \(size) (\(size - limit.maximum) too many). Shorten it or split it."
        case .shopNotSet(let missing, let file):
            let names = missing.map { "[shop] " + ($0.hasPrefix("shop.") ? String($0.dropFirst(5)) : $0) }
            let example = missing.map { $0 == "shop.name" ? "name = Your Shop" : $0 == "shop.address" ? "address = support@your-shop.example" : $0 + " = …" }
            return "Email replies need the shop's \(names.joined(separator: " and ")), which \(missing.count == 1 ? "is" : "are") not set; nothing was queued. "
                + "Add to \(file): [shop] \(example.joined(separator: ", ")) — or run 'mado setup'."
        }
    }
}

/// Builds replies the same way for the composer and for `mado reply`: the draft (quote and
/// signature in place), and the message that goes to the outbox.
public struct ReplyBuilder {
    public let store: Store
    public let shop: ShopSettings

    public init(store: Store, shop: ShopSettings) {
        self.store = store
        self.shop = shop
    }

    /// The agent's saved draft for this conversation, or a new one.
    public func draft(conversationID: Int64, agent: Agent) throws -> ReplyDraft {
        if let saved = try store.draft(conversationID: conversationID, agent: agent) { return saved }
        let context = try self.context(conversationID, agent: agent, now: Date())
        return try context.conversation.channel.adapter.newDraft(context)
    }

    func context(_ conversationID: Int64, agent: Agent, now: Date) throws -> ReplyContext {
        guard let conversation = try store.conversation(id: conversationID) else { throw StoreError.notFound("Conversation \(conversationID)") }
        return ReplyContext(store: store, shop: shop, agent: agent, conversation: conversation,
                            messages: try store.messages(inConversation: conversationID), now: now)
    }

    /// Who a new reply goes to: the address the customer last wrote from, else their identity on the channel.
    static func recipient(_ context: ReplyContext) throws -> String {
        if let address = context.lastFromCustomer?.fromAddress, !address.isEmpty { return address }
        let conversation = context.conversation
        if let identity = try context.store.identities(ofCustomer: conversation.customerID).first(where: { $0.channel == conversation.channel }) {
            return identity.address
        }
        throw ReplyError.noRecipient(conversation.id)
    }

    /// The messaging window of an Instagram conversation right now.
    public func window(conversationID: Int64, now: Date) throws -> MessagingWindow? {
        let messages = try store.messages(inConversation: conversationID)
        guard let last = messages.last(where: { $0.direction == .incoming }) else { return nil }
        return MessagingWindow.status(lastCustomerMessage: last.sentAt, now: now)
    }

    /// Turns a finished draft into an outgoing message plus its payload, queues both in one
    /// transaction, drops the draft, and sets the next status. Returns the outbox id.
    /// `splitLongInstagramText`: a text over the channel's limit goes as several messages.
    @discardableResult
    public func queue(_ draft: ReplyDraft, agent: Agent, then status: ConversationStatus? = nil, now: Date = Date(),
                      splitLongInstagramText: Bool = false, automatic: Bool = false) throws -> Int64 {
        let rules = draft.channel.adapter.rules
        if splitLongInstagramText && rules.messagesPerRequest > 1 {
            // The channel carries the parts in one request: one stored reply, its payload split.
            return try queueOne(draft, agent: agent, then: status, now: now, addSignOff: true, automatic: automatic, split: true)
        }
        if splitLongInstagramText, let limit = rules.limit {
            let parts = splitParts(draft, agent: agent, limit: limit)
            var last: Int64 = 0
            for (index, part) in parts.enumerated() {
                last = try queueOne(part, agent: agent, then: index == parts.count - 1 ? status : nil,
                                    now: now.addingTimeInterval(Double(index)), addSignOff: false)
            }
            return last
        }
        return try queueOne(draft, agent: agent, then: status, now: now, addSignOff: true, automatic: automatic)
    }

    /// On the agent's request: several messages, cut between characters, the sign-off on the last.
    func splitParts(_ draft: ReplyDraft, agent: Agent, limit: TextLimit) -> [ReplyDraft] {
        let signOff = draft.channel.adapter.signOff(agent: agent).map { "\n" + $0 } ?? ""
        return limit.split(draft.body.trimmingCharacters(in: .newlines) + signOff).map {
            var part = draft
            part.body = $0
            return part
        }
    }

    /// What the confirm screen shows: the reply built exactly as `queue` builds it (same From, To,
    /// text with signature, size), and for a chat text over the channel's limit, the parts `m`
    /// would send. Nothing is stored.
    public func preview(_ draft: ReplyDraft, agent: Agent, now: Date = Date()) throws -> ReplyPreview {
        let context = try self.context(draft.conversationID, agent: agent, now: now)
        let adapter = draft.channel.adapter
        let whole = try adapter.outgoing(draft, context, addSignOff: true)
        let limit = adapter.rules.limit
        var preview = ReplyPreview(from: whole.from, replyTo: whole.replyTo, to: whole.to,
                                   subject: adapter.rules.hasSubject ? draft.subject : nil, whole: part(whole, limit: limit))
        preview.route = whole.route
        if shop.askForRating && !CSAT.asksForRating(draft.body) { preview.addedOnClose = CSAT.request(for: draft.body) }
        if let limit {
            preview.limit = limit.maximum
            preview.unit = limit.unit
            if preview.isTooLong {
                preview.split = try splitParts(draft, agent: agent, limit: limit).map {
                    part(try adapter.outgoing($0, context, addSignOff: false), limit: limit)
                }
            }
        }
        return preview
    }

    func part(_ outgoing: OutgoingReply, limit: TextLimit?) -> ReplyPreview.Part {
        ReplyPreview.Part(text: outgoing.message.text, bytes: limit?.count(outgoing.message.text))
    }

    func queueOne(_ draft: ReplyDraft, agent: Agent, then status: ConversationStatus?, now: Date, addSignOff: Bool,
                  automatic: Bool = false, split: Bool = false) throws -> Int64 {
        var draft = draft
        let adapter = draft.channel.adapter
        // Send & close ends with the rating request when the shop asks for one (see CSAT).
        if status == .closed && shop.askForRating && !automatic { draft.body = CSAT.addingRequest(to: draft.body) }
        if draft.channel == .email { try shop.requireSet() }
        let body = draft.body.trimmingCharacters(in: .newlines)
        guard !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, !isOnlySignatureAndQuote(body) else { throw ReplyError.emptyReply }
        let built = try adapter.outgoing(draft, try context(draft.conversationID, agent: agent, now: now), addSignOff: addSignOff)
        if let refusal = built.refusal { throw refusal }
        if let limit = adapter.rules.limit, !split {
            let size = limit.count(built.message.text)
            guard size <= limit.maximum else { throw ReplyError.tooLong(draft.channel, size: size, limit: limit) }
        }
        var outgoing = built.message
        outgoing.auto = automatic
        return try store.db.transaction {
            // The status changes once the reply has left (markSent), never for a send that failed.
            let outboxID = try store.queueInTransaction(outgoing, payload: built.payload, to: draft.conversationID, then: status)
            try store.deleteDraft(conversationID: draft.conversationID, agent: agent)
            try store.clearPresence(conversationID: draft.conversationID, agent: agent)
            return outboxID
        }
    }

    /// A draft the agent never wrote in: nothing but the quote (its "> " lines and the attribution
    /// line above them) and the signature. The signature runs from the "-- " line to the quote or
    /// the end, so words written below the quote or between its lines (bottom-posting, inline
    /// answers) count as a reply.
    func isOnlySignatureAndQuote(_ body: String) -> Bool {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var inSignature = false
        for (index, line) in lines.enumerated() {
            if line == "-- " || line == "--" {
                inSignature = true
            } else if line.hasPrefix(">") || (Quote.isAttribution(line) && lines.dropFirst(index + 1).first?.hasPrefix(">") == true) {
                inSignature = false
            } else if !inSignature && !line.trimmingCharacters(in: .whitespaces).isEmpty {
                return false
            }
        }
        return true
    }
}
