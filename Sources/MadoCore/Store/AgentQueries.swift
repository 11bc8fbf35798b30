import Foundation

extension Store {
    static func agent(from row: Row) -> Agent {
        Agent(id: row.int(0), login: row.text(1), name: row.text(2), email: row.optionalText(3),
              emailSignature: row.optionalText(4), instagramSignature: row.optionalText(5), lineSignature: row.optionalText(6))
    }

    public func agents() throws -> [Agent] {
        try db.rows("SELECT id, login, name, email, signature_email, signature_instagram, signature_line FROM agents ORDER BY login", [], Store.agent(from:))
    }

    public func agent(login: String) throws -> Agent? {
        try db.rows("SELECT id, login, name, email, signature_email, signature_instagram, signature_line FROM agents WHERE login = ?",
                    [.text(login)], Store.agent(from:)).first
    }

    public func agent(id: Int64) throws -> Agent? {
        try db.rows("SELECT id, login, name, email, signature_email, signature_instagram, signature_line FROM agents WHERE id = ?",
                    [.int(id)], Store.agent(from:)).first
    }

    @discardableResult
    public func addAgent(login: String, name: String, email: String? = nil) throws -> Agent {
        let trimmed = login.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isLetter || $0.isNumber || "._-".contains($0) }) else {
            throw StoreError.invalid("An agent login may contain letters, digits, '.', '_' and '-' only: \(login.debugDescription).")
        }
        if try agent(login: trimmed) != nil { throw StoreError.invalid("An agent with login \(trimmed) already exists.") }
        try db.run("INSERT INTO agents (login, name, email, created_at) VALUES (?, ?, ?, ?)",
                   [.text(trimmed), .text(name), .optional(email), .int(now)])
        return Agent(id: db.lastInsertID, login: trimmed, name: name, email: email)
    }

    /// Edits one of an agent's own settings: name, email, signature, ig-signature, line-signature.
    /// Both signatures at once (nil clears one), as `mado agent add` sets them.
    public func setSignatures(agentID: Int64, email: String?, instagram: String?) throws {
        try db.run("UPDATE agents SET signature_email = ?, signature_instagram = ? WHERE id = ?",
                   [.optional(email), .optional(instagram), .int(agentID)])
    }

    public func updateAgent(_ agent: Agent, field: String, value: String) throws -> Agent {
        let columns = ["name": "name", "email": "email", "signature": "signature_email", "ig-signature": "signature_instagram",
                       "line-signature": "signature_line"]
        guard let column = columns[field] else { throw StoreError.invalid("Unknown agent setting '\(field)'.") }
        if field == "name" && value.trimmingCharacters(in: .whitespaces).isEmpty { throw StoreError.invalid("A name cannot be empty.") }
        try db.run("UPDATE agents SET \(column) = ? WHERE id = ?", [value.isEmpty ? .null : .text(value), .int(agent.id)])
        return try self.agent(login: agent.login) ?? agent
    }
}
