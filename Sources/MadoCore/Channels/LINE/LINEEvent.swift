import Foundation

/// One event of a LINE webhook payload (`{"destination": …, "events": [ … ]}`), as far as the
/// inbox needs it. `id` is the `webhookEventId`: a redelivered event has the same one.
public struct LINEEvent: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case message(LINEMessage)
        /// Added the account as a friend (again, after a block, when `unblocked`).
        case follow(unblocked: Bool)
        /// Blocked the account: nothing sent reaches them any more.
        case unfollow
        /// Tapped a button: its data, and the date/time they picked when the button asked for one.
        case postback(data: String, picked: String?)
        /// Took a message back.
        case unsend(messageID: String)
        /// An event the inbox has no use for (join, beacon, …): counted, not stored.
        case ignored(String)
    }

    public var id: String
    public var isRedelivery: Bool
    public var timestamp: Date
    public var userID: String
    public var replyToken: String?
    public var kind: Kind
    /// The event's JSON as LINE sent it: kept with the message as evidence (and for its reply token).
    public var raw: [UInt8]
}

public struct LINEMessage: Sendable, Equatable {
    public var id: String
    /// text, image, video, audio, file, location, sticker.
    public var type: String
    public var text: String?
    public var stickerID: String?
    public var packageID: String?
    public var keywords: [String] = []
    public var fileName: String?
    public var fileSize: Int?
    public var title: String?
    public var address: String?
    public var latitude: Double?
    public var longitude: Double?
    /// Image, video or audio kept by LINE (fetched from the content endpoint) rather than at an outside URL.
    public var contentFromLINE = false

    /// Types whose content is fetched from LINE and kept as an attachment.
    public var hasContent: Bool { ["image", "video", "audio", "file"].contains(type) && (type == "file" || contentFromLINE) }
}

/// A payload or event that cannot be imported, with where and why.
public struct LINEImportError: Error, CustomStringConvertible, Equatable {
    public var source: String
    public var reason: String
    public var description: String { "\(source): \(reason)" }
}
