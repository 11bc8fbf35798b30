import Foundation

/// Someone working on a conversation right now.
public struct Presence: Sendable, Equatable {
    public var conversationID: Int64
    public var agentLogin: String
    public var agentName: String
    public var activity: String
}

extension Store {
    /// How long a presence row counts without being refreshed.
    static let presenceLifetime: Int64 = 120

    /// Says "this agent is replying to this conversation" until `clearPresence` (or the process dies).
    public func setPresence(conversationID: Int64, agent: Agent, activity: String = "replying") throws {
        try db.run("""
            INSERT INTO presence (conversation_id, agent_login, agent_name, activity, pid, host, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(conversation_id, agent_login) DO UPDATE SET activity = excluded.activity, pid = excluded.pid,
                host = excluded.host, updated_at = excluded.updated_at
            """, [.int(conversationID), .text(agent.login), .text(agent.name), .text(activity), .int(Int64(getpid())),
                  .text(Store.hostName), .int(Store.wallClock)])
    }

    public func clearPresence(conversationID: Int64, agent: Agent) throws {
        try db.run("DELETE FROM presence WHERE conversation_id = ? AND agent_login = ?", [.int(conversationID), .text(agent.login)])
    }

    /// Everything this process said about an agent (the inbox quitting, or dying on a signal).
    public func clearPresenceOfThisProcess(agent: Agent) throws {
        try db.run("DELETE FROM presence WHERE agent_login = ? AND pid = ?", [.text(agent.login), .int(Int64(getpid()))])
    }

    /// Others at work on a conversation (not `excluding`), from live processes only.
    public func presence(conversationID: Int64, excluding login: String? = nil) throws -> [Presence] {
        var result: [Presence] = []
        try db.query("""
            SELECT conversation_id, agent_login, agent_name, activity, pid, host FROM presence
            WHERE conversation_id = ? AND updated_at >= ? ORDER BY updated_at
            """, [.int(conversationID), .int(Store.wallClock - Store.presenceLifetime)]) { row in
            guard row.text(1) != login, Store.isAlive(pid: row.int(4), host: row.text(5)) else { return }
            result.append(Presence(conversationID: row.int(0), agentLogin: row.text(1), agentName: row.text(2), activity: row.text(3)))
        }
        return result
    }

    /// Presence is about processes alive now: it uses the real clock, never the store's injected one.
    static var wallClock: Int64 { Int64(Date().timeIntervalSince1970) }

    static var hostName: String { ProcessInfo.processInfo.hostName }

    /// On this machine a dead process's presence is ignored at once; from another machine we trust the timeout.
    static func isAlive(pid: Int64, host: String) -> Bool {
        guard host == hostName else { return true }
        return kill(pid_t(pid), 0) == 0 || errno == EPERM
    }
}
