import Foundation

public struct Attachment: Sendable, Equatable {
    public var id: Int64
    public var filename: String
    public var contentType: String
    public var size: Int
    /// Where to find the bytes again: a MIME part path, a URL or an export-relative path.
    public var locator: String

    public init(id: Int64 = 0, filename: String, contentType: String, size: Int, locator: String = "") {
        self.id = id
        self.filename = filename
        self.contentType = contentType
        self.size = size
        self.locator = locator
    }
}

public struct Message: Sendable, Equatable {
    public var id: Int64
    public var conversationID: Int64
    public var channel: Channel
    public var direction: Direction
    /// Message-ID for mail, mid for Instagram: unique per channel, so a second import adds nothing.
    public var externalID: String?
    public var fromName: String
    public var fromAddress: String
    public var toAddress: String
    public var subject: String
    public var text: String
    public var sentAt: Date
    public var agentLogin: String?
    public var auto: Bool
    public var warnings: [String]
    public var attachments: [Attachment]
    public var deleted: Bool
    public var seenAt: Date?
    public var inReplyTo: String?
    public var references: [String]
    /// Instagram reactions to this message, e.g. ["❤️"].
    public var reactions: [String]
    /// For a reply that went through the outbox: where it stands (nil for everything else).
    public var outbox: OutboxStatus?

    public init(id: Int64 = 0, conversationID: Int64 = 0, channel: Channel, direction: Direction, externalID: String? = nil,
                fromName: String, fromAddress: String, toAddress: String = "", subject: String = "", text: String,
                sentAt: Date, agentLogin: String? = nil, auto: Bool = false, warnings: [String] = [],
                attachments: [Attachment] = [], deleted: Bool = false, seenAt: Date? = nil,
                inReplyTo: String? = nil, references: [String] = [], reactions: [String] = [], outbox: OutboxStatus? = nil) {
        self.id = id
        self.conversationID = conversationID
        self.channel = channel
        self.direction = direction
        self.externalID = externalID
        self.fromName = fromName
        self.fromAddress = fromAddress
        self.toAddress = toAddress
        self.subject = subject
        self.text = text
        self.sentAt = sentAt
        self.agentLogin = agentLogin
        self.auto = auto
        self.warnings = warnings
        self.attachments = attachments
        self.deleted = deleted
        self.seenAt = seenAt
        self.inReplyTo = inReplyTo
        self.references = references
        self.reactions = reactions
        self.outbox = outbox
    }
}
