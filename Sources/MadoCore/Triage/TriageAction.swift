import Foundation

/// One thing a person can do to conversations from the inbox. Every action is applied in one
/// transaction and leaves one audit event per conversation it changed.
public enum TriageAction: Sendable, Equatable {
    case setStatus(ConversationStatus)
    /// nil unassigns.
    case assign(login: String?)
    case addTag(String)
    case removeTag(String)
    /// -1 low, 0 normal, 1 high, 2 urgent.
    case setPriority(Int)
    /// nil wakes the conversation up.
    case snooze(until: Date?)
    case setUnread(Bool)
}

/// What an action changed on one conversation, and the action that puts it back.
public struct TriageChange: Sendable, Equatable {
    public var conversationID: Int64
    public var action: TriageAction
    public var undo: TriageAction

    public init(conversationID: Int64, action: TriageAction, undo: TriageAction) {
        self.conversationID = conversationID
        self.action = action
        self.undo = undo
    }
}

extension Store {
    /// Applies `action` to every conversation in `ids` in one transaction. Conversations it does
    /// not change (already closed, tag already there) are left out of the result.
    @discardableResult
    public func apply(_ action: TriageAction, to ids: [Int64], by agent: Agent?) throws -> [TriageChange] {
        try db.transaction { try applyInTransaction(action, to: ids, by: agent) }
    }

    @discardableResult
    func applyInTransaction(_ action: TriageAction, to ids: [Int64], by agent: Agent?) throws -> [TriageChange] {
        var changes: [TriageChange] = []
        for id in ids {
            if let undo = try applyOne(action, to: id, by: agent) {
                changes.append(TriageChange(conversationID: id, action: action, undo: undo))
            }
        }
        return changes
    }

    /// Puts back what `changes` did, newest first, as new audited actions.
    @discardableResult
    public func undo(_ changes: [TriageChange], by agent: Agent?) throws -> [TriageChange] {
        try db.transaction {
            var undone: [TriageChange] = []
            for change in changes.reversed() {
                if let again = try applyOne(change.undo, to: change.conversationID, by: agent) {
                    undone.append(TriageChange(conversationID: change.conversationID, action: change.undo, undo: again))
                }
            }
            return undone
        }
    }

    /// Reads the current value under the write lock, so two agents' changes both land in order.
    private func applyOne(_ action: TriageAction, to id: Int64, by agent: Agent?) throws -> TriageAction? {
        guard try db.scalarInt("SELECT 1 FROM conversations WHERE id = ?", [.int(id)]) != nil else {
            throw StoreError.notFound("Conversation \(id)")
        }
        switch action {
        case .setStatus(let status):
            let before = ConversationStatus(rawValue: try db.scalarText("SELECT status FROM conversations WHERE id = ?", [.int(id)]) ?? "") ?? .open
            guard before != status else { return nil }
            try db.run("""
                UPDATE conversations SET status = ?, updated_at = ?, closed_at = CASE WHEN ? = 'closed' THEN ? ELSE NULL END WHERE id = ?
                """, [.text(status.rawValue), .int(now), .text(status.rawValue), .int(now), .int(id)])
            try recordEvent(conversationID: id, agent: agent, kind: "status", before: before.rawValue, after: status.rawValue)
            try segmentStatusChanged(conversationID: id, from: before, to: status)
            return .setStatus(before)
        case .assign(let login):
            let before = try db.scalarText("SELECT a.login FROM conversations c JOIN agents a ON a.id = c.assignee_id WHERE c.id = ?", [.int(id)])
            guard before != login else { return nil }
            var agentID: SQLValue = .null
            if let login {
                guard let target = try self.agent(login: login) else { throw StoreError.notFound("Agent \(login)") }
                agentID = .int(target.id)
            }
            try db.run("UPDATE conversations SET assignee_id = ?, updated_at = ? WHERE id = ?", [agentID, .int(now), .int(id)])
            try recordEvent(conversationID: id, agent: agent, kind: "assignee", before: before, after: login)
            return .assign(login: before)
        case .addTag(let name):
            let tag = try tagID(name.trimmingCharacters(in: .whitespaces))
            try db.run("INSERT OR IGNORE INTO conversation_tags (conversation_id, tag_id) VALUES (?, ?)", [.int(id), .int(tag)])
            guard db.changes > 0 else { return nil }
            try recordEvent(conversationID: id, agent: agent, kind: "tag", before: nil, after: name)
            return .removeTag(name)
        case .removeTag(let name):
            try db.run("DELETE FROM conversation_tags WHERE conversation_id = ? AND tag_id = (SELECT id FROM tags WHERE name = ?)",
                       [.int(id), .text(name)])
            guard db.changes > 0 else { return nil }
            try recordEvent(conversationID: id, agent: agent, kind: "tag", before: name, after: nil)
            return .addTag(name)
        case .setPriority(let priority):
            let before = Int(try db.scalarInt("SELECT priority FROM conversations WHERE id = ?", [.int(id)]) ?? 0)
            guard before != priority else { return nil }
            try db.run("UPDATE conversations SET priority = ?, updated_at = ? WHERE id = ?", [.int(Int64(priority)), .int(now), .int(id)])
            try recordEvent(conversationID: id, agent: agent, kind: "priority", before: String(before), after: String(priority))
            return .setPriority(before)
        case .snooze(let until):
            let before = try db.scalarInt("SELECT snoozed_until FROM conversations WHERE id = ?", [.int(id)])
            guard before != until?.unixSeconds else { return nil }
            try db.run("UPDATE conversations SET snoozed_until = ?, updated_at = ? WHERE id = ?", [.date(until), .int(now), .int(id)])
            try recordEvent(conversationID: id, agent: agent, kind: "snooze", before: before.map { ConversationJSON.iso(Date(unixSeconds: $0)) },
                            after: until.map(ConversationJSON.iso))
            return .snooze(until: before.map(Date.init(unixSeconds:)))
        case .setUnread(let unread):
            let before = try db.scalarInt("SELECT unread FROM conversations WHERE id = ?", [.int(id)]) == 1
            guard before != unread else { return nil }
            try db.run("UPDATE conversations SET unread = ? WHERE id = ?", [.int(unread ? 1 : 0), .int(id)])
            try recordEvent(conversationID: id, agent: agent, kind: "unread", before: String(before), after: String(unread))
            return .setUnread(before)
        }
    }

    /// Every conversation id in a view, for "select all": ids only, so even a huge view is cheap.
    public func conversationIDs(_ filter: ConversationFilter) throws -> [Int64] {
        let (whereSQL, bindings) = try prepared(filter).whereClause(now: now)
        return try db.rows("SELECT c.id FROM conversations c WHERE \(whereSQL) ORDER BY c.queue_order, c.id", bindings) { $0.int(0) }
    }

    public func tagNames() throws -> [String] {
        try db.rows("SELECT name FROM tags ORDER BY name") { $0.text(0) }
    }
}
