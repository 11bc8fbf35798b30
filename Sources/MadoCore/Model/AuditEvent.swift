import Foundation

/// One triage change, as the append-only events table keeps it: who, when, what, before → after.
public struct AuditEvent: Sendable, Equatable {
    public var id: Int64
    public var at: Date
    public var agentLogin: String?
    public var conversationID: Int64?
    public var kind: String
    public var before: String?
    public var after: String?

    public init(id: Int64, at: Date, agentLogin: String?, conversationID: Int64?, kind: String, before: String?, after: String?) {
        self.id = id
        self.at = at
        self.agentLogin = agentLogin
        self.conversationID = conversationID
        self.kind = kind
        self.before = before
        self.after = after
    }
}
