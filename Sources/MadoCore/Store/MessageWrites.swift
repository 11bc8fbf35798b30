import Foundation

/// A message about to be stored, from any channel.
public struct NewMessage: Sendable {
    public var channel: Channel
    public var direction: Direction
    public var externalID: String?
    public var fromName: String
    public var fromAddress: String
    public var toAddress: String
    public var subject: String
    public var text: String
    public var raw: [UInt8]?
    public var sentAt: Date
    public var agentID: Int64?
    public var auto: Bool
    public var warnings: [String]
    public var attachments: [Attachment]
    public var inReplyTo: String?
    public var references: [String]
    /// Search text already folded (imports do it on another thread).
    public var preparedSearch: PreparedSearchText?
    /// Worked out ahead by an import's parse thread (see `PreparedMail`): the text is already
    /// cleaned, and the preview line and the sender's search words already made.
    var isCleaned = false
    var preview: String?
    var senderPeople: SearchPeopleWords?

    public init(channel: Channel, direction: Direction, externalID: String? = nil, fromName: String = "", fromAddress: String = "",
                toAddress: String = "", subject: String = "", text: String, raw: [UInt8]? = nil, sentAt: Date,
                agentID: Int64? = nil, auto: Bool = false, warnings: [String] = [], attachments: [Attachment] = [],
                inReplyTo: String? = nil, references: [String] = []) {
        self.channel = channel
        self.direction = direction
        self.externalID = externalID
        self.fromName = fromName
        self.fromAddress = fromAddress
        self.toAddress = toAddress
        self.subject = subject
        self.text = text
        self.raw = raw
        self.sentAt = sentAt
        self.agentID = agentID
        self.auto = auto
        self.warnings = warnings
        self.attachments = attachments
        self.inReplyTo = inReplyTo
        self.references = references
    }

    /// What the store keeps: the customer's words made safe (`CustomerText`). The raw mail is
    /// evidence and stays byte for byte as it came.
    func cleaned() -> NewMessage {
        if isCleaned { return self }
        var clean = self
        clean.isCleaned = true
        clean.fromName = CustomerText.line(fromName)
        clean.subject = CustomerText.line(subject)
        clean.text = CustomerText.block(text)
        clean.warnings = warnings.map(CustomerText.line)
        clean.attachments = attachments.map {
            var attachment = $0
            attachment.filename = CustomerText.line(attachment.filename)
            attachment.contentType = CustomerText.line(attachment.contentType)
            return attachment
        }
        // Search text folded before cleaning would index the remains of escape sequences.
        if clean.subject != subject || clean.text != text { clean.preparedSearch = nil }
        if clean.text != text { clean.preview = nil }
        if clean.fromName != fromName { clean.senderPeople = nil }
        return clean
    }
}

extension Store {
    /// Starts an empty conversation; its first message is added with `append`.
    public func addConversation(customerID: Int64, channel: Channel, subject: String, at date: Date) throws -> Int64 {
        try db.run("""
            INSERT INTO conversations (customer_id, channel, subject, status, created_at, updated_at, last_message_at)
            VALUES (?, ?, ?, 'open', ?, ?, ?)
            """, [.int(customerID), .text(channel.rawValue), .text(CustomerText.line(subject)), .date(date), .date(date), .date(date)])
        return db.lastInsertID
    }

    public func messageExists(channel: Channel, externalID: String) throws -> Bool {
        try db.scalarInt("SELECT 1 FROM messages WHERE channel = ? AND external_id = ?",
                         [.text(channel.rawValue), .text(externalID)]) != nil
    }

    /// Stores a message (its text cleaned, see `NewMessage.cleaned`) and keeps the conversation's
    /// queue fields true: who waits since when, the preview, the first response. A customer's
    /// (non-automatic) message brings a pending, closed or snoozed conversation back to the inbox. Returns nil when the message was already stored.
    /// Run inside a transaction when several writes belong together.
    @discardableResult
    public func append(_ incoming: NewMessage, to conversationID: Int64) throws -> Int64? {
        try append(incoming, to: conversationID, awaitingDelivery: false)
    }

