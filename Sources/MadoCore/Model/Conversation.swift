import Foundation

/// A conversation with everything the list and the reader need about it (not its messages).
public struct Conversation: Sendable, Equatable {
    public var id: Int64
    public var customerID: Int64
    public var customerName: String
    public var channel: Channel
    public var subject: String
    public var preview: String
    public var status: ConversationStatus
    public var assigneeLogin: String?
    public var assigneeName: String?
    public var priority: Int
    public var tags: [String]
    public var snoozedUntil: Date?
    public var createdAt: Date
    public var updatedAt: Date
    /// The oldest customer message we have not answered yet; nil when we spoke last.
    public var waitingSince: Date?
    public var lastMessageAt: Date
    public var firstResponseAt: Date?
    public var closedAt: Date?
    public var messageCount: Int
    public var unread: Bool
    /// Names of agents writing a reply to it right now.
    public var replying: [String]

    public init(id: Int64, customerID: Int64, customerName: String, channel: Channel, subject: String, preview: String,
                status: ConversationStatus, assigneeLogin: String? = nil, assigneeName: String? = nil, priority: Int = 0,
                tags: [String] = [], snoozedUntil: Date? = nil, createdAt: Date, updatedAt: Date, waitingSince: Date? = nil,
                lastMessageAt: Date, firstResponseAt: Date? = nil, closedAt: Date? = nil, messageCount: Int = 0, unread: Bool = false, replying: [String] = []) {
        self.id = id
        self.customerID = customerID
        self.customerName = customerName
        self.channel = channel
        self.subject = subject
        self.preview = preview
        self.status = status
        self.assigneeLogin = assigneeLogin
        self.assigneeName = assigneeName
        self.priority = priority
        self.tags = tags
        self.snoozedUntil = snoozedUntil
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.waitingSince = waitingSince
        self.lastMessageAt = lastMessageAt
        self.firstResponseAt = firstResponseAt
        self.closedAt = closedAt
        self.messageCount = messageCount
        self.unread = unread
        self.replying = replying
    }

    /// The list shows the subject, or for subject-less channels (Instagram) the first line.
    public var title: String { subject.isEmpty ? preview : subject }
}
