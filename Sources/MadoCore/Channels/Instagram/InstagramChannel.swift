import Foundation

extension Channel {
    public static let instagram = Channel(registering: "instagram")
}

/// Instagram direct messages: a Send API request per reply, within the messaging window
/// (`MessagingWindow`), at most 1000 bytes a message (`InstagramText`); the customer is a scoped id.
public struct InstagramChannel: ChannelAdapter {
    public init() {}

    public var channel: Channel { .instagram }
    public var name: ChannelName { ChannelName(english: "Instagram", japanese: "Instagram") }
    public func mark(ascii: Bool) -> String { "IG" }
    public var themeRole: String { "instagram" }
    public var identity: IdentityKind { .accountID(handlePrefix: "@") }
    public var rules: ReplyRules { ReplyRules(hasSubject: false, limit: TextLimit(maximum: InstagramText.maximumBytes, unit: .utf8Bytes)) }

    public func signOff(agent: Agent) -> String? { Signature.instagram(agent: agent) }

    public func newDraft(_ context: ReplyContext) throws -> ReplyDraft {
        ReplyDraft(conversationID: context.conversation.id, channel: .instagram, to: try ReplyBuilder.recipient(context), subject: "", body: "")
    }

    public func outgoing(_ draft: ReplyDraft, _ context: ReplyContext, addSignOff: Bool) throws -> OutgoingReply {
        let agent = context.agent, shop = context.shop, now = context.now
        let body = draft.body.trimmingCharacters(in: .newlines)
        let signOff = Signature.instagram(agent: agent)
        let text = !addSignOff || body.hasSuffix(signOff) ? body : body + "\n" + signOff
        guard let last = context.messages.last(where: { $0.direction == .incoming }) else { throw ReplyError.noRecipient(draft.conversationID) }
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
        var refusal: ReplyError?
        if case .closed = window { refusal = .instagramWindowClosed(window.description) }
        return OutgoingReply(message: message, payload: payload, from: from,
                             to: try recipient(draft.to, context: context), refusal: refusal)
    }

    /// `[instagram] send_command` (or MADO_INSTAGRAM_SEND) when set: it prints the Send API's
    /// answer. Otherwise the Send API itself, with the token `[instagram] token_command` prints.
    public func transport(config: Config, environment: [String: String]) -> any ChannelTransport {
        let command = environment["MADO_INSTAGRAM_SEND"] ?? config["instagram.send_command"]
        if command == nil, let client = GraphAPIClient(config: config) { return InstagramSendAPI(client: client) }
        return CommandChannelTransport(command: command,
                                       missing: "Instagram replies cannot be sent: set [instagram] token_command (the Send API) or send_command in the config.",
                                       readsMessageID: true)
    }

    /// "@username (Name)" from the customer's identity; the scoped id only when no username is known.
    func recipient(_ scopedID: String, context: ReplyContext) throws -> String {
        let conversation = context.conversation
        let identity = try context.store.identities(ofCustomer: conversation.customerID).first { $0.channel == .instagram && $0.address == scopedID }
        let name = identity?.displayName.flatMap { $0.isEmpty ? nil : $0 } ?? conversation.customerName
        let handle = identity?.handle.flatMap { $0.isEmpty ? nil : "@" + $0 } ?? scopedID
        return name.isEmpty || name == handle ? handle : "\(handle) (\(name))"
    }
}
