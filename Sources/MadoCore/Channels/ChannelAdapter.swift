import Foundation

/// Everything that differs between channels, in one place per channel (`Channels/<Name>/`):
/// how the screen names it, how a customer is identified, the rules a reply must keep, how a
/// reply is built and how it leaves. Inbound parsing stays in each folder's importer, because
/// every channel's input (Maildir, webhook JSON, exports) has its own shape and command.
public protocol ChannelAdapter: Sendable {
    var channel: Channel { get }
    /// The name in English and Japanese (list headers, reports, the confirm screen).
    var name: ChannelName { get }
    /// The list's mark; `ascii` for terminals that cannot draw it.
    func mark(ascii: Bool) -> String
    /// The theme role its marks are drawn in: a `StyleRole` and a line in every `themes/*.theme`.
    var themeRole: String { get }
    /// What the identity's address is.
    var identity: IdentityKind { get }
    var rules: ReplyRules { get }
    /// The short sign-off a chat reply ends with ("— Hanako"); nil where the draft carries the signature (email).
    func signOff(agent: Agent) -> String?
    /// A new reply's draft (quote and signature in place where the channel has them).
    func newDraft(_ context: ReplyContext) throws -> ReplyDraft
    /// The one place a reply's stored message and transport payload are built.
    func outgoing(_ draft: ReplyDraft, _ context: ReplyContext, addSignOff: Bool) throws -> OutgoingReply
    /// How queued payloads leave, from the config (the environment overrides it).
    func transport(config: Config, environment: [String: String]) -> any ChannelTransport
    /// The month's message quota, for channels that count what they send (LINE's push messages);
    /// nil for the others. Asks the service: call it away from the screen's loop.
    func quota(config: Config) throws -> MessageQuota?
    /// Webhooks, spool, `mado import NAME` and the open inbox's idle work; nil for a channel
    /// that arrives another way (email's Maildir).
    var inbound: (any ChannelInbound)? { get }
    /// The word after `:me` that sets an agent's own sign-off for the channel ("line-signature"),
    /// kept in `agent_signatures`; nil when the channel has none of its own.
    var signOffSetting: String? { get }
    /// One of the channel's own errors in the screen's language (English: nil, its description
    /// stands); nil for an error that is not the channel's. `UIStrings.describe` asks every
    /// channel before its own table, so a channel's error words live in its folder.
    func describe(_ error: Error, japanese: Bool) -> String?
    /// A failure sentence the channel's transport left in the outbox, in the screen's language;
    /// nil when it is not one of the channel's.
    func describeDeliveryFailure(_ stored: String, japanese: Bool) -> String?
    /// A note the channel left on a message (`messages.warnings`, stored in English), in the
    /// screen's language; nil when it is not one of the channel's.
    func describeNote(_ stored: String, japanese: Bool) -> String?
    /// The confirm screen's line on how a reply will go (`ReplyRoute`) in the chosen language,
    /// for the channel whose replies have such a choice; nil for the others.
    func describeRoute(_ route: ReplyRoute, quota: MessageQuota?, japanese: Bool, timeZone: TimeZone) -> String?
}

extension ChannelAdapter {
    public func quota(config: Config) throws -> MessageQuota? { nil }
    public var inbound: (any ChannelInbound)? { nil }
    public var signOffSetting: String? { nil }
    public func describe(_ error: Error, japanese: Bool) -> String? { nil }
    public func describeDeliveryFailure(_ stored: String, japanese: Bool) -> String? { nil }
    public func describeNote(_ stored: String, japanese: Bool) -> String? { nil }
    public func describeRoute(_ route: ReplyRoute, quota: MessageQuota?, japanese: Bool, timeZone: TimeZone) -> String? { nil }
}

/// How many counted messages the account may send this month, and how many it has.
public struct MessageQuota: Sendable, Equatable {
    /// nil: no monthly limit.
    public var limit: Int?
    public var used: Int

    public init(limit: Int?, used: Int) {
        self.limit = limit
        self.used = used
    }

    public var remaining: Int? { limit.map { max(0, $0 - used) } }

    /// Near the end: a tenth of the quota or five messages left, whichever is more.
    public var isNearlyUsedUp: Bool {
        guard let limit, let remaining else { return false }
        return remaining <= max(5, limit / 10)
    }
}

/// How a reply will go when the channel has a choice that matters to the shop.
public enum ReplyRoute: Sendable, Equatable {
    /// Free, while the customer's message is fresh (LINE's reply token), until `until`.
    case free(until: Date)
    /// Counted against the month's quota (LINE's push message).
    case counted
}

