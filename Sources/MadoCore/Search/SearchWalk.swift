import Foundation

/// The first pages of a search without matching every message first.
///
/// Matching all of a common word's messages (tens of thousands at a million messages) and
/// mapping each to its conversation costs far more than the page a person looks at. So the
/// conversations of the view are walked in queue order, a bounded window of them, and each is
/// checked for the words on its own; the walk stops when the page is full. When the
/// window runs out first (rare words), `nil` sends the caller to the full match (`SearchHits`),
/// which is cheap exactly then, because rare words have few messages. Same rows, same order.
///
/// Which walk depends on how many messages hold each word, counted first (the index hands its
/// matches over one at a time, so counting to 2000 costs a millisecond or two): a rare word leads;
/// a common one is checked in each message's folded text (`WordCheck.substring`), a walk whose
/// cost grows with the conversations it passes, so its window is small; otherwise the walk checks
/// the index's match list, which costs the list once and little per conversation.
enum SearchWalk {
    /// How many conversations the walk over message text may look at (a few microseconds each).
    static let textWindow = 1500
    /// How many conversations of the view the walk over match lists may look at.
    static let window = 8000
    /// A word in fewer messages than this leads the walk instead of the queue.
    static let rareMessages = 300
    /// Only a word in this many messages or more is worth the walk over message text: for fewer,
    /// the index's list is short, and cheaper than reading the messages of the conversations walked.
    static let commonMessages = 2000
    /// Deeper pages than this use the full match.
    static let deepest = 1000

    /// The ids of conversations `offset ..< offset + limit` in the view's order, or `nil` when the
    /// walks cannot tell within their windows.
    static func pageIDs(_ filter: ConversationFilter, offset: Int, limit: Int, now: Int64, db: Database,
                        window: Int = window, textWindow: Int = textWindow, rare: Int = rareMessages,
                        common: Int = commonMessages) throws -> [Int64]? {
        guard let search = filter.search, !search.words.isEmpty || search.from != nil,
              filter.searchHitsTable == nil, offset + limit <= deepest, limit > 0 else { return nil }
        // Everything but the words narrows the walk (status, tag, dates, `from:` …).
        var (whereSQL, filterBindings) = filter.whereClause(now: now)
        if let from = search.from {
            // The customers come from the trigram indexes over people (`PeopleIndex`). A few of
            // them: SQLite starts from their conversations and sorts those. Thousands ("emma"):
            // the queue's own index, which also holds each row's customer, is walked and checked.
            let customers = try PeopleIndex.customerIDList(containing: from, db: db)
            if customers.isEmpty { return [] }
            let everyone = try db.scalarInt("SELECT max(id) FROM customers") ?? 0
            let column = ConversationFilter.isMany(Int64(customers.count), of: everyone) ? "+c.customer_id" : "c.customer_id"
            whereSQL += " AND \(column) IN (SELECT value FROM json_each(?))"
            filterBindings.append(.text("[" + customers.map(String.init).joined(separator: ",") + "]"))
        }
        // A word in few messages ("crushed", a name) leads: its conversations, a few hundred at
        // most, are sorted and checked for the other words. Walking the queue for it would pass
        // thousands of conversations before giving up.
        // (Counted no further than `common`; 0 for both counts nothing and takes every word as common.)
        var leading: String?
        var fewest = rare
        var anyCommon = common == 0
        for word in search.words where rare > 0 || common > 0 {
            let count = try SearchIndex.messageCount(of: word, upTo: max(rare, common), db: db)
            if count < fewest { (leading, fewest) = (word, count) }
            if count >= common { anyCommon = true }
        }
        if let leading, let condition = SearchIndex.messageCondition(for: leading) {
            let others = search.words.filter { $0 != leading }.compactMap(WordCheck.init)
            let led = Candidates(whereSQL: whereSQL + " AND c.id IN (SELECT m.conversation_id FROM messages m WHERE \(condition.sql))",
                                 bindings: filterBindings + [condition.binding])
            // Its conversations are no more than its messages, all inside the window: an exact answer.
            return try walk(led, others, offset: offset, limit: limit, window: rare, db: db)
        }
        let view = Candidates(whereSQL: whereSQL, bindings: filterBindings)
        let words = search.words.compactMap(WordCheck.init)
        if anyCommon, words.contains(where: { if case .substring = $0 { return true } else { return false } }) {
            if let page = try walk(view, words, offset: offset, limit: limit, window: textWindow, db: db) { return page }
        }
        let indexed = search.words.compactMap { word in
            SearchIndex.messageCondition(for: word).map { WordCheck.indexed(sql: $0.sql, binding: $0.binding) }
        }
        return try walk(view, indexed, offset: offset, limit: limit, window: window, db: db)
    }

    /// The view's conversations before the words.
    struct Candidates {
        var whereSQL: String
        var bindings: [SQLValue]
    }

    static func walk(_ view: Candidates, _ words: [WordCheck], offset: Int, limit: Int, window: Int, db: Database) throws -> [Int64]? {
        let checks = words.map { $0.conversationCondition(alias: "w") }
        let wanted = offset + limit
        // The inner query hands over the window in order (its LIMIT keeps SQLite from folding the
        // word checks into it); the outer one checks only the rows it needs and stops at the page's end.
        let sql = """
            SELECT w.id FROM (SELECT c.id FROM conversations c WHERE \(view.whereSQL)
                              ORDER BY c.queue_order, c.id LIMIT ?) w
            WHERE \(checks.isEmpty ? "1" : checks.map(\.sql).joined(separator: " AND ")) LIMIT ?
            """
        let hits = try db.rows(sql, view.bindings + [.int(Int64(window))] + checks.flatMap(\.bindings) + [.int(Int64(wanted))]) { $0.int(0) }
        if hits.count < wanted {
            // Too few: a real answer only if the window held the whole view.
            let seen = try db.scalarInt("SELECT count(*) FROM (SELECT 1 FROM conversations c WHERE \(view.whereSQL) LIMIT ?)",
                                        view.bindings + [.int(Int64(window))]) ?? 0
            if seen >= Int64(window) { return nil }
        }
        return Array(hits.dropFirst(offset))
    }
}
