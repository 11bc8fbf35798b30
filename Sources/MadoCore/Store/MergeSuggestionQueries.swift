import Foundation

/// Evidence that another customer is the same person, read from this customer's own messages and
/// names. Nothing here changes a customer: an agent says yes (a merge) or no (a rejected pair).
extension Store {
    /// How many of the customer's latest messages are read for evidence: enough for a history,
    /// bounded so opening a conversation stays quick.
    static let suggestionMessageLimit = 200

    /// Other customers who may be this one, each with every reason found; rejected pairs and
    /// merged-away customers are never suggested.
    public func mergeSuggestions(forCustomer customerID: Int64) throws -> [MergeSuggestion] {
        guard let customer = try customer(id: customerID), customer.mergedInto == nil,
              try db.scalarInt("SELECT automatic FROM customers WHERE id = ?", [.int(customerID)]) == 0 else { return [] }
        let ownAddresses = Set(try identities(ofCustomer: customerID).filter { $0.channel == .email }.map { $0.address.lowercased() })
        var found: [(Int64, MergeReason)] = []

        let texts = try db.rows("""
            SELECT m.subject, m.text FROM messages m JOIN conversations c ON c.id = m.conversation_id
            WHERE c.customer_id = ? AND m.direction = 'in' AND m.auto = 0 AND m.deleted = 0
            ORDER BY m.sent_at DESC, m.id DESC LIMIT ?
            """, [.int(customerID), .int(Int64(Self.suggestionMessageLimit))]) { ($0.text(0), $0.text(1)) }
        for (subject, text) in texts {
            let (body, signature) = MessageEvidence.split(text)
            for name in OrderNumber.find(in: subject + "\n" + body) {
                if let owner = try self.customerID(ofOrder: name), owner != customerID { found.append((owner, .mentionsOrder(name))) }
            }
            for (part, inSignature) in [(subject + "\n" + body, false), (signature, true)] {
                for address in MessageEvidence.emailAddresses(in: part) where !ownAddresses.contains(address.lowercased()) {
                    if let owner = try self.customerID(channel: .email, address: address), owner != customerID {
                        found.append((owner, inSignature ? .signatureAddress(address) : .mentionsAddress(address)))
                    }
                }
            }
        }

        // Names: this customer's name and display names against other customers who write by email,
        // and the other way round; compared without case or spaces ("山田 太郎" = "山田太郎").
        let names = Set(([customer.name] + (try identities(ofCustomer: customerID).compactMap(\.displayName)))
            .filter { !$0.isEmpty && !$0.contains("@") })
        for name in names {
            let owners = try db.rows(Self.sameNameOwners, [.int(customerID), .text(name)]) { $0.int(0) }
            found += owners.map { ($0, .sameName(name)) }
        }

        // Rejected pairs never come back; postponed ones ("later") come back once their day has passed.
        let rejected = Set(try db.rows("""
            SELECT customer_a, customer_b FROM customer_rejected_pairs WHERE customer_a = ?1 OR customer_b = ?1
            UNION ALL
            SELECT customer_a, customer_b FROM customer_postponed_pairs WHERE (customer_a = ?1 OR customer_b = ?1) AND until > ?2
            """, [.int(customerID), .int(now)]) { $0.int(0) == customerID ? $0.int(1) : $0.int(0) })
        var order: [Int64] = []
        var reasons: [Int64: [MergeReason]] = [:]
        for (owner, reason) in found where !rejected.contains(owner) {
            if reasons[owner] == nil { order.append(owner) }
            if reasons[owner, default: []].contains(reason) == false { reasons[owner, default: []].append(reason) }
        }
        return try order.compactMap { id in
            guard let other = try self.customer(id: id), other.mergedInto == nil else { return nil }
            return MergeSuggestion(other: other, reasons: reasons[id] ?? [])
        }
    }

    /// "Not the same person": this pair is not suggested again. One audit event.
    public func rejectMergeSuggestion(customer customerID: Int64, other otherID: Int64, by agent: Agent?) throws {
        try write {
            let (a, b) = (min(customerID, otherID), max(customerID, otherID))
            try db.run("INSERT OR IGNORE INTO customer_rejected_pairs (customer_a, customer_b, at, actor) VALUES (?, ?, ?, ?)",
                       [.int(a), .int(b), .int(now), .text(agent?.login ?? Store.unixUser)])
            try recordEvent(conversationID: nil, agent: agent, kind: "customer.not-same",
                            before: nil, after: "customer \(customerID) and customer \(otherID) are not the same person")
        }
    }

