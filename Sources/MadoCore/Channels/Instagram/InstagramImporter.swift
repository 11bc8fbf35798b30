import Foundation

/// Brings Instagram direct messages into the store: the customer by Instagram-scoped id, one
/// running conversation per customer, the shop's own messages (echoes, or the account in an
/// export) as outgoing. A payload delivered twice adds nothing: the mid is unique.
public final class InstagramImporter {
    public struct Report: Sendable, Equatable {
        public var imported: [Int64] = []
        public var updated = 0
        public var duplicates = 0
        /// Messages from a person who was erased, sent before the erasure: not stored, said why.
        public var refused: [String] = []
        public init() {}
    }

    let store: Store
    /// The shop's own Instagram account, by id or name.
    let account: String?
    /// Acknowledges a new conversation from a customer, when configured.
    public var acknowledger: Acknowledger?

    public init(store: Store, account: String?) {
        self.store = store
        self.account = account
    }

    public func importEvents(_ events: [InstagramEvent], report: inout Report) throws {
        try store.db.transaction {
            for event in events {
                do {
                    try importEvent(event, report: &report)
                } catch let refusal as ErasedPerson {
                    report.refused.append(refusal.reason)
                }
            }
        }
    }

    /// Someone whose data was erased is not recreated from an old payload or export: thrown before
    /// anything of the event is written, and reported instead.
    struct ErasedPerson: Error {
        var reason: String
    }

    func importEvent(_ event: InstagramEvent, report: inout Report) throws {
        switch event {
        case .message(let message):
            let customerID = message.isEcho ? message.recipientID : message.senderID
            let isNew = try existingConversation(scopedID: customerID) == nil
            let conversation = try conversationFor(scopedID: customerID, at: message.timestamp)
            if message.isEcho, let text = message.text, try store.adoptInstagramEcho(mid: message.mid, conversationID: conversation, text: text) {
                report.duplicates += 1
                return
            }
            let new = NewMessage(
                channel: .instagram, direction: message.isEcho ? .outgoing : .incoming, externalID: message.mid,
                fromName: message.isEcho ? (account ?? "") : try customerName(scopedID: customerID),
                fromAddress: message.senderID, toAddress: message.recipientID,
                text: try displayText(message), sentAt: message.timestamp,
                attachments: message.attachments.map {
                    Attachment(filename: $0.title ?? $0.type, contentType: "instagram/" + $0.type, size: 0, locator: $0.url)
                })
            if let id = try store.append(new, to: conversation) {
                report.imported.append(id)
                if isNew && !message.isEcho { _ = try acknowledger?.acknowledge(conversationID: conversation, message: new) }
            } else {
                report.duplicates += 1
            }
        case .deletion(let mid, _, _, _):
            try store.db.run("UPDATE messages SET deleted = 1 WHERE channel = 'instagram' AND external_id = ?", [.text(mid)])
            report.updated += store.db.changes
            // The list should not keep showing words the customer took back.
            if let conversation = try store.db.scalarInt("SELECT conversation_id FROM messages WHERE channel = 'instagram' AND external_id = ?", [.text(mid)]) {
                let latest = try store.db.scalarText("""
                    SELECT text FROM messages WHERE conversation_id = ? AND direction = 'in' AND deleted = 0 ORDER BY sent_at DESC, id DESC LIMIT 1
                    """, [.int(conversation)]) ?? ""
                try store.db.run("UPDATE conversations SET preview = ? WHERE id = ?", [.text(Store.previewLine(latest)), .int(conversation)])
            }
        case .reaction(let mid, _, _, let react, let emoji, _):
            var target: (id: Int64, reactions: String)?
            try store.db.query("SELECT id, reactions FROM messages WHERE channel = 'instagram' AND external_id = ?", [.text(mid)]) {
                target = ($0.int(0), $0.text(1))
            }
            guard let target else { return }
            var reactions = target.reactions.split(separator: "\n").map(String.init)
            if react { reactions.append(emoji) } else if let index = reactions.lastIndex(of: emoji) ?? reactions.indices.last { reactions.remove(at: index) }
            try store.setReactions(reactions, messageID: target.id)
            report.updated += 1
        case .read(let mid, let reader, _, let timestamp):
            // The customer has seen our messages up to this one (or up to this time).
            let conversation = try store.db.scalarInt("""
                SELECT c.id FROM conversations c JOIN identities i ON i.customer_id = c.customer_id
                WHERE i.channel = 'instagram' AND i.address = ? AND c.channel = 'instagram' ORDER BY c.last_message_at DESC LIMIT 1
                """, [.text(reader)])
            guard let conversation else { return }
            let until = try store.db.scalarInt("SELECT sent_at FROM messages WHERE channel = 'instagram' AND external_id = ?", [.text(mid)])
                ?? timestamp.unixSeconds
            try store.db.run("UPDATE messages SET seen_at = ? WHERE conversation_id = ? AND direction = 'out' AND seen_at IS NULL AND sent_at <= ?",
                             [.date(timestamp), .int(conversation), .int(until)])
            report.updated += store.db.changes
        case .postback(let mid, let sender, let recipient, let title, let payload, let timestamp):
            try importEvent(.message(InstagramMessage(mid: mid, senderID: sender, recipientID: recipient, timestamp: timestamp,
                                                      text: "[button] \(title)" + (payload.isEmpty ? "" : " (\(payload))"))), report: &report)
        case .referral(let sender, _, let source, let type, let ref, let timestamp):
            guard let conversation = try existingConversation(scopedID: sender) else { return }
            try store.append(NewMessage(channel: .instagram, direction: .note, externalID: "referral:\(sender):\(timestamp.unixSeconds)",
                                        text: "Came from \(source.lowercased()) \(type.lowercased()) \(ref)".trimmingCharacters(in: .whitespaces),
                                        sentAt: timestamp), to: conversation)
        }
    }

