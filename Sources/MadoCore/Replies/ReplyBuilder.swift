import Foundation

public enum ReplyError: Error, CustomStringConvertible, Equatable {
    case noAgent
    case noRecipient(Int64)
    case emptyReply
    case instagramWindowClosed(String)
    case instagramTooLong(bytes: Int)
    /// Email needs the shop's name and address; the config keys that are missing, and the file to set them in.
    case shopNotSet(missing: [String], configFile: String)

    public var description: String {
        switch self {
        case .noAgent: return "Replies are sent in an agent's name: start mado with --agent LOGIN (or set MADO_AGENT)."
        case .noRecipient(let id): return "Conversation \(id) has no customer address to reply to."
        case .emptyReply: return "The reply is empty; nothing was queued."
        case .instagramWindowClosed(let detail): return "Instagram no longer allows a reply here (\(detail)); write by email instead."
        case .instagramTooLong(let bytes):
            return "Instagram allows \(InstagramText.maximumBytes) bytes per message; this reply has \(bytes) (\(bytes - InstagramText.maximumBytes) too many). Shorten it or split it."
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
        guard let conversation = try store.conversation(id: conversationID) else { throw StoreError.notFound("Conversation \(conversationID)") }
        let messages = try store.messages(inConversation: conversationID)
        let lastFromCustomer = messages.last { $0.direction == .incoming && !$0.auto } ?? messages.last { $0.direction == .incoming }
        let to = try recipient(conversation, lastFromCustomer: lastFromCustomer)
        switch conversation.channel {
        case .email:
            try requireShop()
            var body = "\n\n-- \n" + Signature.email(agent: agent, shop: shop) + "\n"
            if shop.quoteReplies, let last = lastFromCustomer {
                let author = last.fromName.isEmpty ? last.fromAddress : last.fromName
                body += "\n" + Quote.make(last.text, author: author, date: last.sentAt, style: Quote.style(for: last.text), timeZone: shop.timeZone) + "\n"
            }
            let subject = MailComposer.replySubject(conversation.subject.isEmpty ? (lastFromCustomer?.subject ?? "") : conversation.subject)
            return ReplyDraft(conversationID: conversationID, channel: .email, to: to, subject: subject, body: body)
        case .instagram:
            return ReplyDraft(conversationID: conversationID, channel: .instagram, to: to, subject: "", body: "")
        }
    }

    func recipient(_ conversation: Conversation, lastFromCustomer: Message?) throws -> String {
        if let address = lastFromCustomer?.fromAddress, !address.isEmpty { return address }
        if let identity = try store.identities(ofCustomer: conversation.customerID).first(where: { $0.channel == conversation.channel }) {
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
    @discardableResult
    public func queue(_ draft: ReplyDraft, agent: Agent, then status: ConversationStatus? = nil, now: Date = Date(),
                      splitLongInstagramText: Bool = false, automatic: Bool = false) throws -> Int64 {
        if splitLongInstagramText && draft.channel == .instagram {
            let parts = splitParts(draft, agent: agent)
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
    func splitParts(_ draft: ReplyDraft, agent: Agent) -> [ReplyDraft] {
        let signOff = Signature.instagram(agent: agent)
        return InstagramText.split(draft.body.trimmingCharacters(in: .newlines) + "\n" + signOff).map {
            var part = draft
            part.body = $0
            return part
        }
    }

    /// What the confirm screen shows: the reply built exactly as `queue` builds it (same From, To,
    /// text with signature, byte count), and for an Instagram text over the limit, the parts `m`
    /// would send. Nothing is stored.
    public func preview(_ draft: ReplyDraft, agent: Agent, now: Date = Date()) throws -> ReplyPreview {
        guard let conversation = try store.conversation(id: draft.conversationID) else { throw StoreError.notFound("Conversation \(draft.conversationID)") }
        let messages = try store.messages(inConversation: draft.conversationID)
        let whole = try outgoing(draft, agent: agent, conversation: conversation, messages: messages, now: now, addSignOff: true)
        var preview = ReplyPreview(from: whole.from, replyTo: whole.replyTo, to: whole.to,
                                   subject: draft.channel == .email ? draft.subject : nil, whole: whole.part)
        if shop.askForRating && !CSAT.asksForRating(draft.body) { preview.addedOnClose = CSAT.request(for: draft.body) }
        if draft.channel == .instagram {
            preview.limit = InstagramText.maximumBytes
            if preview.isTooLong {
                preview.split = try splitParts(draft, agent: agent).map {
                    try outgoing($0, agent: agent, conversation: conversation, messages: messages, now: now, addSignOff: false).part
                }
            }
        }
        return preview
    }

    func queueOne(_ draft: ReplyDraft, agent: Agent, then status: ConversationStatus?, now: Date, addSignOff: Bool,
                  automatic: Bool = false) throws -> Int64 {
        var draft = draft
        // Send & close ends with the rating request when the shop asks for one (see CSAT).
        if status == .closed && shop.askForRating && !automatic { draft.body = CSAT.addingRequest(to: draft.body) }
        if draft.channel == .email { try requireShop() }
        let body = draft.body.trimmingCharacters(in: .newlines)
        guard !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, !isOnlySignatureAndQuote(body) else { throw ReplyError.emptyReply }
        guard let conversation = try store.conversation(id: draft.conversationID) else { throw StoreError.notFound("Conversation \(draft.conversationID)") }
        let messages = try store.messages(inConversation: draft.conversationID)
        let built = try outgoing(draft, agent: agent, conversation: conversation, messages: messages, now: now, addSignOff: addSignOff)
        if draft.channel == .instagram {
            if case .closed = built.window { throw ReplyError.instagramWindowClosed(built.window?.description ?? "") }
            let bytes = InstagramText.byteCount(built.message.text)
            guard bytes <= InstagramText.maximumBytes else { throw ReplyError.instagramTooLong(bytes: bytes) }
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

    /// One outgoing message as it will be stored and sent, with the From and To it carries in
    /// words a person reads. The only place a reply's payload is built.
    struct Outgoing {
        var message: NewMessage
        var payload: [UInt8]
        var from: String
        var replyTo: String?
        var to: String
        var window: MessagingWindow?
        var part: ReplyPreview.Part {
            ReplyPreview.Part(text: message.text, bytes: message.channel == .instagram ? InstagramText.byteCount(message.text) : nil)
        }
    }

    func outgoing(_ draft: ReplyDraft, agent: Agent, conversation: Conversation, messages: [Message], now: Date,
                  addSignOff: Bool) throws -> Outgoing {
        let body = draft.body.trimmingCharacters(in: .newlines)
        switch draft.channel {
        case .email:
            try requireShop()
            let parent = messages.last { $0.direction == .incoming && $0.externalID != nil && !$0.externalID!.hasPrefix("sha256:") }
            let messageID = MailComposer.newMessageID(domain: shop.domain)
            let fromAddress = shop.fromAddress(for: agent)
            let to = MailAddress(name: conversation.customerName, address: draft.to)
            var mail = OutgoingMail(
                from: MailAddress(name: Signature.fromName(agent: agent, shop: shop), address: fromAddress),
                to: [to], subject: draft.subject, body: body,
                messageID: messageID, date: now, inReplyTo: parent?.externalID, references: parent?.references ?? [])
            // From the agent's own address, the customer's answer still comes back to the shared inbox.
            if fromAddress.lowercased() != shop.address.lowercased() { mail.replyTo = [MailAddress(name: shop.name, address: shop.address)] }
            let payload = MailComposer.compose(mail, timeZone: shop.timeZone)
            let message = NewMessage(channel: .email, direction: .outgoing, externalID: messageID, fromName: agent.name, fromAddress: fromAddress,
                                     toAddress: draft.to, subject: draft.subject, text: body, raw: payload, sentAt: now, agentID: agent.id,
                                     inReplyTo: parent?.externalID, references: (parent?.references ?? []) + [parent?.externalID].compactMap { $0 })
            return Outgoing(message: message, payload: payload, from: ReplyBuilder.shown(mail.from),
                            replyTo: mail.replyTo.first.map(ReplyBuilder.shown), to: ReplyBuilder.shown(to))
        case .instagram:
            let signOff = Signature.instagram(agent: agent)
            let text = !addSignOff || body.hasSuffix(signOff) ? body : body + "\n" + signOff
            guard let last = messages.last(where: { $0.direction == .incoming }) else { throw ReplyError.noRecipient(draft.conversationID) }
            let window = MessagingWindow.status(lastCustomerMessage: last.sentAt, now: now)
            var request: [String: Any] = ["recipient": ["id": draft.to], "message": ["text": text]]
            if case .humanAgent = window {
                request["messaging_type"] = "MESSAGE_TAG"
                request["tag"] = "HUMAN_AGENT"
            }
            let payload = Array(try JSONSerialization.data(withJSONObject: request, options: [.sortedKeys, .withoutEscapingSlashes]))
            let message = NewMessage(channel: .instagram, direction: .outgoing, externalID: "local:" + UUID().uuidString, fromName: agent.name,
                                     fromAddress: shop.instagramAccount ?? "", toAddress: draft.to, text: text, sentAt: now, agentID: agent.id)
            let from = shop.instagramAccount.map { "@" + $0 } ?? shop.name
            return Outgoing(message: message, payload: payload, from: from,
                            to: try instagramRecipient(draft.to, conversation: conversation), window: window)
        }
    }

    /// `"Name" <address>` as a person reads it (the mail header may encode the name).
    static func shown(_ address: MailAddress) -> String {
        guard let name = address.name, !name.isEmpty else { return address.address }
        return "\(name) <\(address.address)>"
    }

    /// "@username (Name)" from the customer's identity; the scoped id only when no username is known.
    func instagramRecipient(_ scopedID: String, conversation: Conversation) throws -> String {
        let identity = try store.identities(ofCustomer: conversation.customerID).first { $0.channel == .instagram && $0.address == scopedID }
        let name = identity?.displayName.flatMap { $0.isEmpty ? nil : $0 } ?? conversation.customerName
        let handle = identity?.handle.flatMap { $0.isEmpty ? nil : "@" + $0 } ?? scopedID
        return name.isEmpty || name == handle ? handle : "\(handle) (\(name))"
    }

    /// Email replies are refused until the shop's name and address are set: no placeholder ever leaves.
    func requireShop() throws {
        let missing = shop.missing
        guard missing.isEmpty else { throw ReplyError.shopNotSet(missing: missing, configFile: shop.configFile) }
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
