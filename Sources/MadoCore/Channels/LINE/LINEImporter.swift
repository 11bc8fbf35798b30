import Foundation

/// Brings LINE webhook events into the store: the customer by `userId` (named from their LINE
/// profile when a token is configured), one running conversation per customer, follows and
/// blocks as notes in the thread. Every stored event is keyed by its `webhookEventId`, so a
/// redelivered event adds nothing.
public final class LINEImporter {
    public struct Report: Sendable, Equatable {
        public var imported: [Int64] = []
        public var updated = 0
        public var duplicates = 0
        /// Events the inbox has no use for (join, beacon, …).
        public var ignored = 0
        /// Messages from a person who was erased, sent before the erasure: not stored, said why.
        public var refused: [String] = []
        /// What could not be fetched (a profile, a picture): the events still imported without it.
        public var problems: [String] = []
        public init() {}
    }

    let store: Store
    /// Nil when no token is configured: customers keep a numbered name and content is not fetched.
    let api: LINEAPI?
    /// Content above this is not kept (`[line] max_attachment_bytes`, default 20 MB).
    let maxAttachmentBytes: Int
    /// Where fetched content is written: `media/line/` beside the store.
    let mediaFolder: URL
    /// Acknowledges a new conversation from a customer, when configured.
    public var acknowledger: Acknowledger?

    public static let defaultMaxAttachmentBytes = 20 << 20

    public init(store: Store, api: LINEAPI?, maxAttachmentBytes: Int = defaultMaxAttachmentBytes, mediaFolder: URL? = nil) {
        self.store = store
        self.api = api
        self.maxAttachmentBytes = maxAttachmentBytes
        self.mediaFolder = mediaFolder ?? URL(fileURLWithPath: store.path).deletingLastPathComponent().appendingPathComponent("media/line")
    }

    /// Asks LINE first (profiles of new customers, content of new messages), outside any
    /// transaction, then writes all events in one.
    public func importEvents(_ events: [LINEEvent], report: inout Report) throws {
        let fresh = try events.filter { try !store.messageExists(channel: .line, externalID: $0.id) }
        var profiles: [String: LINEAPI.Profile] = [:]
        var attachments: [String: Attachment] = [:]
        if let api {
            // Only events that can make a customer need their name (not a block, a take-back or a group join).
            let newcomers = fresh.filter {
                switch $0.kind {
                case .message, .postback, .follow: return true
                case .unfollow, .unsend, .ignored: return false
                }
            }
            for user in Set(newcomers.map(\.userID)) where try store.customerID(channel: .line, address: user) == nil {
                do { profiles[user] = try api.profile(userID: user) } catch { report.problems.append("\(error)") }
            }
            for event in fresh {
                guard case .message(let message) = event.kind, message.hasContent else { continue }
                do { attachments[event.id] = try fetchContent(message, api: api) } catch {
                    report.problems.append("the \(message.type) of LINE message \(message.id) was not kept: \(error)")
                }
            }
        }
        try store.db.transaction {
            for event in events {
                do {
                    try importEvent(event, profile: profiles[event.userID], attachment: attachments[event.id], report: &report)
                } catch let refusal as ErasedPerson {
                    report.refused.append(refusal.reason)
                }
            }
        }
    }

    struct ErasedPerson: Error {
        var reason: String
    }

    func importEvent(_ event: LINEEvent, profile: LINEAPI.Profile?, attachment: Attachment?, report: inout Report) throws {
        if try store.messageExists(channel: .line, externalID: event.id) {
            report.duplicates += 1
            return
        }
        switch event.kind {
        case .message(let message):
            let isNew = try existingConversation(userID: event.userID) == nil
            let conversation = try conversationFor(userID: event.userID, at: event.timestamp, profile: profile)
            let new = NewMessage(channel: .line, direction: .incoming, externalID: event.id,
                                 fromName: try customerName(userID: event.userID), fromAddress: event.userID,
                                 text: Self.displayText(message), raw: event.raw, sentAt: event.timestamp,
                                 attachments: attachment.map { [$0] } ?? [])
            try appendCounted(new, to: conversation, report: &report)
            if isNew { _ = try acknowledger?.acknowledge(conversationID: conversation, message: new) }
        case .postback(let data, let picked):
            let conversation = try conversationFor(userID: event.userID, at: event.timestamp, profile: profile)
            let text = "[button] \(data)" + (picked.map { " (\($0))" } ?? "")
            try appendCounted(NewMessage(channel: .line, direction: .incoming, externalID: event.id, fromName: try customerName(userID: event.userID),
                                         fromAddress: event.userID, text: text, raw: event.raw, sentAt: event.timestamp), to: conversation, report: &report)
        case .follow(let unblocked):
            // A new friend is someone to greet: the conversation starts with the note.
            let conversation = try conversationFor(userID: event.userID, at: event.timestamp, profile: profile)
            try appendCounted(note(event, unblocked ? "Unblocked the account and is a friend again" : "Added the account as a friend"),
                              to: conversation, report: &report)
        case .unfollow:
            guard let conversation = try existingConversation(userID: event.userID) else { report.ignored += 1; return }
            try appendCounted(note(event, "Blocked the account: replies no longer reach them"), to: conversation, report: &report)
        case .unsend(let messageID):
            // The stored event is keyed by its webhookEventId; the message id is in its JSON.
            try store.db.run("""
                UPDATE messages SET deleted = 1 WHERE channel = 'line' AND direction = 'in' AND instr(CAST(raw AS TEXT), ?) > 0
                """, [.text("\"id\":\"\(messageID)\"")])
            report.updated += store.db.changes
        case .ignored:
            report.ignored += 1
        }
    }

