import Foundation

extension Store {
    static let conversationColumns = """
        c.id, c.customer_id, cu.name, c.channel, c.subject, c.preview, c.status, a.login, a.name, c.priority,
        (SELECT group_concat(t.name, char(31)) FROM conversation_tags ct JOIN tags t ON t.id = ct.tag_id
         WHERE ct.conversation_id = c.id),
        c.snoozed_until, c.created_at, c.updated_at, c.waiting_since, c.last_message_at, c.first_response_at,
        c.closed_at, c.message_count, c.unread,
        (SELECT group_concat(p.agent_name, char(31)) FROM presence p WHERE p.conversation_id = c.id AND p.activity = 'replying'
         AND p.updated_at >= strftime('%s', 'now') - 120)
        FROM conversations c
        JOIN customers cu ON cu.id = c.customer_id
        LEFT JOIN agents a ON a.id = c.assignee_id
        """

    static func conversation(from row: Row) throws -> Conversation {
        let tags = row.optionalText(10).map { $0.split(separator: "\u{1F}").map(String.init).sorted() } ?? []
        return try Conversation(
            id: row.int(0), customerID: row.int(1), customerName: row.text(2),
            channel: try row.channel(3, table: "conversations"), subject: row.text(4), preview: row.text(5),
            status: ConversationStatus(rawValue: row.text(6)) ?? .open,
            assigneeLogin: row.optionalText(7), assigneeName: row.optionalText(8), priority: Int(row.int(9)),
            tags: tags, snoozedUntil: row.optionalDate(11), createdAt: row.date(12), updatedAt: row.date(13),
            waitingSince: row.optionalDate(14), lastMessageAt: row.date(15), firstResponseAt: row.optionalDate(16),
            closedAt: row.optionalDate(17), messageCount: Int(row.int(18)), unread: row.int(19) != 0,
            replying: row.optionalText(20).map { $0.split(separator: "\u{1F}").map(String.init) } ?? [])
    }

    /// One page of a view, in queue order. The list never asks for more than it shows.
    public func conversations(_ filter: ConversationFilter, offset: Int, limit: Int) throws -> [Conversation] {
        let filter = try plannedForPage(filter)
        // A search's first pages are found walking the view's order, without matching every message first.
        if let ids = try SearchWalk.pageIDs(filter, offset: offset, limit: limit, now: now, db: db) {
            return try conversations(ids: ids)
        }
        let (whereSQL, bindings) = try prepared(filter).whereClause(now: now)
        // Pick the page's ids first, then fetch their columns: tags and names are worked out for the
        // rows on screen only, not for every row the sort looked at.
        let sql = """
            SELECT \(Store.conversationColumns)
            WHERE c.id IN (SELECT c.id FROM conversations c WHERE \(whereSQL) ORDER BY c.queue_order, c.id LIMIT ? OFFSET ?)
            ORDER BY c.queue_order, c.id
            """
        return try db.rows(sql, bindings + [.int(Int64(limit)), .int(Int64(offset))], Store.conversation(from:))
    }

    /// The same page when the view's total is known: a page in the second half of a long view
    /// (`G` at the end of 400k) is read from the end backwards, because OFFSET steps over every row it skips.
    public func conversations(_ filter: ConversationFilter, offset: Int, limit: Int, total: Int) throws -> [Conversation] {
        guard filter.search == nil, offset > total / 2, offset < total, limit > 0 else {
            return try conversations(filter, offset: offset, limit: limit)
        }
        let count = min(limit, total - offset)
        let after = total - offset - count
        let (whereSQL, bindings) = try prepared(filter).whereClause(now: now)
        let sql = """
            SELECT \(Store.conversationColumns)
            WHERE c.id IN (SELECT c.id FROM conversations c WHERE \(whereSQL) ORDER BY c.queue_order DESC, c.id DESC LIMIT ? OFFSET ?)
            ORDER BY c.queue_order, c.id
            """
        return try db.rows(sql, bindings + [.int(Int64(count)), .int(Int64(after))], Store.conversation(from:))
    }

    /// These conversations, in queue order. The ids are bound as one JSON array, so the statement is compiled once.
    func conversations(ids: [Int64]) throws -> [Conversation] {
        guard !ids.isEmpty else { return [] }
        return try db.rows("SELECT \(Store.conversationColumns) WHERE c.id IN (SELECT value FROM json_each(?)) ORDER BY c.queue_order, c.id",
                           [.text("[" + ids.map(String.init).joined(separator: ",") + "]")], Store.conversation(from:))
    }

    public func countConversations(_ filter: ConversationFilter) throws -> Int {
        let (whereSQL, bindings) = try prepared(filter).whereClause(now: now)
        return Int(try db.scalarInt("SELECT count(*) FROM conversations c WHERE \(whereSQL)", bindings) ?? 0)
    }

    /// Where a conversation stands in a view's order, to keep the selection on it after a reload.
    public func position(of id: Int64, in filter: ConversationFilter) throws -> Int? {
        let (whereSQL, bindings) = try prepared(filter).whereClause(now: now)
        guard let order = try db.scalarInt("SELECT queue_order FROM conversations c WHERE c.id = ? AND \(whereSQL)",
                                           [.int(id)] + bindings) else { return nil }
        let before = try db.scalarInt(
            "SELECT count(*) FROM conversations c WHERE \(whereSQL) AND (c.queue_order < ? OR (c.queue_order = ? AND c.id < ?))",
            bindings + [.int(order), .int(order), .int(id)])
        return Int(before ?? 0)
    }

    /// A page of a tag on many conversations walks the queue instead of starting at the tag
    /// (`ConversationFilter.tagCondition`).
    func plannedForPage(_ filter: ConversationFilter) throws -> ConversationFilter {
        let tags = [filter.tag, filter.search?.tag].compactMap { $0 }
        guard !tags.isEmpty else { return filter }
        let conversations = try db.scalarInt("SELECT max(id) FROM conversations") ?? 0
        for tag in tags {
            let tagged = try db.scalarInt("""
                SELECT count(*) FROM conversation_tags WHERE tag_id = (SELECT id FROM tags WHERE name = ?)
                """, [.text(tag)]) ?? 0
            if !ConversationFilter.isMany(tagged, of: conversations) { return filter }
        }
        var planned = filter
        planned.walksTags = true
        return planned
    }

    /// A search's words are matched once into a temporary table that page, count and position share.
    func prepared(_ filter: ConversationFilter) throws -> ConversationFilter {
        guard let search = filter.search, !search.words.isEmpty || search.from != nil else { return filter }
        var result = filter
        result.searchHitsTable = try searchHits.table(for: search.words, from: search.from, db: db)
        return result
    }

    public func conversation(id: Int64) throws -> Conversation? {
        try db.rows("SELECT \(Store.conversationColumns) WHERE c.id = ?", [.int(id)], Store.conversation(from:)).first
    }

    /// Every conversation of a customer on every channel, newest first.
    public func conversations(ofCustomer customerID: Int64, limit: Int = 100) throws -> [Conversation] {
        try db.rows("SELECT \(Store.conversationColumns) WHERE c.customer_id = ? ORDER BY c.last_message_at DESC, c.id DESC LIMIT ?",
                    [.int(customerID), .int(Int64(limit))], Store.conversation(from:))
    }
}
