import Foundation

/// A reply being written: kept in the store from the moment it exists, so a crash or a lost SSH
/// connection loses nothing.
public struct ReplyDraft: Sendable, Equatable {
    public var conversationID: Int64
    public var channel: Channel
    public var to: String
    public var subject: String
    public var body: String

    public init(conversationID: Int64, channel: Channel, to: String, subject: String, body: String) {
        self.conversationID = conversationID
        self.channel = channel
        self.to = to
        self.subject = subject
        self.body = body
    }
}
