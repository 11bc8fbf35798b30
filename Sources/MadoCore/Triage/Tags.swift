import Foundation

extension Store {
    func tagID(_ name: String) throws -> Int64 {
        if let id = try db.scalarInt("SELECT id FROM tags WHERE name = ?", [.text(name)]) { return id }
        try db.run("INSERT INTO tags (name) VALUES (?)", [.text(name)])
        return db.lastInsertID
    }

    /// Adds a tag (created on first use). `audited: false` only for building stores, never for a person's action.
    public func addTag(_ name: String, conversationID: Int64, by agent: Agent?, audited: Bool = true) throws {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw StoreError.invalid("A tag needs a name.") }
        let id = try tagID(trimmed)
        try db.run("INSERT OR IGNORE INTO conversation_tags (conversation_id, tag_id) VALUES (?, ?)", [.int(conversationID), .int(id)])
        if audited && db.changes > 0 {
            try recordEvent(conversationID: conversationID, agent: agent, kind: "tag", before: nil, after: trimmed)
        }
    }
}
