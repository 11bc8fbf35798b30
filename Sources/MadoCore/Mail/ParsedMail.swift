import Foundation

public struct MailAttachment: Sendable, Equatable {
    public var filename: String
    public var contentType: String
    public var size: Int
    /// Indices down the MIME tree, to find the bytes again in the raw message.
    public var partPath: [Int]
}

/// A message as the inbox needs it. Parsing never fails: what could not be read is in `warnings`.
public struct ParsedMail: Sendable {
    public var headers: [MailHeader] = []
    public var messageID: String?
    public var inReplyTo: [String] = []
    public var references: [String] = []
    public var from: [MailAddress] = []
    public var to: [MailAddress] = []
    public var cc: [MailAddress] = []
    public var replyTo: [MailAddress] = []
    public var subject = ""
    public var date: Date?
    public var text = ""
    public var attachments: [MailAttachment] = []
    public var warnings: [String] = []
    public var isAuto = false
    public var isBounce = false

    public func header(_ name: String) -> String? { headers.first(name) }
}
