import Foundation

extension Store {
    /// Appends one audit event. Callers run it inside the same transaction as the change it records.
    func recordEvent(conversationID: Int64?, agentID: Int64?, kind: String, before: String?, after: String?) throws {
        try db.run("INSERT INTO events (at, agent_id, conversation_id, kind, before, after) VALUES (?, ?, ?, ?, ?, ?)",
                   [.int(now), .optional(agentID), .optional(conversationID), .text(kind), .optional(before), .optional(after)])
    }

    public func events(conversationID: Int64) throws -> [AuditEvent] {
        try db.rows("""
            SELECT e.id, e.at, a.login, e.conversation_id, e.kind, e.before, e.after
            FROM events e LEFT JOIN agents a ON a.id = e.agent_id
            WHERE e.conversation_id = ? ORDER BY e.id
            """, [.int(conversationID)]) {
            AuditEvent(id: $0.int(0), at: $0.date(1), agentLogin: $0.optionalText(2), conversationID: $0.optionalInt(3),
                       kind: $0.text(4), before: $0.optionalText(5), after: $0.optionalText(6))
        }
    }
}
