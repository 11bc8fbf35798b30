import Foundation

extension Channel {
    public static let email = Channel(registering: "email")
}

/// Email: replies are RFC 5322 mail (MailComposer) handed to sendmail; the customer is an address.
/// Parsing lives in `Mail/` (a library of its own) and importing in `MailImporter`.
public struct EmailChannel: ChannelAdapter {
    public init() {}

    public var channel: Channel { .email }
    public var name: ChannelName { ChannelName(english: "Email", japanese: "メール") }
    public func mark(ascii: Bool) -> String { ascii ? "@" : "✉" }
    public var themeRole: String { "email" }
    public var identity: IdentityKind { .mailAddress }
    public var rules: ReplyRules { ReplyRules(hasSubject: true) }
    public func signOff(agent: Agent) -> String? { nil }

    public func newDraft(_ context: ReplyContext) throws -> ReplyDraft {
        let shop = context.shop
        try shop.requireSet()
        let last = context.lastFromCustomer
        var body = "\n\n-- \n" + Signature.email(agent: context.agent, shop: shop) + "\n"
        if shop.quoteReplies, let last {
            let author = last.fromName.isEmpty ? last.fromAddress : last.fromName
            body += "\n" + Quote.make(last.text, author: author, date: last.sentAt, style: Quote.style(for: last.text), timeZone: shop.timeZone) + "\n"
        }
        let conversation = context.conversation
        let subject = MailComposer.replySubject(conversation.subject.isEmpty ? (last?.subject ?? "") : conversation.subject)
        return ReplyDraft(conversationID: conversation.id, channel: .email, to: try ReplyBuilder.recipient(context), subject: subject, body: body)
    }

    public func outgoing(_ draft: ReplyDraft, _ context: ReplyContext, addSignOff: Bool) throws -> OutgoingReply {
        let shop = context.shop, agent = context.agent, now = context.now
        try shop.requireSet()
        let body = draft.body.trimmingCharacters(in: .newlines)
        let parent = context.messages.last { $0.direction == .incoming && $0.externalID != nil && !$0.externalID!.hasPrefix("sha256:") }
        let messageID = MailComposer.newMessageID(domain: shop.domain)
        let fromAddress = shop.fromAddress(for: agent)
        let to = MailAddress(name: context.conversation.customerName, address: draft.to)
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
        return OutgoingReply(message: message, payload: payload, from: Self.shown(mail.from),
                             replyTo: mail.replyTo.first.map(Self.shown), to: Self.shown(to))
    }

    /// `[email] sendmail` (or MADO_SENDMAIL), else `sendmail -t -i`.
    public func transport(config: Config, environment: [String: String]) -> any ChannelTransport {
        CommandChannelTransport(command: environment["MADO_SENDMAIL"] ?? config["email.sendmail"] ?? "sendmail -t -i",
                                missing: "", readsMessageID: false)
    }

    /// `"Name" <address>` as a person reads it (the mail header may encode the name).
    static func shown(_ address: MailAddress) -> String {
        guard let name = address.name, !name.isEmpty else { return address.address }
        return "\(name) <\(address.address)>"
    }
}
