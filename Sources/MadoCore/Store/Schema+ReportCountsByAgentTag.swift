import Foundation

extension Schema {
    /// UTC day of a send time for the per-agent and per-tag counts; every time before 1970 goes to
    /// day -1, which no report counts from whole days (SQLite's `/` truncates toward zero, so
    /// without this a time just before 1970 would land in day 0).
    static func countDay(_ sentAt: String) -> String { "iif(\(sentAt) >= 0, \(sentAt) / 86400, -1)" }

    /// A message reports count: a customer's or a person's (not automatic, not a note).
    static func countable(_ message: String) -> String { "\(message).direction IN ('in', 'out') AND \(message).auto = 0" }

    /// Messages in and out per UTC day and agent, and per UTC day and tag, so `report --by agent`
    /// and `--by tag` over a year add up a few thousand rows rather than join a million messages to
    /// their conversations. Both depend on things that change after a message is stored (who is
    /// assigned, how a conversation is tagged), so the triggers move counts when those change too:
    /// - `message_counts_agent`: a message counts for its writer, else for its conversation's
    ///   assignee (0: nobody). A message follows its conversation's assignee when that changes.
    ///   (Conversations come and go only without messages: messages reference them.)
    /// - `message_counts_tag`: one count per message and tag of its conversation: a message counts
    ///   when the later of the two arrives (the message, or the tag on its conversation) and stops
    ///   counting when the first of them goes.
    /// Rows whose count falls to 0 are kept (they would only come back).
    static let reportCountsByAgentTag: String = {
        let day = countDay
        let assignee = { (message: String) in
            "coalesce(\(message).agent_id, (SELECT assignee_id FROM conversations WHERE id = \(message).conversation_id), 0)"
        }
        let upsert = "ON CONFLICT DO UPDATE SET count = count + excluded.count"
        // Adds (+1) or takes away (-1) one message's counts; `message` is `new` or `old`.
        func change(_ message: String, _ sign: String) -> String {
            """
                INSERT INTO message_counts_agent (day, agent_id, direction, count)
                SELECT \(day("\(message).sent_at")), \(assignee(message)), \(message).direction, \(sign)1 WHERE \(countable(message))
                \(upsert);
                INSERT INTO message_counts_tag (day, tag_id, direction, count)
                SELECT \(day("\(message).sent_at")), ct.tag_id, \(message).direction, \(sign)1 FROM conversation_tags ct
                WHERE ct.conversation_id = \(message).conversation_id AND \(countable(message))
                \(upsert);
            """
        }
        // Adds or takes away one conversation's messages under one agent or tag.
        func moveMessages(of conversation: String, table: String, column: String, key: String, _ sign: String, onlyUnwritten: Bool) -> String {
            """
                INSERT INTO \(table) (day, \(column), direction, count)
                SELECT \(day("m.sent_at")), \(key), m.direction, \(sign)count(*) FROM messages m
                WHERE m.conversation_id = \(conversation) AND \(countable("m"))\(onlyUnwritten ? " AND m.agent_id IS NULL" : "")
                GROUP BY 1, 3
                \(upsert);
            """
        }
        return """
        CREATE TABLE message_counts_agent (
            day INTEGER NOT NULL,
            agent_id INTEGER NOT NULL,
            direction TEXT NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (day, agent_id, direction)
        ) WITHOUT ROWID;
        CREATE TABLE message_counts_tag (
            day INTEGER NOT NULL,
            tag_id INTEGER NOT NULL,
            direction TEXT NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (day, tag_id, direction)
        ) WITHOUT ROWID;
        INSERT INTO message_counts_agent (day, agent_id, direction, count)
            SELECT \(day("m.sent_at")), coalesce(m.agent_id, c.assignee_id, 0), m.direction, count(*)
            FROM messages m LEFT JOIN conversations c ON c.id = m.conversation_id
            WHERE \(countable("m")) GROUP BY 1, 2, 3;
        INSERT INTO message_counts_tag (day, tag_id, direction, count)
            SELECT \(day("m.sent_at")), ct.tag_id, m.direction, count(*)
            FROM messages m JOIN conversation_tags ct ON ct.conversation_id = m.conversation_id
            WHERE \(countable("m")) GROUP BY 1, 2, 3;
        CREATE TRIGGER message_counts_by_insert AFTER INSERT ON messages
        BEGIN
        \(change("new", "+"))
        END;
        CREATE TRIGGER message_counts_by_delete AFTER DELETE ON messages
        BEGIN
        \(change("old", "-"))
        END;
        CREATE TRIGGER message_counts_by_update AFTER UPDATE OF sent_at, direction, auto, agent_id, conversation_id ON messages
        BEGIN
        \(change("old", "-"))
        \(change("new", "+"))
        END;
        CREATE TRIGGER message_counts_by_assignee AFTER UPDATE OF assignee_id ON conversations
        WHEN old.assignee_id IS NOT new.assignee_id
        BEGIN
        \(moveMessages(of: "new.id", table: "message_counts_agent", column: "agent_id", key: "coalesce(old.assignee_id, 0)", "-", onlyUnwritten: true))
        \(moveMessages(of: "new.id", table: "message_counts_agent", column: "agent_id", key: "coalesce(new.assignee_id, 0)", "+", onlyUnwritten: true))
        END;
        CREATE TRIGGER message_counts_by_tag_insert AFTER INSERT ON conversation_tags
        BEGIN
        \(moveMessages(of: "new.conversation_id", table: "message_counts_tag", column: "tag_id", key: "new.tag_id", "+", onlyUnwritten: false))
        END;
        CREATE TRIGGER message_counts_by_tag_delete AFTER DELETE ON conversation_tags
        BEGIN
        \(moveMessages(of: "old.conversation_id", table: "message_counts_tag", column: "tag_id", key: "old.tag_id", "-", onlyUnwritten: false))
        END;
        CREATE TRIGGER message_counts_by_tag_update AFTER UPDATE ON conversation_tags
        BEGIN
        \(moveMessages(of: "old.conversation_id", table: "message_counts_tag", column: "tag_id", key: "old.tag_id", "-", onlyUnwritten: false))
        \(moveMessages(of: "new.conversation_id", table: "message_counts_tag", column: "tag_id", key: "new.tag_id", "+", onlyUnwritten: false))
        END;
        """
    }()
}