    func note(_ event: LINEEvent, _ text: String) -> NewMessage {
        NewMessage(channel: .line, direction: .note, externalID: event.id, text: text, raw: event.raw, sentAt: event.timestamp)
    }

    func appendCounted(_ message: NewMessage, to conversation: Int64, report: inout Report) throws {
        if let id = try store.append(message, to: conversation) { report.imported.append(id) } else { report.duplicates += 1 }
    }

    /// What the thread shows for each kind of message.
    static func displayText(_ message: LINEMessage) -> String {
        switch message.type {
        case "text":
            return message.text ?? ""
        case "sticker":
            var line = "[sticker]"
            if !message.keywords.isEmpty { line += " " + message.keywords.joined(separator: ", ") }
            if let text = message.text, !text.isEmpty { line += "\n" + text }
            return line
        case "location":
            var parts = [message.title, message.address].compactMap { $0 }.filter { !$0.isEmpty }
            if let latitude = message.latitude, let longitude = message.longitude {
                parts.append("https://maps.google.com/?q=\(latitude),\(longitude)")
            }
            return (["[location]"] + parts).joined(separator: " ")
        case "file":
            return "[file] " + (message.fileName ?? "") + (message.fileSize.map { " (\($0) bytes)" } ?? "")
        case "image", "video", "audio":
            return "[\(message.type)]"
        default:
            return "[a \(message.type) message LINE cannot show here — open the app to see it]"
        }
    }

    /// Writes the content under `media/line/<message id>` (owner-only) and describes it.
    func fetchContent(_ message: LINEMessage, api: LINEAPI) throws -> Attachment {
        let content = try api.content(messageID: message.id, limit: maxAttachmentBytes)
        try FileManager.default.createDirectory(at: mediaFolder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let file = mediaFolder.appendingPathComponent(LINEAPI.pathSegment(message.id))
        guard FileManager.default.createFile(atPath: file.path, contents: Data(content.bytes), attributes: [.posixPermissions: 0o600]) else {
            throw LINEImportError(source: file.path, reason: "cannot be written")
        }
        let name = message.fileName ?? (message.id + Self.fileExtension(content.contentType))
        return Attachment(filename: name, contentType: content.contentType, size: content.bytes.count, locator: "file:" + file.path)
    }

    static func fileExtension(_ contentType: String) -> String {
        switch contentType.split(separator: ";").first.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) ?? "" {
        case "image/jpeg": return ".jpg"
        case "image/png": return ".png"
        case "image/gif": return ".gif"
        case "video/mp4": return ".mp4"
        case "audio/x-m4a", "audio/mp4", "audio/m4a": return ".m4a"
        default: return ""
        }
    }

    func customerName(userID: String) throws -> String {
        try store.db.scalarText("""
            SELECT cu.name FROM identities i JOIN customers cu ON cu.id = i.customer_id WHERE i.channel = 'line' AND i.address = ?
            """, [.text(userID)]) ?? "LINE user"
    }

    func existingConversation(userID: String) throws -> Int64? {
        try store.db.scalarInt("""
            SELECT c.id FROM conversations c JOIN identities i ON i.customer_id = c.customer_id
            WHERE i.channel = 'line' AND i.address = ? AND c.channel = 'line' ORDER BY c.last_message_at DESC LIMIT 1
            """, [.text(userID)])
    }

    /// A LINE chat is one running conversation per customer; a customer's message reopens it.
    func conversationFor(userID: String, at date: Date, profile: LINEAPI.Profile?) throws -> Int64 {
        if let existing = try existingConversation(userID: userID) { return existing }
        let customer: Int64
        if let known = try store.customerID(channel: .line, address: userID) {
            customer = known
        } else {
            if let erased = try store.erasedAt(channel: .line, address: userID), date <= erased {
                throw ErasedPerson(reason: "a LINE message from an erased customer was not imported: sent \(ConversationJSON.iso(date)), erased \(ConversationJSON.iso(erased))")
            }
            let name = profile?.displayName.isEmpty == false ? profile!.displayName : "LINE user …\(userID.suffix(4))"
            customer = try store.addCustomer(name: name)
            try store.addIdentity(customerID: customer, channel: .line, address: userID, displayName: profile?.displayName, language: profile?.language)
        }
        return try store.addConversation(customerID: customer, channel: .line, subject: "", at: date)
    }
}
