import Foundation

extension Store {
    /// Appends one audit event. Callers run it inside the same transaction as the change it records.
    /// With no agent, the Unix user is named; `automatic` changes (a customer's mail reopening a
    /// conversation) are signed 'mado'.
    func recordEvent(conversationID: Int64?, agent: Agent?, automatic: Bool = false, kind: String, before: String?, after: String?) throws {
        let actor = automatic ? "mado" : (agent?.login ?? Store.unixUser)
        try db.run("INSERT INTO events (at, agent_id, actor, conversation_id, kind, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)",
                   [.int(now), .optional(automatic ? nil : agent?.id), .text(actor), .optional(conversationID), .text(kind),
                    .optional(before), .optional(after)])
    }

    static var unixUser: String {
        let environment = ProcessInfo.processInfo.environment
        return environment["USER"] ?? environment["LOGNAME"] ?? "unknown"
    }

    public func events(conversationID: Int64) throws -> [AuditEvent] {
        try db.rows("""
            SELECT e.id, e.at, coalesce(a.login, e.actor), e.conversation_id, e.kind, e.before, e.after
            FROM events e LEFT JOIN agents a ON a.id = e.agent_id
            WHERE e.conversation_id = ? ORDER BY e.id
            """, [.int(conversationID)]) {
            AuditEvent(id: $0.int(0), at: $0.date(1), agentLogin: $0.optionalText(2), conversationID: $0.optionalInt(3),
                       kind: $0.text(4), before: $0.optionalText(5), after: $0.optionalText(6))
        }
    }
}