    /// `awaitingDelivery`: a reply going into the outbox. It answers the customer only once it has
    /// really left (`markSent`); until then the conversation keeps waiting.
    /// `knownNew`: the caller looked for the message's external id in this same transaction.
    func append(_ incoming: NewMessage, to conversationID: Int64, awaitingDelivery: Bool, knownNew: Bool = false) throws -> Int64? {
        let message = incoming.cleaned()
        if !knownNew, let externalID = message.externalID, try messageExists(channel: message.channel, externalID: externalID) {
            return nil
        }
        let messageID = try insertMessageRows(message, conversationID: conversationID)
        // A message older than what the conversation already holds (past mail imported out of order,
        // a Sent folder before the inbox): its segments are replayed from the history once it is in.
        let person = !message.auto && message.direction != .note && !awaitingDelivery
        let before = try ConversationBefore(conversationID, db: db)
        let outOfOrder = person && before.lastMessageAt > message.sentAt.unixSeconds
        try updateQueueFields(conversationID: conversationID, messageID: messageID, after: message, awaitingDelivery: awaitingDelivery,
                              before: before)
        if outOfOrder { try SegmentBackfill.rebuild(db, conversationID: conversationID) }
        return messageID
    }

    /// The message's own rows: the message, its search rows (held back during a batch, see
    /// `DeferredSearchIndex`) and its attachments. The conversation's fields are the caller's job.
    /// `customerWords`: what `SearchIndex.people` would read for the conversation's customer, when
    /// the caller knows it already (a customer it made a moment ago).
    func insertMessageRows(_ message: NewMessage, conversationID: Int64, customerWords: [String]? = nil) throws -> Int64 {
        try db.run("""
            INSERT INTO messages (conversation_id, channel, direction, external_id, from_name, from_address, to_address,
                                  subject, text, raw, sent_at, received_at, agent_id, auto, warnings, in_reply_to, refs)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.int(conversationID), .text(message.channel.rawValue), .text(message.direction.rawValue),
                  .optional(message.externalID), .text(message.fromName), .text(message.fromAddress),
                  .text(message.toAddress), .text(message.subject), .text(message.text),
                  message.raw.map { .blob($0) } ?? .null, .date(message.sentAt), .int(now), .optional(message.agentID),
                  .int(message.auto ? 1 : 0), .text(message.warnings.joined(separator: "\n")),
                  .optional(message.inReplyTo), .text(message.references.joined(separator: " "))])
        let messageID = db.lastInsertID
        let people = try customerWords.map { (message.senderPeople ?? SearchPeopleWords([message.fromName, message.fromAddress])).adding($0) }
            ?? SearchIndex.people(conversationID: conversationID, fromName: message.fromName, fromAddress: message.fromAddress, db: db,
                                  sender: message.senderPeople)
        if deferredSearch.isOn {
            deferredSearch.hold(.init(messageID: messageID, subject: message.subject, text: message.text, people: people,
                                      prepared: message.preparedSearch))
        } else {
            try SearchIndex.add(messageID: messageID, subject: message.subject, text: message.text, people: people, db: db,
                                prepared: message.preparedSearch)
        }
        for attachment in message.attachments {
            try db.run("INSERT INTO attachments (message_id, filename, content_type, size, locator) VALUES (?, ?, ?, ?, ?)",
                       [.int(messageID), .text(attachment.filename), .text(attachment.contentType),
                        .int(Int64(attachment.size)), .text(attachment.locator)])
        }
        return messageID
    }

    /// The conversation's fields a new message is weighed against, read once before it changes them.
    private struct ConversationBefore {
        var lastMessageAt: Int64 = 0
        var status = ""
        var snoozedUntil: Int64?

        init(_ conversationID: Int64, db: Database) throws {
            try db.query("SELECT last_message_at, status, snoozed_until FROM conversations WHERE id = ?", [.int(conversationID)]) {
                lastMessageAt = $0.optionalInt(0) ?? 0
                status = $0.text(1)
                snoozedUntil = $0.optionalInt(2)
            }
        }
    }

    private func updateQueueFields(conversationID: Int64, messageID: Int64, after message: NewMessage, awaitingDelivery: Bool,
                                   before: ConversationBefore) throws {
        let sent = message.sentAt.unixSeconds
        var isRating = false
        if message.direction == .incoming && !message.auto {
            let status = ConversationStatus(rawValue: before.status) ?? .open
            // "5" in answer to a closing reply's rating request is a rating, not a reason to reopen.
            isRating = try recordRatingIfAnswer(conversationID: conversationID, messageID: messageID, text: message.text, at: sent, status: status)
            if !isRating { try segmentCustomerWrote(conversationID: conversationID, messageID: messageID, at: sent, status: status) }
        }
        switch message.direction {
        case .incoming where !message.auto && !isRating:
            // The common case in one statement: imports write this for every customer message.
            try db.run("""
                UPDATE conversations SET message_count = message_count + 1, last_message_at = max(last_message_at, ?), updated_at = ?,
                    waiting_since = coalesce(waiting_since, ?), unread = 1, preview = ? WHERE id = ?
                """, [.int(sent), .int(now), .int(sent), .text(message.preview ?? Store.previewLine(message.text)), .int(conversationID)])
            try wakeUp(conversationID: conversationID, status: before.status, snoozedUntil: before.snoozedUntil)
            return
        default:
            try db.run("""
                UPDATE conversations SET message_count = message_count + 1,
                    last_message_at = max(last_message_at, ?), updated_at = ? WHERE id = ?
                """, [.int(sent), .int(now), .int(conversationID)])
        }
        switch message.direction {
        case .incoming, .note:
            break
        case .outgoing where message.auto:
            break   // an automatic acknowledgement answers nobody: the customer still waits for a person
        case .outgoing where awaitingDelivery:
            break   // not sent yet: `markSent` answers the customer when it has left
        case .outgoing:
            try segmentReplyLeft(conversationID: conversationID, at: sent, agentID: message.agentID, text: message.text)
            try db.run("""
                UPDATE conversations SET waiting_since = NULL,
                    first_response_at = coalesce(first_response_at, ?) WHERE id = ?
                """, [.int(sent), .int(conversationID)])
        }
        // A conversation without a customer line yet still needs something to show in the list.
        try db.run("UPDATE conversations SET preview = ? WHERE id = ? AND preview = ''",
                   [.text(message.preview ?? Store.previewLine(message.text)), .int(conversationID)])
    }

    /// An Instagram message's reactions, one emoji a line; they came from outside like any text.
    public func setReactions(_ reactions: [String], messageID: Int64) throws {
        let clean = reactions.map(CustomerText.line).filter { !$0.isEmpty }
        try db.run("UPDATE messages SET reactions = ? WHERE id = ?", [.text(clean.joined(separator: "\n")), .int(messageID)])
    }

    /// The customer wrote: whatever we parked comes back, and the audit log says why.
    /// `status` and `snoozedUntil`: the conversation's, as they were before the message came.
    private func wakeUp(conversationID: Int64, status: String, snoozedUntil snoozed: Int64?) throws {
        if status != ConversationStatus.open.rawValue {
            try db.run("UPDATE conversations SET status = 'open', closed_at = NULL WHERE id = ?", [.int(conversationID)])
            try recordEvent(conversationID: conversationID, agent: nil, automatic: true, kind: "status", before: status, after: "open")
        }
        if let snoozed, snoozed > now {
            try db.run("UPDATE conversations SET snoozed_until = NULL WHERE id = ?", [.int(conversationID)])
            try recordEvent(conversationID: conversationID, agent: nil, automatic: true, kind: "snooze",
                            before: String(snoozed), after: nil)
        }
    }

    /// The first non-empty line, trimmed: what the list shows for subject-less channels.
    static func previewLine(_ text: String) -> String {
        // Line by line from the top: a long mail is not split into all its lines to find the first.
        var rest = Substring(text)
        while !rest.isEmpty {
            let end = rest.firstIndex(where: \.isNewline) ?? rest.endIndex
            let trimmed = rest[..<end].trimmingWhitespace()
            if !trimmed.isEmpty && !trimmed.hasPrefix(">") { return String(trimmed.prefix(200)) }
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : ""
        }
        return ""
    }
}
