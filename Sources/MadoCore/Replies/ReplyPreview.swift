import Foundation

/// Exactly what a reply will send, built by the code that queues it (`ReplyBuilder.outgoing`):
/// the confirm screen shows this and nothing else, so what the person checks is what leaves.
public struct ReplyPreview: Sendable, Equatable {
    /// One message as it will go: the text with the signature, and its size in the unit the
    /// channel limits (Instagram: bytes counted by `InstagramText.byteCount`; email: no limit).
    public struct Part: Sendable, Equatable {
        public var text: String
        public var bytes: Int?

        public init(text: String, bytes: Int? = nil) {
            self.text = text
            self.bytes = bytes
        }
    }

    /// `"Hanako Sato (Flourist)" <hanako@flourist.example.jp>`, or the shop's Instagram account.
    public var from: String
    /// Set when answers should come back somewhere other than From (the shared inbox).
    public var replyTo: String?
    /// `Name <address>`, or `@username (Name)` on Instagram.
    public var to: String
    public var subject: String?
    /// The reply as one message.
    public var whole: Part
    /// The most one message may hold (Instagram: bytes, LINE: characters), nil when the channel has no limit.
    public var limit: Int?
    /// What `limit` and the parts' sizes count.
    public var unit: TextLimit.Unit = .utf8Bytes
    /// When `whole` is over the limit: the messages `m` sends instead, each within it.
    public var split: [Part]
    /// The line "send & close" adds (the rating request, `[replies] csat = on`), nil when none:
    /// the confirm screen shows it, so what leaves on `c` is what was shown.
    public var addedOnClose: String?
    /// How the reply will go when the channel has a choice the person should see (LINE: free
    /// reply or counted push), with what it costs; nil for channels with one way.
    public var route: ReplyRoute?
    /// The month's quota when the route is counted (filled in by the inbox, which asks the service).
    public var quota: MessageQuota?

    public init(from: String, replyTo: String? = nil, to: String, subject: String?, whole: Part, limit: Int? = nil, split: [Part] = []) {
        self.from = from
        self.replyTo = replyTo
        self.to = to
        self.subject = subject
        self.whole = whole
        self.limit = limit
        self.split = split
    }

    public var isTooLong: Bool {
        guard let limit, let bytes = whole.bytes else { return false }
        return bytes > limit
    }
}