    /// Readable lines for what is not plain text: attachments, story replies, replies, unsupported.
    func displayText(_ message: InstagramMessage) throws -> String {
        var lines: [String] = []
        if let story = message.storyReplyURL { lines.append("↩ replied to your story" + (story.isEmpty ? "" : ": \(story)")) }
        if let replyTo = message.replyToMID {
            let quoted = try store.db.scalarText("SELECT text FROM messages WHERE channel = 'instagram' AND external_id = ?", [.text(replyTo)])
            lines.append("↩ reply to: " + (quoted.map { String($0.prefix(80)) } ?? "an earlier message"))
        }
        if let text = message.text, !text.isEmpty { lines.append(text) }
        for attachment in message.attachments {
            let label: String
            switch attachment.type {
            case "share": label = "[shared post]"
            case "story_mention": label = "[mentioned you in their story]"
            case "reel", "ig_reel": label = "[reel]"
            default: label = "[\(attachment.type)]"
            }
            lines.append([label, attachment.title, attachment.url.isEmpty ? nil : attachment.url].compactMap { $0 }.joined(separator: " "))
        }
        if message.isUnsupported || lines.isEmpty { lines.append("[a message Instagram cannot show here — open the app to see it]") }
        return lines.joined(separator: "\n")
    }

    /// What a new customer is called until their profile is known.
    static func placeholderName(scopedID: String) -> String { "Instagram user …\(scopedID.suffix(4))" }

    func customerName(scopedID: String) throws -> String {
        try store.db.scalarText("""
            SELECT cu.name FROM identities i JOIN customers cu ON cu.id = i.customer_id WHERE i.channel = 'instagram' AND i.address = ?
            """, [.text(scopedID)]) ?? "Instagram user"
    }

    /// Messages from before an erasure, from an id nobody holds again, are refused.
    func refuseErasedPerson(scopedID: String, sentAt: Date) throws {
        guard let erased = try store.erasedAt(channel: .instagram, address: scopedID), sentAt <= erased else { return }
        throw ErasedPerson(reason: "an Instagram message from an erased customer was not imported: sent \(ConversationJSON.iso(sentAt)), erased \(ConversationJSON.iso(erased))")
    }

    func existingConversation(scopedID: String) throws -> Int64? {
        try store.db.scalarInt("""
            SELECT c.id FROM conversations c JOIN identities i ON i.customer_id = c.customer_id
            WHERE i.channel = 'instagram' AND i.address = ? AND c.channel = 'instagram' ORDER BY c.last_message_at DESC LIMIT 1
            """, [.text(scopedID)])
    }

    /// A DM thread is one running conversation per customer; a customer's message reopens it.
    func conversationFor(scopedID: String, at date: Date, name: String? = nil) throws -> Int64 {
        if let existing = try existingConversation(scopedID: scopedID) { return existing }
        let customer: Int64
        if let known = try store.customerID(channel: .instagram, address: scopedID) {
            customer = known
        } else {
            try refuseErasedPerson(scopedID: scopedID, sentAt: date)
            customer = try store.addCustomer(name: name ?? InstagramImporter.placeholderName(scopedID: scopedID))
            try store.addIdentity(customerID: customer, channel: .instagram, address: scopedID, displayName: name)
        }
        return try store.addConversation(customerID: customer, channel: .instagram, subject: "", at: date)
    }

    /// An export thread: names instead of ids, so the customer's identity is their name in the export.
    public func importExport(_ thread: ExportReader.Thread, report: inout Report) throws {
        do {
            try importExportThread(thread, report: &report)
        } catch let refusal as ErasedPerson {
            report.refused.append(refusal.reason)
        }
    }

    private func importExportThread(_ thread: ExportReader.Thread, report: inout Report) throws {
        try store.db.transaction {
            let scopedID = "export:" + thread.customerName
            let conversation = try conversationFor(scopedID: scopedID, at: thread.messages.first?.timestamp ?? Date(), name: thread.customerName)
            for message in thread.messages {
                var text = message.text
                for attachment in message.attachments { text += (text.isEmpty ? "" : "\n") + "[\(attachment.type)] " + attachment.url }
                let new = NewMessage(channel: .instagram, direction: message.fromAccount ? .outgoing : .incoming, externalID: message.id,
                                     fromName: message.senderName, fromAddress: message.fromAccount ? (account ?? "") : scopedID,
                                     text: text.isEmpty ? "[empty message]" : text, sentAt: message.timestamp,
                                     attachments: message.attachments.map {
                                         Attachment(filename: ($0.url as NSString).lastPathComponent, contentType: "instagram/" + $0.type, size: 0, locator: $0.url)
                                     })
                if let id = try store.append(new, to: conversation) {
                    report.imported.append(id)
                    if !message.reactions.isEmpty {
                        try store.setReactions(message.reactions, messageID: id)
                    }
                } else {
                    report.duplicates += 1
                }
            }
        }
    }
}
