import Foundation

/// What the store holds about one person, and the two ways of letting go of it: suppression (kept,
/// not used) and erasure (gone, with only the fact and salted hashes of the identities left).
extension Store {
    /// The customer and everyone merged into them (a merged-away row is the same person).
    func personIDs(_ customerID: Int64) throws -> [Int64] {
        try db.rows("""
            WITH RECURSIVE person(id) AS (SELECT ?1 UNION SELECT c.id FROM customers c JOIN person p ON c.merged_into = p.id)
            SELECT id FROM person ORDER BY id
            """, [.int(customerID)]) { $0.int(0) }
    }

    private static func list(_ ids: [Int64]) -> String { ids.isEmpty ? "NULL" : ids.map(String.init).joined(separator: ", ") }

    /// Orders that are this person's: attached by id, or unattached with one of their email addresses.
    private func personOrderIDs(_ ids: [Int64]) throws -> [Int64] {
        let people = Self.list(ids)
        return try db.rows("""
            SELECT id FROM orders WHERE customer_id IN (\(people)) OR (customer_id IS NULL AND email IN
                (SELECT address FROM identities WHERE customer_id IN (\(people)) AND channel = 'email')) ORDER BY id
            """) { $0.int(0) }
    }

    /// What an erasure of this customer would remove, counted, for the question before it.
    public func erasureCounts(ofCustomer customerID: Int64) throws -> ErasureCounts {
        let ids = try personIDs(customerID)
        let people = Self.list(ids)
        let conversations = "SELECT id FROM conversations WHERE customer_id IN (\(people))"
        let messages = "SELECT id FROM messages WHERE conversation_id IN (\(conversations))"
        let orders = Self.list(try personOrderIDs(ids))
        func count(_ sql: String) throws -> Int { Int(try db.scalarInt(sql) ?? 0) }
        return ErasureCounts(
            conversations: try count("SELECT count(*) FROM (\(conversations))"),
            messages: try count("SELECT count(*) FROM (\(messages))"),
            attachments: try count("SELECT count(*) FROM attachments WHERE message_id IN (\(messages))"),
            identities: try count("SELECT count(*) FROM identities WHERE customer_id IN (\(people))"),
            orders: try count("SELECT count(*) FROM orders WHERE id IN (\(orders))"),
            orderItems: try count("SELECT count(*) FROM order_items WHERE order_id IN (\(orders))"),
            notes: try count("SELECT count(*) FROM customers WHERE id IN (\(people)) AND notes <> ''"),
            alternatives: try count("SELECT count(*) FROM customer_alternatives WHERE customer_id IN (\(people)) OR from_customer_id IN (\(people))"),
            drafts: try count("SELECT count(*) FROM drafts WHERE conversation_id IN (\(conversations))"),
            shopRecords: try count("SELECT count(*) FROM shop_customers WHERE customer_id IN (\(people))"))
    }

    /// The store's salt for identity hashes: made once, on first need, and never shown.
    func privacySalt() throws -> [UInt8] {
        var salt: [UInt8]?
        try db.query("SELECT salt FROM privacy_salt WHERE id = 1") { salt = $0.blob(0) }
        if let salt { return salt }
        var generator = SystemRandomNumberGenerator()
        let fresh = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        try db.run("INSERT INTO privacy_salt (id, salt) VALUES (1, ?)", [.blob(fresh)])
        return fresh
    }

