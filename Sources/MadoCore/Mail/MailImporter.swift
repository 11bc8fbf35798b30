import Foundation

/// Brings mail into the store: finds (or creates) the customer by address, threads the message
/// into its conversation, and stores the raw bytes beside the readable text. The same mail twice
/// adds nothing; a mail no parser could make sense of is still stored, with warnings.
public final class MailImporter {
    public enum Outcome: Equatable {
        case imported(messageID: Int64, conversationID: Int64)
        case duplicate
        /// Mail from a person who was erased, sent before the erasure: skipped, not stored, so the
        /// import does not silently bring them back. The reason names the address (the file has it anyway).
        case erasedCustomer(reason: String)
    }

    let store: Store
    /// The shop's own addresses: mail from them is our side of the conversation.
    let shopAddresses: Set<String>
    /// How far back a subject-only match may reach.
    let subjectWindow: TimeInterval = 14 * 86400
    /// Acknowledges a new conversation from a customer, when configured.
    public var acknowledger: Acknowledger?
    /// Works out what needs no store; an import's parse thread uses it too.
    public let preparer: MailPreparer
    /// Thread keys of conversations met as candidates in this import.
    private var threadKeys = ThreadKeyCache()

    public init(store: Store, shopAddresses: [String]) {
        self.store = store
        self.shopAddresses = Set(shopAddresses.map { $0.lowercased().trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        preparer = MailPreparer(shopAddresses: self.shopAddresses)
    }

    /// The shop addresses from the config (`[shop] addresses = a@x, b@y`) and the agents' own.
    public convenience init(store: Store, config: Config) throws {
        let configured = (config["shop.addresses"] ?? "").split(separator: ",").map(String.init)
        let agents = try store.agents().compactMap(\.email)
        self.init(store: store, shopAddresses: configured + agents)
    }

    public func importMail(_ bytes: [UInt8], receivedAt: Date) throws -> (Outcome, ParsedMail) {
        try importParsed(MailParser.parse(bytes), raw: bytes, receivedAt: receivedAt)
    }

    /// For importers that parse on another thread: the store work only.
    public func importParsed(_ mail: ParsedMail, raw bytes: [UInt8], receivedAt: Date,
                             search: PreparedSearchText? = nil) throws -> (Outcome, ParsedMail) {
        try importParsed(mail, raw: bytes, receivedAt: receivedAt, search: search, ownTransaction: true)
    }

    /// `ownTransaction: false` only inside a caller's transaction that is undone whole when this
    /// throws (a batch, see `MailImportBatch`): no savepoint per mail then. Each savepoint makes
    /// FTS5 write its pending index out as a new segment (merged again later) and SQLite copy every
    /// page the mail touches into a sub-journal: together most of an import's time.
    func importParsed(_ mail: ParsedMail, raw bytes: [UInt8], receivedAt: Date,
                      search: PreparedSearchText?, ownTransaction: Bool) throws -> (Outcome, ParsedMail) {
        try importPrepared(preparer.prepare(mail, raw: bytes, receivedAt: receivedAt, search: search), ownTransaction: ownTransaction)
    }

    /// The store's part of an import, for a mail already worked out (see `PreparedMail`).
    func importPrepared(_ prepared: PreparedMail, ownTransaction: Bool) throws -> (Outcome, ParsedMail) {
        let mail = prepared.mail
        if try store.messageExists(channel: .email, externalID: prepared.externalID) { return (.duplicate, mail) }
        // Looked up once in a batch: the erasure check and the customer both need it.
        let known = try store.customerID(channel: .email, address: prepared.counterpartAddress)
        if let refused = try erasedSender(prepared.counterpartAddress, sentAt: prepared.sentAt, known: known) {
            return (.erasedCustomer(reason: refused), mail)
        }
        func write() throws -> (Outcome, ParsedMail) {
            // In a transaction of its own the customer is looked up again under the write lock:
            // another process may have added them since.
            let (customerID, newCustomerWords) = try resolveCustomer(
                for: prepared.counterpart, automatic: mail.isAuto || mail.isBounce || prepared.counterpartIsAutomatic,
                known: ownTransaction ? Int64??.none : .some(known), addressChecked: true)
            // A customer made just now has no conversation to continue by subject.
            let found = try threadedConversation(mail, threadKey: prepared.threadKey, customerID: customerID, at: prepared.sentAt,
                                                 bySubject: newCustomerWords == nil)
            let isNew = found == nil
            let conversationID: Int64, messageID: Int64
            if let found {
                // Inside a batch the check above ran in this same transaction: no need to look again.
                guard let appended = try store.append(prepared.message, to: found, awaitingDelivery: false,
                                                      knownNew: !ownTransaction) else { return (.duplicate, mail) }
                (conversationID, messageID) = (found, appended)
            } else {
                // Auto mail and our own copies never open a conversation by themselves.
                let closed = mail.isAuto || prepared.outgoing
                let subject = mail.subject.isEmpty ? "(no subject)" : mail.subject
                // In a batch the conversation row is written once, with its first message (see
                // `Store.startConversation`); a mail in a transaction of its own goes the long way,
                // which also looks again for the message under the write lock.
                if !ownTransaction {
                    (conversationID, messageID) = try store.startConversation(customerID: customerID, channel: .email, subject: subject,
                                                                              at: prepared.sentAt, firstMessage: prepared.message, closed: closed,
                                                                              newCustomerWords: newCustomerWords)
                } else {
                    conversationID = try store.addConversation(customerID: customerID, channel: .email, subject: subject, at: prepared.sentAt)
                    if closed {
                        try store.db.run("UPDATE conversations SET status = 'closed', closed_at = ? WHERE id = ?",
                                         [.date(prepared.sentAt), .int(conversationID)])
                    }
                    guard let appended = try store.append(prepared.message, to: conversationID, awaitingDelivery: false) else {
                        return (.duplicate, mail)
                    }
                    messageID = appended
                }
                if !mail.subject.isEmpty {
                    threadKeys.remember(conversationID: conversationID, subject: CustomerText.line(subject), key: prepared.threadKey)
                }
            }
            if isNew && !prepared.outgoing && !mail.isAuto && !mail.isBounce {
                _ = try acknowledger?.acknowledge(conversationID: conversationID, message: prepared.message)
            }
            return (.imported(messageID: messageID, conversationID: conversationID), mail)
        }
        return try ownTransaction ? store.db.transaction(write) : write()
    }

    /// Why this mail must not be imported, when it is an old mail (sent before the erasure) from an
    /// address whose person was erased and that nobody holds again since. Mail written after the
    /// erasure is a new contact and is imported as usual.
    /// `known` is the customer who holds the address now, when the caller looked already.
    func erasedSender(_ address: String, sentAt: Date, known: Int64?? = nil) throws -> String? {
        let normalized = address.trimmingWhitespace()
        guard try known ?? store.customerID(channel: .email, address: normalized) == nil,
              let erased = try store.erasedAt(channel: .email, address: normalized), sentAt <= erased else { return nil }
        return "a mail from an erased customer was not imported: \(normalized), sent \(ConversationJSON.iso(sentAt)), erased \(ConversationJSON.iso(erased))"
    }

    /// The customer who owns this address, or a new one named as the mail names them. Automatic
    /// mail from an unknown sender, no-reply addresses and the shop's own never make a customer.
    /// `addressChecked`: `automatic` already says whether the address itself is an automatic or shop one.
    func customer(for address: MailAddress, automatic: Bool = false, known: Int64?? = nil, addressChecked: Bool = false) throws -> Int64 {
        try resolveCustomer(for: address, automatic: automatic, known: known, addressChecked: addressChecked).id
    }

    /// The customer, and when this made them, the words their new rows give the search index
    /// (name, address, handle, display name: what `SearchIndex.people` would read back).
    func resolveCustomer(for address: MailAddress, automatic: Bool, known: Int64??, addressChecked: Bool) throws -> (id: Int64, newWords: [String]?) {
        let normalized = address.address.trimmingWhitespace()
        if let id = try known ?? store.customerID(channel: .email, address: normalized) { return (id, nil) }
        if automatic || !addressChecked && (AutoMail.isAutomaticAddress(normalized) || shopAddresses.contains(normalized.lowercased())) {
            return (try store.automaticMailCustomer(), nil)
        }
        let name = address.name.flatMap { $0.isEmpty ? nil : $0 } ?? String(normalized.split(separator: "@").first ?? Substring(normalized))
        let id = try store.addCustomer(name: name)
        try store.addIdentity(customerID: id, channel: .email, address: normalized, displayName: address.name)
        return (id, [CustomerText.line(name), normalized, "", address.name.map(CustomerText.line) ?? ""])
    }

    /// In-Reply-To and References first; then the same subject from the same customer within 14 days.
    func threadedConversation(_ mail: ParsedMail, threadKey key: String? = nil, customerID: Int64, at date: Date,
                              bySubject: Bool = true) throws -> Int64? {
        for id in (mail.inReplyTo + mail.references.reversed()) {
            if let conversation = try store.db.scalarInt(
                "SELECT conversation_id FROM messages WHERE channel = 'email' AND external_id = ?", [.text(id)]) {
                return conversation
            }
        }
        guard bySubject else { return nil }
        let key = key ?? SubjectNormalizer.threadKey(mail.subject)
        guard !key.isEmpty else { return nil }
        var match: Int64?
        let keyHash = ThreadKeyCache.hash32(key)
        try store.db.query("""
            SELECT id, subject FROM conversations
            WHERE customer_id = ? AND channel = 'email' AND last_message_at >= ? AND created_at <= ?
            ORDER BY last_message_at DESC
            """, [.int(customerID), .date(date.addingTimeInterval(-subjectWindow)), .date(date.addingTimeInterval(subjectWindow))]) { row in
            guard match == nil else { return }
            let subject = row.text(1)
            // Different hashes are different keys; equal ones are confirmed on the key itself.
            if threadKeys.keyHash(conversationID: row.int(0), subject: subject) == keyHash
                && SubjectNormalizer.threadKey(subject) == key { match = row.int(0) }
        }
        return match
    }
}
