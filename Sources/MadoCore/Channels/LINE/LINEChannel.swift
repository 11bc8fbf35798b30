import Foundation

extension Channel {
    public static let line = Channel(registering: "line")
}

/// LINE Official Account chats. A reply goes with the free reply token while the customer's
/// message is under a minute old and the token unused, else as a push message that LINE counts
/// against the month's quota. A text holds at most 5000 characters; a longer reply split on
/// request goes as up to five messages in one request. The customer is a LINE `userId`.
public struct LINEChannel: ChannelAdapter {
    public init() {}

    /// How long LINE accepts a reply token after the event (the Messaging API's one minute).
    public static let replyTokenLifetime: TimeInterval = 60
    public static let maximumCharacters = 5000
    public static let messagesPerRequest = 5
    /// LINE counts a text's length in UTF-16 units (an emoji outside the BMP is two).
    public static let textLimit = TextLimit(maximum: maximumCharacters, unit: .utf16Units)

    public var channel: Channel { .line }
    public var name: ChannelName { ChannelName(english: "LINE", japanese: "LINE") }
    public func mark(ascii: Bool) -> String { "LN" }
    public var themeRole: String { "line" }
    public var identity: IdentityKind { .accountID(handlePrefix: nil) }
    public var rules: ReplyRules { ReplyRules(hasSubject: false, limit: Self.textLimit, messagesPerRequest: Self.messagesPerRequest) }

    public func signOff(agent: Agent) -> String? { Signature.line(agent: agent) }

    public func newDraft(_ context: ReplyContext) throws -> ReplyDraft {
        ReplyDraft(conversationID: context.conversation.id, channel: .line, to: try ReplyBuilder.recipient(context), subject: "", body: "")
    }

    public func outgoing(_ draft: ReplyDraft, _ context: ReplyContext, addSignOff: Bool) throws -> OutgoingReply {
        let agent = context.agent, now = context.now
        let body = draft.body.trimmingCharacters(in: .newlines)
        let signOff = Signature.line(agent: agent)
        let text = !addSignOff || body.hasSuffix(signOff) ? body : body + "\n" + signOff
        // Each message object as the split preview shows it: no newline left at a cut.
        let parts = Self.textLimit.split(text).map { $0.trimmingCharacters(in: .newlines) }.filter { !$0.isEmpty }
        var refusal: ReplyError?
        if parts.count > Self.messagesPerRequest {
            refusal = .tooLong(.line, size: text.utf16.count, limit: TextLimit(maximum: Self.maximumCharacters * Self.messagesPerRequest, unit: .utf16Units))
        }
        let token = try freshReplyToken(context)
        let request = LINEOutgoing(to: draft.to, replyToken: token?.token, replyBefore: token?.until, retryKey: UUID().uuidString.lowercased(),
                                   texts: parts)
        let message = NewMessage(channel: .line, direction: .outgoing, externalID: "local:" + UUID().uuidString, fromName: agent.name,
                                 toAddress: draft.to, text: text, sentAt: now, agentID: agent.id)
        return OutgoingReply(message: message, payload: try request.encoded(), from: context.shop.name,
                             to: try recipient(draft.to, context: context), refusal: refusal,
                             route: token.map { .free(until: $0.until) } ?? .counted)
    }

    /// The reply token of the customer's latest event, while it is under a minute old and no reply
    /// has been queued since (a token is good for one request).
    func freshReplyToken(_ context: ReplyContext) throws -> (token: String, until: Date)? {
        // The customer's own events: messages, and follows noted from LINE (an agent's note is not one).
        guard let index = context.messages.lastIndex(where: { $0.direction == .incoming || ($0.direction == .note && $0.externalID != nil) })
        else { return nil }
        let last = context.messages[index]
        let until = last.sentAt.addingTimeInterval(Self.replyTokenLifetime)
        guard context.now < until, !context.messages[index...].contains(where: { $0.direction == .outgoing }),
              let raw = try context.store.rawMessage(id: last.id),
              let event = (try? JSONSerialization.jsonObject(with: Data(raw))) as? [String: Any],
              let token = event["replyToken"] as? String, !token.isEmpty else { return nil }
        return (token, until)
    }

    /// "Name (LINE user …abcd)": the customer's name with the end of their id.
    func recipient(_ userID: String, context: ReplyContext) throws -> String {
        let identity = try context.store.identities(ofCustomer: context.conversation.customerID).first { $0.channel == .line && $0.address == userID }
        let name = identity?.displayName.flatMap { $0.isEmpty ? nil : $0 } ?? context.conversation.customerName
        return name.isEmpty ? userID : "\(name) (…\(userID.suffix(4)))"
    }

    public func transport(config: Config, environment: [String: String]) -> any ChannelTransport {
        LINETransport(config: config)
    }

    public func quota(config: Config) throws -> MessageQuota? {
        guard var api = try LINEAPI.configured(config) else { return nil }
        // Asked while the confirm screen waits: a slow answer is worse than none.
        api.timeout = 5
        let quota = try api.quota()
        return MessageQuota(limit: quota.limit, used: quota.used)
    }
}

extension Signature {
    /// A LINE reply's sign-off: the agent's own (`:me line-signature`), else "— Hanako".
    public static func line(agent: Agent) -> String {
        if let custom = agent.lineSignature, !custom.isEmpty { return custom }
        return "— " + firstName(agent.name)
    }
}
