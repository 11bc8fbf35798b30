import Foundation

extension Store {
    /// Stores an outgoing message and queues its payload, in one transaction: the reply is durable
    /// before anything tries to send it. Returns the outbox id.
    @discardableResult
    public func queue(_ message: NewMessage, payload: [UInt8], to conversationID: Int64) throws -> Int64 {
        try db.transaction { try queueInTransaction(message, payload: payload, to: conversationID) }
    }

    /// `then`: the status the conversation takes once this reply has really left.
    func queueInTransaction(_ message: NewMessage, payload: [UInt8], to conversationID: Int64,
                            then status: ConversationStatus? = nil) throws -> Int64 {
        guard let messageID = try append(message, to: conversationID, awaitingDelivery: true) else {
            throw StoreError.invalid("A message with id \(message.externalID ?? "?") is already stored.")
        }
        try db.run("""
            INSERT INTO outbox (message_id, channel, state, payload, queued_at, updated_at, then_status)
            VALUES (?, ?, 'queued', ?, ?, ?, ?)
            """, [.int(messageID), .text(message.channel.rawValue), .blob(payload), .int(now), .int(now), .optional(status?.rawValue)])
        return db.lastInsertID
    }

    static let outboxColumns = """
        o.id, o.message_id, m.conversation_id, o.channel, o.state, o.payload, o.attempts, o.last_error, o.queued_at, o.updated_at
        FROM outbox o JOIN messages m ON m.id = o.message_id
        """

    static func outboxItem(_ row: Row) throws -> OutboxItem {
        try OutboxItem(id: row.int(0), messageID: row.int(1), conversationID: row.int(2), channel: try row.channel(3, table: "outbox"),
                   state: OutboxItem.State(rawValue: row.text(4)) ?? .failed, payload: row.blob(5), attempts: Int(row.int(6)),
                   lastError: row.optionalText(7), queuedAt: row.date(8), updatedAt: row.date(9))
    }

    public func outbox(states: [OutboxItem.State] = OutboxItem.State.allCases) throws -> [OutboxItem] {
        let marks = states.map { _ in "?" }.joined(separator: ",")
        return try db.rows("SELECT \(Store.outboxColumns) WHERE o.state IN (\(marks)) ORDER BY o.id", states.map { .text($0.rawValue) },
                           Store.outboxItem)
    }

    public func outboxItem(id: Int64) throws -> OutboxItem? {
        try db.rows("SELECT \(Store.outboxColumns) WHERE o.id = ?", [.int(id)], Store.outboxItem).first
    }

    /// Claims a queued (or, when retrying, failed) item for sending. False when another process got
    /// there first: two `mado send` runs never deliver one reply twice.
    public func claimForSending(_ id: Int64, allowFailed: Bool) throws -> Bool {
        try db.transaction {
            try db.run("""
                UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ?, claimed_pid = ?, claimed_host = ?
                WHERE id = ? AND (state = 'queued' OR (? AND state = 'failed'))
                """, [.int(now), .int(Int64(getpid())), .text(Store.hostName), .int(id), .int(allowFailed ? 1 : 0)])
            return db.changes == 1
        }
    }

    /// `waitForLock: false` fails at once on a busy store (the inbox tries again on its next turn).
    /// Returns the status change a "send & close" / "send & pending" made, for undo.
    @discardableResult
    public func markSent(_ id: Int64, externalID: String?, waitForLock: Bool = true) throws -> [TriageChange] {
        try db.transaction(waitForLock: waitForLock) {
            try db.run("UPDATE outbox SET state = 'sent', last_error = NULL, updated_at = ? WHERE id = ?", [.int(now), .int(id)])
            if let externalID, !externalID.isEmpty {
                // OR IGNORE: the echo webhook may have given the reply its id already (adoptInstagramEcho).
                try db.run("UPDATE OR IGNORE messages SET external_id = ? WHERE id = (SELECT message_id FROM outbox WHERE id = ?)",
                           [.text(externalID), .int(id)])
            }
            try answerCustomer(outboxID: id)
            return try applyStatusAfterSending(outboxID: id)
        }
    }

    /// "Send & close" / "send & pending": the status changes when the reply has left, in the name
    /// of the agent who wrote it, so a failed send leaves the conversation where the customer waits.
    private func applyStatusAfterSending(outboxID: Int64) throws -> [TriageChange] {
        var pending: (conversation: Int64, status: String, agentID: Int64?)?
        try db.query("""
            SELECT m.conversation_id, o.then_status, m.agent_id FROM outbox o JOIN messages m ON m.id = o.message_id
            WHERE o.id = ? AND o.then_status IS NOT NULL
            """, [.int(outboxID)]) { pending = ($0.int(0), $0.text(1), $0.optionalInt(2)) }
        guard let pending, let status = ConversationStatus(rawValue: pending.status) else { return [] }
        let agent = try pending.agentID.flatMap { try self.agent(id: $0) }
        return try applyInTransaction(.setStatus(status), to: [pending.conversation], by: agent)
    }

