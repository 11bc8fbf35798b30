import Foundation

/// What the Graph API says about an Instagram-scoped id: `name` and `username`, both optional.
public struct InstagramProfile: Sendable, Equatable {
    public var scopedID: String
    public var name: String?
    public var username: String?

    public init(scopedID: String, name: String?, username: String?) {
        self.scopedID = scopedID
        self.name = name
        self.username = username
    }

    /// "@yui.hygge (Yui)", "@yui.hygge", "Yui": how the list names the customer.
    public var shownName: String? {
        let handle = username.flatMap { $0.isEmpty ? nil : "@" + $0 }
        let name = name.flatMap { $0.isEmpty ? nil : $0 }
        switch (handle, name) {
        case let (handle?, name?): return handle == "@" + name ? handle : "\(handle) (\(name))"
        case let (handle?, nil): return handle
        case let (nil, name?): return name
        default: return nil
        }
    }
}

extension Store {
    /// Scoped ids whose profile was never asked for, newest customers first. Export threads
    /// (`export:NAME`) are names already, not ids.
    public func instagramIDsWithoutProfile(limit: Int = 20) throws -> [String] {
        try db.rows("""
            SELECT address FROM identities WHERE channel = 'instagram' AND profile_checked_at IS NULL
              AND address NOT LIKE 'export:%' ORDER BY id DESC LIMIT ?
            """, [.int(Int64(limit))]) { $0.text(0) }
    }

    /// Keeps the profile (cleaned, as all customer text) on the identity, and names the customer
    /// by it where the name is still the placeholder the importer gave ("Instagram user …1234"):
    /// a name a person typed or a merge chose is never overwritten. The customer's earlier
    /// messages and the search index follow the new name.
    public func recordInstagramProfile(_ profile: InstagramProfile) throws {
        try write {
            let handle = profile.username.map(CustomerText.line).flatMap { $0.isEmpty ? nil : $0 }
            let display = profile.name.map(CustomerText.line).flatMap { $0.isEmpty ? nil : $0 }
            try db.run("""
                UPDATE identities SET handle = coalesce(?, handle), display_name = coalesce(?, display_name), profile_checked_at = ?
                WHERE channel = 'instagram' AND address = ?
                """, [.optional(handle), .optional(display), .int(now), .text(profile.scopedID)])
            guard let customer = try customerID(channel: .instagram, address: profile.scopedID),
                  let shown = InstagramProfile(scopedID: profile.scopedID, name: display, username: handle).shownName else { return }
            let placeholders = [InstagramImporter.placeholderName(scopedID: profile.scopedID), "Instagram user"]
            let oldName = try db.scalarText("SELECT name FROM customers WHERE id = ?", [.int(customer)]) ?? ""
            guard placeholders.contains(oldName) else { return }
            try db.run("UPDATE customers SET name = ? WHERE id = ?", [.text(shown), .int(customer)])
            try db.run("""
                UPDATE messages SET from_name = ? WHERE channel = 'instagram' AND direction = 'in' AND from_address = ? AND from_name IN (?, ?)
                """, [.text(shown), .text(profile.scopedID), .text(placeholders[0]), .text(placeholders[1])])
            try reindexPeople(customerID: customer)
        }
    }

    /// The id was asked about and the API has nothing to say (no such user for this account, or
    /// not available): not asked again.
    public func markInstagramProfileChecked(_ scopedID: String) throws {
        try write {
            try db.run("UPDATE identities SET profile_checked_at = ? WHERE channel = 'instagram' AND address = ?",
                       [.int(now), .text(scopedID)])
        }
    }

    /// The people words of a customer's messages, folded again after their name changed.
    func reindexPeople(customerID: Int64) throws {
        var rows: [(Int64, Int64, String, String, String, String)] = []
        try db.query("""
            SELECT m.id, m.conversation_id, m.subject, m.text, m.from_name, m.from_address FROM messages m
            JOIN conversations c ON c.id = m.conversation_id WHERE c.customer_id = ?
            """, [.int(customerID)]) { rows.append(($0.int(0), $0.int(1), $0.text(2), $0.text(3), $0.text(4), $0.text(5))) }
        for row in rows {
            try db.run("DELETE FROM search_trigram WHERE rowid = ?", [.int(row.0)])
            try db.run("DELETE FROM search_grams WHERE rowid = ?", [.int(row.0)])
            let people = try SearchIndex.people(conversationID: row.1, fromName: row.4, fromAddress: row.5, db: db)
            try SearchIndex.add(messageID: row.0, subject: row.2, text: row.3, people: people, db: db)
        }
    }
}
