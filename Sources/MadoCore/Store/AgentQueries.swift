import Foundation

extension Store {
    static func agent(from row: Row) -> Agent {
        Agent(id: row.int(0), login: row.text(1), name: row.text(2), email: row.optionalText(3), emailSignature: row.optionalText(4))
    }

    public func agents() throws -> [Agent] {
        try withSignOffs(db.rows("SELECT id, login, name, email, signature_email FROM agents ORDER BY login", [], Store.agent(from:)))
    }

    public func agent(login: String) throws -> Agent? {
        try withSignOffs(db.rows("SELECT id, login, name, email, signature_email FROM agents WHERE login = ?",
                                 [.text(login)], Store.agent(from:))).first
    }

    public func agent(id: Int64) throws -> Agent? {
        try withSignOffs(db.rows("SELECT id, login, name, email, signature_email FROM agents WHERE id = ?",
                                 [.int(id)], Store.agent(from:))).first
    }

    /// Fills each agent's chat sign-offs. A row for a channel this mado does not know is left out
    /// (a sign-off is never used on another channel).
    func withSignOffs(_ agents: [Agent]) throws -> [Agent] {
        guard !agents.isEmpty else { return agents }
        let rows = try db.rows("SELECT agent_id, channel, text FROM agent_signatures", []) { ($0.int(0), $0.text(1), $0.text(2)) }
        return agents.map { agent in
            var agent = agent
            for (id, name, text) in rows where id == agent.id {
                if let channel = Channel(rawValue: name) { agent.signOffs[channel] = text }
            }
            return agent
        }
    }

    /// Sets (or, with nil or "", clears) an agent's own sign-off on one channel.
    public func setSignOff(agentID: Int64, channel: Channel, text: String?) throws {
        if let text, !text.isEmpty {
            try db.run("INSERT INTO agent_signatures (agent_id, channel, text) VALUES (?, ?, ?) ON CONFLICT (agent_id, channel) DO UPDATE SET text = excluded.text",
                       [.int(agentID), .text(channel.rawValue), .text(text)])
        } else {
            try db.run("DELETE FROM agent_signatures WHERE agent_id = ? AND channel = ?", [.int(agentID), .text(channel.rawValue)])
        }
    }

    /// The settings `:me` edits: name, email, signature, and each chat channel's sign-off
    /// (`ig-signature`, `line-signature`: the adapters' `signOffSetting`).
    public static var agentSettings: [String] {
        ["name", "email", "signature"] + Channels.all.compactMap(\.signOffSetting)
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

    /// The email signature (nil clears it), as `mado agent add` sets it.
    public func setEmailSignature(agentID: Int64, _ text: String?) throws {
        try db.run("UPDATE agents SET signature_email = ? WHERE id = ?", [.optional(text), .int(agentID)])
    }

    /// Edits one of an agent's own settings (`Store.agentSettings`).
    public func updateAgent(_ agent: Agent, field: String, value: String) throws -> Agent {
        if let adapter = Channels.all.first(where: { $0.signOffSetting == field }) {
            try setSignOff(agentID: agent.id, channel: adapter.channel, text: value)
            return try self.agent(login: agent.login) ?? agent
        }
        let columns = ["name": "name", "email": "email", "signature": "signature_email"]
        guard let column = columns[field] else { throw StoreError.invalid("Unknown agent setting '\(field)'.") }
        if field == "name" && value.trimmingCharacters(in: .whitespaces).isEmpty { throw StoreError.invalid("A name cannot be empty.") }
        try db.run("UPDATE agents SET \(column) = ? WHERE id = ?", [value.isEmpty ? .null : .text(value), .int(agent.id)])
        return try self.agent(login: agent.login) ?? agent
    }
}