    /// "Later": this pair is not suggested again before `until` (the session passes the start of
    /// the next local day), from either side. No audit event: nothing about the customers changed.
    public func postponeMergeSuggestion(customer customerID: Int64, other otherID: Int64, until: Date, by agent: Agent?) throws {
        try write {
            let (a, b) = (min(customerID, otherID), max(customerID, otherID))
            try db.run("""
                INSERT INTO customer_postponed_pairs (customer_a, customer_b, until, at, actor) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (customer_a, customer_b) DO UPDATE SET until = excluded.until, at = excluded.at, actor = excluded.actor
                """, [.int(a), .int(b), .date(until), .int(now), .text(agent?.login ?? Store.unixUser)])
        }
    }

    /// A name as compared for "the same name": lower case, without ASCII or ideographic spaces.
    /// Up to 20 other customers (not ?1) called ?2 who write by email, or whose display name is ?2
    /// when ?1 writes by email. Two halves, each read from an index on the folded names (step 23)
    /// and stopped after 20: one query with OR read every customer, over a second per conversation
    /// opened at 200,000 customers.
    static let sameNameOwners = """
        SELECT id FROM (SELECT cu.id FROM customers cu
                        WHERE \(foldedName("cu.name")) = \(foldedName("?2")) AND cu.id != ?1 AND cu.merged_into IS NULL
                            AND EXISTS (SELECT 1 FROM identities i WHERE i.customer_id = cu.id AND i.channel = 'email')
                        ORDER BY cu.id LIMIT 20)
        UNION
        SELECT id FROM (SELECT cu.id FROM identities i JOIN customers cu ON cu.id = i.customer_id
                        WHERE \(foldedName("i.display_name")) = \(foldedName("?2")) AND cu.id != ?1 AND cu.merged_into IS NULL
                            AND EXISTS (SELECT 1 FROM identities mine WHERE mine.customer_id = ?1 AND mine.channel = 'email')
                        ORDER BY i.id LIMIT 20)
        ORDER BY 1 LIMIT 20
        """

    static func foldedName(_ expression: String) -> String {
        "replace(replace(lower(\(expression)), ' ', ''), '\u{3000}', '')"
    }
}

extension Store {
    /// Customers to merge into another, for the pane's picker: by name, address, @username or
    /// order number ("#1042"); without words, the ones who wrote last. Merged-away customers and
    /// the automatic-mail holder are never offered.
    public func searchCustomers(_ words: String, excluding customerID: Int64, limit: Int = 20) throws -> [(customer: Customer, identities: [Identity])] {
        let text = words.trimmingCharacters(in: .whitespaces)
        let ids: [Int64]
        if text.isEmpty {
            ids = try db.rows("""
                SELECT cu.id FROM customers cu JOIN conversations c ON c.customer_id = cu.id
                WHERE cu.id != ? AND cu.merged_into IS NULL AND cu.automatic = 0
                GROUP BY cu.id ORDER BY max(c.last_message_at) DESC LIMIT ?
                """, [.int(customerID), .int(Int64(limit))]) { $0.int(0) }
        } else {
            let like = "%" + text.trimmingCharacters(in: CharacterSet(charactersIn: "@")).replacingOccurrences(of: "%", with: "") + "%"
            let orderOwner = try OrderNumber.find(in: text).first.flatMap { try self.customerID(ofOrder: $0) }
            ids = try db.rows("""
                SELECT cu.id FROM customers cu
                WHERE cu.id != ?1 AND cu.merged_into IS NULL AND cu.automatic = 0 AND (cu.id = ?3 OR cu.name LIKE ?2
                    OR EXISTS (SELECT 1 FROM identities i WHERE i.customer_id = cu.id
                               AND (i.address LIKE ?2 OR i.handle LIKE ?2 OR i.display_name LIKE ?2)))
                ORDER BY cu.id = ?3 DESC, cu.name LIMIT ?4
                """, [.int(customerID), .text(like), .optional(orderOwner), .int(Int64(limit))]) { $0.int(0) }
        }
        return try ids.compactMap { id in try customer(id: id).map { ($0, try identities(ofCustomer: id)) } }
    }
}
