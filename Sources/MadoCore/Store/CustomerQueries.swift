import Foundation

extension Store {
    public func customer(id: Int64) throws -> Customer? {
        try db.rows("SELECT \(Self.customerColumns) FROM customers WHERE id = ?", [.int(id)], Self.customer(from:)).first
    }

    static let customerColumns = "id, name, created_at, notes, notes_by, notes_at, merged_into"

    static func customer(from row: Row) -> Customer {
        Customer(id: row.int(0), name: row.text(1), createdAt: row.date(2), notes: row.text(3), notesBy: row.optionalText(4),
                 notesAt: row.optionalDate(5), mergedInto: row.optionalInt(6))
    }

    /// The holder of mail no person sent; made on first use. It has no identities, so nothing
    /// matches it to a person, and suggestions and pickers never offer it.
    func automaticMailCustomer() throws -> Int64 {
        if let id = try db.scalarInt("SELECT id FROM customers WHERE automatic = 1 ORDER BY id LIMIT 1") { return id }
        try db.run("INSERT INTO customers (name, created_at, automatic) VALUES ('Automatic mail', ?, 1)", [.int(now)])
        return db.lastInsertID
    }

    /// Replaces the shared notes, signed with who wrote them; one audit event.
    public func setCustomerNotes(_ customerID: Int64, notes: String, by agent: Agent?) throws {
        try write {
            guard let before = try customer(id: customerID) else { throw StoreError.notFound("Customer \(customerID)") }
            let cleaned = CustomerText.block(notes)
            guard cleaned != before.notes else { return }
            try db.run("UPDATE customers SET notes = ?, notes_by = ?, notes_at = ? WHERE id = ?",
                       [.text(cleaned), .text(agent?.login ?? Store.unixUser), .int(now), .int(customerID)])
            try recordEvent(conversationID: nil, agent: agent, kind: "customer.notes",
                            before: "customer \(customerID): \(before.notes)", after: "customer \(customerID): \(cleaned)")
        }
    }

    public func identities(ofCustomer customerID: Int64) throws -> [Identity] {
        try db.rows("""
            SELECT id, customer_id, channel, address, handle, display_name, language FROM identities
            WHERE customer_id = ? ORDER BY channel, id
            """, [.int(customerID)]) {
            Identity(id: $0.int(0), customerID: $0.int(1), channel: try $0.channel(2, table: "identities"),
                     address: $0.text(3), handle: $0.optionalText(4), displayName: $0.optionalText(5), language: $0.optionalText(6))
        }
    }

    /// The customer who owns this address on this channel, if any (email addresses compare case-insensitively).
    public func customerID(channel: Channel, address: String) throws -> Int64? {
        try db.scalarInt("SELECT customer_id FROM identities WHERE channel = ? AND address = ?",
                         [.text(channel.rawValue), .text(address)])
    }

    /// The name came from outside: it is stored cleaned (`CustomerText`).
    @discardableResult
    public func addCustomer(name: String) throws -> Int64 {
        try db.run("INSERT INTO customers (name, created_at) VALUES (?, ?)", [.text(CustomerText.line(name)), .int(now)])
        return db.lastInsertID
    }

    /// Handle and display name are stored cleaned; the address is a key that lookups match as it
    /// came, so it is kept as is (the screen still draws it through SafeText).
    @discardableResult
    public func addIdentity(customerID: Int64, channel: Channel, address: String, handle: String? = nil, displayName: String? = nil,
                            language: String? = nil) throws -> Int64 {
        try db.run("INSERT INTO identities (customer_id, channel, address, handle, display_name, language) VALUES (?, ?, ?, ?, ?, ?)",
                   [.int(customerID), .text(channel.rawValue), .text(address),
                    .optional(handle.map(CustomerText.line)), .optional(displayName.map(CustomerText.line)), .optional(language.map(CustomerText.line))])
        return db.lastInsertID
    }
}
