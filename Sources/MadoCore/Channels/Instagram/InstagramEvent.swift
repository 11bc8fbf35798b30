import Foundation

public struct InstagramAttachment: Sendable, Equatable {
    /// image, video, audio, file, share, story_mention, reel, ig_reel, template, fallback, or a
    /// photo/video kind from an export.
    public var type: String
    public var url: String
    public var title: String?

    public init(type: String, url: String, title: String? = nil) {
        self.type = type
        self.url = url
        self.title = title
    }
}

public struct InstagramMessage: Sendable, Equatable {
    public var mid: String
    public var senderID: String
    public var recipientID: String
    public var timestamp: Date
    public var text: String?
    public var attachments: [InstagramAttachment] = []
    /// Sent by the shop itself (from the phone app): our side of the conversation.
    public var isEcho = false
    public var isUnsupported = false
    public var replyToMID: String?
    public var storyReplyURL: String?
}

/// One thing that happened in a direct-message thread, as Meta's webhooks report it.
public enum InstagramEvent: Sendable, Equatable {
    case message(InstagramMessage)
    case deletion(mid: String, senderID: String, recipientID: String, timestamp: Date)
    case reaction(mid: String, senderID: String, recipientID: String, react: Bool, emoji: String, timestamp: Date)
    case read(mid: String, senderID: String, recipientID: String, timestamp: Date)
    case postback(mid: String, senderID: String, recipientID: String, title: String, payload: String, timestamp: Date)
    case referral(senderID: String, recipientID: String, source: String, type: String, ref: String, timestamp: Date)
}

/// Invalid JSON or a missing field, with where: the file and the JSON path.
public struct InstagramImportError: Error, CustomStringConvertible, Equatable {
    public var source: String
    public var path: String
    public var message: String
    public var description: String { path.isEmpty ? "\(source): \(message)" : "\(source): \(path): \(message)" }
}