    /// The reply has left: the customer is answered now, not when it was queued. Whatever they
    /// wrote after the reply was written still waits.
    private func answerCustomer(outboxID: Int64) throws {
        var reply: (conversation: Int64, writtenAt: Int64, auto: Bool, agentID: Int64?, text: String)?
        try db.query("""
            SELECT m.conversation_id, m.sent_at, m.auto, m.agent_id, m.text FROM outbox o JOIN messages m ON m.id = o.message_id WHERE o.id = ?
            """, [.int(outboxID)]) { reply = ($0.int(0), $0.int(1), $0.int(2) != 0, $0.optionalInt(3), $0.text(4)) }
        // An automatic acknowledgement answers nobody: the customer still waits for a person.
        guard let reply, !reply.auto else { return }
        try segmentReplyLeft(conversationID: reply.conversation, at: now, agentID: reply.agentID, text: reply.text)
        try db.run("""
            UPDATE conversations SET
                waiting_since = (SELECT min(sent_at) FROM messages
                                 WHERE conversation_id = ? AND direction = 'in' AND auto = 0 AND sent_at > ?),
                first_response_at = coalesce(first_response_at, ?)
            WHERE id = ?
            """, [.int(reply.conversation), .int(reply.writtenAt), .int(now), .int(reply.conversation)])
    }

    /// Takes a failed reply back out of the outbox, and its never-sent message out of the thread,
    /// so it can be edited and queued anew and never also be retried. Returns it as a draft.
    public func withdrawFailed(_ id: Int64) throws -> ReplyDraft {
        try db.transaction {
            var draft: ReplyDraft?
            var messageID: Int64 = 0
            try db.query("""
                SELECT m.id, m.conversation_id, m.channel, m.to_address, m.subject, m.text
                FROM outbox o JOIN messages m ON m.id = o.message_id WHERE o.id = ? AND o.state = 'failed'
                """, [.int(id)]) {
                messageID = $0.int(0)
                draft = ReplyDraft(conversationID: $0.int(1), channel: try $0.channel(2, table: "messages"), to: $0.text(3),
                                   subject: $0.text(4), body: $0.text(5))
            }
            guard let draft else { throw StoreError.invalid("Outbox item \(id) has not failed (it may be sending or sent already).") }
            try db.run("DELETE FROM outbox WHERE id = ? AND state = 'failed'", [.int(id)])
            try db.run("DELETE FROM attachments WHERE message_id = ?", [.int(messageID)])
            try db.run("DELETE FROM search_trigram WHERE rowid = ?", [.int(messageID)])
            try db.run("DELETE FROM search_grams WHERE rowid = ?", [.int(messageID)])
            try db.run("DELETE FROM messages WHERE id = ?", [.int(messageID)])
            try db.run("UPDATE conversations SET message_count = max(0, message_count - 1) WHERE id = ?", [.int(draft.conversationID)])
            return draft
        }
    }

    public func markFailed(_ id: Int64, error: String, waitForLock: Bool = true) throws {
        try db.transaction(waitForLock: waitForLock) {
            try db.run("UPDATE outbox SET state = 'failed', last_error = ?, updated_at = ? WHERE id = ?",
                       [.text(String(error.prefix(4000))), .int(now), .int(id)])
        }
    }

    /// Items left in `sending` by a process that is gone: the send was cut short and may or may
    /// not have left. An item another live `mado` is sending right now is not among them.
    public func interruptedSends() throws -> [OutboxItem] {
        var ids: [Int64] = []
        try db.query("SELECT id, claimed_pid, claimed_host FROM outbox WHERE state = 'sending' ORDER BY id") { row in
            // Rows from before the claim was recorded have no pid: treat them as interrupted.
            guard let pid = row.optionalInt(1), let host = row.optionalText(2) else { return ids.append(row.int(0)) }
            if !Store.isAlive(pid: pid, host: host) || (pid == Int64(getpid()) && host == Store.hostName) { ids.append(row.int(0)) }
        }
        return try ids.compactMap { try outboxItem(id: $0) }
    }

    /// A person has checked an interrupted send (state `sending` after a crash) and wants it tried again.
    public func requeue(_ id: Int64) throws {
        try db.run("UPDATE outbox SET state = 'queued', updated_at = ? WHERE id = ? AND state IN ('sending', 'failed')",
                   [.int(now), .int(id)])
        guard db.changes == 1 else { throw StoreError.invalid("Outbox item \(id) is not failed or interrupted.") }
    }
}