    /// An identity as an erasure keeps it: HMAC-SHA256 of "channel:address" (lower case) under the salt.
    func identityHash(channel: Channel, address: String, salt: [UInt8]) -> String {
        let key = channel.rawValue + ":" + address.trimmingCharacters(in: .whitespaces).lowercased()
        return HMACSHA256.digest(key: salt, message: Array(key.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// When the person behind this address was erased, if they were.
    public func erasedAt(channel: Channel, address: String) throws -> Date? {
        guard try db.scalarInt("SELECT count(*) FROM erased_identities") ?? 0 > 0 else { return nil }
        let hash = identityHash(channel: channel, address: address, salt: try privacySalt())
        return try db.scalarInt("SELECT erased_at FROM erased_identities WHERE hash = ?", [.text(hash)]).map(Date.init(unixSeconds:))
    }

    /// Removes everything held about a person in one transaction (see README, "Privacy"). Kept:
    /// the customer row, emptied and marked erased; the conversations and messages as empty shells
    /// (times, directions, statuses — what reports count); an audit event saying who erased whom
    /// and when; salted hashes of the identities. Audit text that quoted the person is replaced
    /// by '(erased)'.
    @discardableResult
    public func eraseCustomer(_ customerID: Int64, by agent: Agent?) throws -> ErasureCounts {
        // Freed pages are overwritten with zeros, so deleted text does not linger in the file.
        try db.execute("PRAGMA secure_delete = ON")
        // Content kept as files beside the store (LINE's pictures, files): removed once the rows are gone.
        var keptFiles: [String] = []
        let counts: ErasureCounts = try write {
            guard let customer = try customer(id: customerID) else { throw StoreError.notFound("Customer \(customerID)") }
            if let into = customer.mergedInto {
                throw StoreError.invalid("Customer \(customerID) was merged into customer \(into); erase customer \(into) (the whole person) instead.")
            }
            if try db.scalarInt("SELECT automatic FROM customers WHERE id = ?", [.int(customerID)]) == 1 {
                throw StoreError.invalid("Customer \(customerID) holds automatic mail, not a person; there is nobody to erase.")
            }
            if try db.scalarInt("SELECT erased_at FROM customers WHERE id = ?", [.int(customerID)]) != nil {
                throw StoreError.invalid("Customer \(customerID) is already erased.")
            }
            let counts = try erasureCounts(ofCustomer: customerID)
            let ids = try personIDs(customerID)
            let people = Self.list(ids)
            let orders = Self.list(try personOrderIDs(ids))
            let conversationIDs = try db.rows("SELECT id FROM conversations WHERE customer_id IN (\(people)) ORDER BY id") { $0.int(0) }
            let conversations = Self.list(conversationIDs)
            let messages = "SELECT id FROM messages WHERE conversation_id IN (\(conversations))"

            let salt = try privacySalt()
            let identities = try db.rows("SELECT channel, address FROM identities WHERE customer_id IN (\(people))") {
                (try $0.channel(0, table: "identities"), $0.text(1))
            }
            for (channel, address) in identities {
                try db.run("INSERT OR IGNORE INTO erased_identities (hash, channel, erased_at) VALUES (?, ?, ?)",
                           [.text(identityHash(channel: channel, address: address, salt: salt)), .text(channel.rawValue), .int(now)])
            }
            // Audit text that named them goes before the rows it was about.
            try redactEvents(aboutCustomers: ids)

            keptFiles = try db.rows("SELECT locator FROM attachments WHERE message_id IN (\(messages)) AND locator LIKE 'file:%'") {
                String($0.text(0).dropFirst(5))
            }
            try db.execute("""
                DELETE FROM search_trigram WHERE rowid IN (\(messages));
                DELETE FROM search_grams WHERE rowid IN (\(messages));
                DELETE FROM attachments WHERE message_id IN (\(messages));
                UPDATE outbox SET payload = x'', last_error = NULL,
                    state = CASE WHEN state IN ('queued', 'failed') THEN 'failed' ELSE state END
                    WHERE message_id IN (\(messages));
                UPDATE messages SET from_name = '', from_address = '', to_address = '', subject = '', text = '', raw = NULL,
                    warnings = '', in_reply_to = NULL, refs = '', reactions = '', external_id = NULL
                    WHERE conversation_id IN (\(conversations));
                DELETE FROM drafts WHERE conversation_id IN (\(conversations));
                DELETE FROM presence WHERE conversation_id IN (\(conversations));
                UPDATE conversations SET subject = '', preview = '' WHERE id IN (\(conversations));
                DELETE FROM order_changes WHERE order_id IN (\(orders));
                DELETE FROM order_items WHERE order_id IN (\(orders));
                DELETE FROM orders WHERE id IN (\(orders));
                DELETE FROM shop_customers WHERE customer_id IN (\(people));
                DELETE FROM customer_alternatives WHERE customer_id IN (\(people)) OR from_customer_id IN (\(people));
                UPDATE customer_merges SET before_name = '', before_notes = '', before_notes_by = NULL, after_name = '', after_notes = ''
                    WHERE keep_id IN (\(people)) OR other_id IN (\(people));
                DELETE FROM identities WHERE customer_id IN (\(people));
                """)
            try db.run("""
                UPDATE customers SET name = 'Erased customer', notes = '', notes_by = NULL, notes_at = NULL,
                    suppressed_at = NULL, suppressed_by = NULL, erased_at = ? WHERE id IN (\(people))
                """, [.int(now)])
            // Open threads of an erased person leave the queue: nobody can answer an empty shell.
            for conversation in conversationIDs {
                guard let status = try db.scalarText("SELECT status FROM conversations WHERE id = ?", [.int(conversation)]),
                      status != "closed" else { continue }
                try db.run("UPDATE conversations SET status = 'closed', closed_at = ?, waiting_since = NULL, snoozed_until = NULL WHERE id = ?",
                           [.int(now), .int(conversation)])
                try recordEvent(conversationID: conversation, agent: agent, kind: "status", before: status, after: "closed")
            }
            try recordEvent(conversationID: nil, agent: agent, kind: "customer.erase", before: nil,
                            after: "customer \(customerID) erased: \(counts.summary)")
            return counts
        }
        // Deleted index entries and old page images leave the FTS segments and the WAL too.
        try db.execute("""
            INSERT INTO search_trigram (search_trigram) VALUES ('optimize');
            INSERT INTO search_grams (search_grams) VALUES ('optimize');
            """ + PeopleIndex.optimize)
        try? db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        for file in keptFiles { try? FileManager.default.removeItem(atPath: file) }
        return counts
    }

    /// Replaces with '(erased)' the before/after text of the customer events that name one of
    /// these customers ("customer 12: notes…", "customer 12 (Hanako) into …"). Ids alone are kept.
    private func redactEvents(aboutCustomers ids: [Int64]) throws {
        var redact: [(Int64, Bool, Bool)] = []
        try db.query("SELECT id, before, after FROM events WHERE kind LIKE 'customer.%' AND conversation_id IS NULL") { row in
            let before = row.optionalText(1), after = row.optionalText(2)
            let mentions = { (text: String?) -> Bool in
                guard let text else { return false }
                return ids.contains { Self.mentionsCustomer(text, $0) } && text.range(of: #"^customer \d+$"#, options: .regularExpression) == nil
            }
            let (b, a) = (mentions(before), mentions(after))
            if b || a { redact.append((row.int(0), b, a)) }
        }
        for (id, before, after) in redact {
            if before { try db.run("UPDATE events SET before = '(erased)' WHERE id = ?", [.int(id)]) }
            if after { try db.run("UPDATE events SET after = '(erased)' WHERE id = ?", [.int(id)]) }
        }
    }

    /// True when `text` names "customer N" (not "customer N0…").
    static func mentionsCustomer(_ text: String, _ id: Int64) -> Bool {
        text.range(of: #"customer \#(id)(?![0-9])"#, options: .regularExpression) != nil
    }

    /// Audit events about a person: every event on their conversations, and the customer events
    /// (notes, merges, erasure) that name them.
    public func auditEvents(aboutCustomer customerID: Int64) throws -> [AuditEvent] {
        let ids = try personIDs(customerID)
        let people = Self.list(ids)
        return try db.rows("""
            SELECT e.id, e.at, coalesce(a.login, e.actor), e.conversation_id, e.kind, e.before, e.after
            FROM events e LEFT JOIN agents a ON a.id = e.agent_id
            WHERE e.conversation_id IN (SELECT id FROM conversations WHERE customer_id IN (\(people)))
               OR (e.conversation_id IS NULL AND e.kind LIKE 'customer.%')
            ORDER BY e.id
            """) {
            AuditEvent(id: $0.int(0), at: $0.date(1), agentLogin: $0.optionalText(2), conversationID: $0.optionalInt(3),
                       kind: $0.text(4), before: $0.optionalText(5), after: $0.optionalText(6))
        }.filter { event in
            event.conversationID != nil || ids.contains { id in
                [event.before, event.after].contains { $0.map { Self.mentionsCustomer($0, id) } ?? false }
            }
        }
    }

    /// Everything of a person for an export: the customers merged into them too.
    public func customersOfPerson(_ customerID: Int64) throws -> [Customer] {
        try personIDs(customerID).compactMap { try customer(id: $0) }
    }

    /// All of a person's orders with their line items (the pane shows only the latest).
    public func allOrders(ofCustomer customerID: Int64) throws -> [ShopOrder] {
        try orders(ofCustomer: customerID, limit: Int(Int32.max))
    }

    /// Every conversation of the person, oldest first, however many.
    public func allConversations(ofCustomer customerID: Int64) throws -> [Conversation] {
        try conversations(ofCustomer: customerID, limit: Int(Int32.max)).reversed()
    }

    // MARK: Suppression

    /// Stops using a customer's data (templates, reports by name) without erasing it. One audit event.
    public func setCustomerSuppressed(_ customerID: Int64, _ suppressed: Bool, by agent: Agent?) throws {
        try write {
            guard try customer(id: customerID) != nil else { throw StoreError.notFound("Customer \(customerID)") }
            guard try isSuppressed(customerID: customerID) != suppressed else { return }
            try db.run("UPDATE customers SET suppressed_at = ?, suppressed_by = ? WHERE id = ?",
                       suppressed ? [.int(now), .text(agent?.login ?? Store.unixUser), .int(customerID)] : [.null, .null, .int(customerID)])
            try recordEvent(conversationID: nil, agent: agent, kind: suppressed ? "customer.suppress" : "customer.unsuppress",
                            before: nil, after: "customer \(customerID)")
        }
    }

    public func isSuppressed(customerID: Int64) throws -> Bool {
        try db.scalarInt("SELECT suppressed_at IS NOT NULL FROM customers WHERE id = ?", [.int(customerID)]) == 1
    }

    public func isErased(customerID: Int64) throws -> Bool {
        try db.scalarInt("SELECT erased_at IS NOT NULL FROM customers WHERE id = ?", [.int(customerID)]) == 1
    }

    /// How a report (or any summary not meant for answering them) names a customer: by name, or
    /// "suppressed customer" / "erased customer" when their data must not be used.
    public func reportName(ofCustomer customerID: Int64) throws -> String {
        if try isErased(customerID: customerID) { return "erased customer" }
        if try isSuppressed(customerID: customerID) { return "suppressed customer" }
        return try customer(id: customerID)?.name ?? "customer \(customerID)"
    }
}