public struct ChannelName: Sendable, Equatable {
    public var english: String
    public var japanese: String

    public init(english: String, japanese: String) {
        self.english = english
        self.japanese = japanese
    }
}

/// What an identity's address holds, and how a person recognises it.
public enum IdentityKind: Sendable, Equatable {
    /// An email address (compared without case).
    case mailAddress
    /// An id the platform gave the customer; `handlePrefix` shows a known handle (`@yui.hygge`).
    case accountID(handlePrefix: String?)
}

/// The rules a reply on a channel must keep.
public struct ReplyRules: Sendable, Equatable {
    /// Email: a subject, written in the editor with quote and signature. Chat: a one-line box.
    public var hasSubject: Bool
    /// The most one message may hold, nil when the channel has no limit.
    public var limit: TextLimit?
    /// How many messages one request may carry: above 1, a reply split on request goes as one
    /// request of several messages (LINE: 5) instead of one request per part.
    public var messagesPerRequest: Int
    /// Replies are allowed only for a while after the customer's last message (Meta's 24-hour
    /// standard and 7-day human-agent window, `MessagingWindow`): shown under the thread and on
    /// the confirm screen.
    public var hasMessagingWindow: Bool

    public init(hasSubject: Bool, limit: TextLimit? = nil, messagesPerRequest: Int = 1, hasMessagingWindow: Bool = false) {
        self.hasSubject = hasSubject
        self.limit = limit
        self.messagesPerRequest = messagesPerRequest
        self.hasMessagingWindow = hasMessagingWindow
    }
}

/// A message size limit in the unit the platform counts.
public struct TextLimit: Sendable, Equatable {
    public enum Unit: Sendable, Equatable {
        case utf8Bytes
        /// UTF-16 code units: what JSON APIs written in Java/JavaScript (LINE) count as characters.
        case utf16Units
    }
    public var maximum: Int
    public var unit: Unit

    public init(maximum: Int, unit: Unit) {
        self.maximum = maximum
        self.unit = unit
    }

    public func count(_ text: String) -> Int {
        switch unit {
        case .utf8Bytes: return text.utf8.count
        case .utf16Units: return text.utf16.count
        }
    }

    /// Splits at character boundaries (never inside a grapheme), preferring a line break or
    /// sentence end near the limit.
    public func split(_ text: String) -> [String] {
        var chunks: [String] = []
        var current = ""
        var size = 0
        var lastBreak: String.Index?
        for character in text {
            let characterSize = count(String(character))
            if size + characterSize > maximum {
                if let cut = lastBreak, cut > current.startIndex {
                    chunks.append(String(current[..<cut]))
                    current = String(current[cut...])
                } else {
                    chunks.append(current)
                    current = ""
                }
                size = count(current)
                lastBreak = nil
            }
            current.append(character)
            size += characterSize
            if "\n。．.!?！？ ".contains(character) { lastBreak = current.endIndex }
        }
        if !current.isEmpty { chunks.append(current) }
        return chunks
    }
}

/// What a channel needs to build a reply: the store (identities), the shop's settings, who writes,
/// and the conversation with its messages.
public struct ReplyContext {
    public var store: Store
    public var shop: ShopSettings
    public var agent: Agent
    public var conversation: Conversation
    public var messages: [Message]
    public var now: Date

    /// The customer's last own message (not an automatic one when there is another).
    public var lastFromCustomer: Message? {
        messages.last { $0.direction == .incoming && !$0.auto } ?? messages.last { $0.direction == .incoming }
    }
}

/// One outgoing message as it will be stored and sent, with the From and To in words a person reads.
public struct OutgoingReply {
    public var message: NewMessage
    public var payload: [UInt8]
    public var from: String
    public var replyTo: String?
    public var to: String
    /// Set when the channel refuses this reply now (a closed messaging window).
    public var refusal: ReplyError?
    /// How it will go, when the channel has a choice the person should see (LINE: reply or push).
    public var route: ReplyRoute?

    public init(message: NewMessage, payload: [UInt8], from: String, replyTo: String? = nil, to: String,
                refusal: ReplyError? = nil, route: ReplyRoute? = nil) {
        self.message = message
        self.payload = payload
        self.from = from
        self.replyTo = replyTo
        self.to = to
        self.refusal = refusal
        self.route = route
    }
}

/// Hands one queued payload to the channel's service. Touches no store: runs on any thread.
public protocol ChannelTransport: Sendable {
    func send(_ item: OutboxItem, timeout: TimeInterval) -> OutboxSender.Delivery.Outcome
}
