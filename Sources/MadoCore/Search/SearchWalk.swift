import Foundation

/// The first pages of a search without matching every message first.
///
/// Matching all of a common word's messages (tens of thousands at a million messages) and
/// mapping each to its conversation costs far more than the page a person looks at. So the
/// conversations of the view are walked in queue order, a bounded window of them, and each is
/// checked for the words on its own; the walk stops when the page is full. When the
/// window runs out first (rare words), `nil` sends the caller to the full match (`SearchHits`),
/// which is cheap exactly then, because rare words have few messages. Same rows, same order.
enum SearchWalk {
    /// How many conversations of the view one walk may look at. Each costs a few microseconds,
    /// so a walk that finds too little costs some milliseconds before the full match.
    static let window = 8000
    /// Deeper pages than this use the full match.
    static let deepest = 1000

    /// The ids of conversations `offset ..< offset + limit` in the view's order, or `nil` when the
    /// walk cannot tell within its window.
    static func pageIDs(_ filter: ConversationFilter, offset: Int, limit: Int, now: Int64, db: Database,
                        window: Int = window) throws -> [Int64]? {
        // `from:` names a few customers (see `PeopleIndex`): their conversations are the better start.
        guard let search = filter.search, !search.words.isEmpty, search.from == nil,
              filter.searchHitsTable == nil, offset + limit <= deepest, limit > 0 else { return nil }
        // Everything but the words and `from:` narrows the walk (status, tag, dates …).
        let (whereSQL, filterBindings) = filter.whereClause(now: now)
        var conditions: [String] = []
        var searchBindings: [SQLValue] = []
        for word in search.words {
            guard let condition = SearchIndex.messageCondition(for: word) else { continue }
            // The IN list is worked out once per run of the statement (an index of message ids),
            // which is cheap; mapping every one of those messages to its conversation is not.
            conditions.append("EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = w.id AND \(condition.sql))")
            searchBindings.append(condition.binding)
        }
        let wanted = offset + limit
        // The outer query checks only the rows the inner one hands over in order, and stops at the page's end.
        let sql = """
            SELECT w.id FROM (SELECT c.id FROM conversations c WHERE \(whereSQL)
                              ORDER BY c.queue_order, c.id LIMIT ?) w
            WHERE \(conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")) LIMIT ?
            """
        let hits = try db.rows(sql, filterBindings + [.int(Int64(window))] + searchBindings + [.int(Int64(wanted))]) { $0.int(0) }
        if hits.count < wanted {
            // Too few: a real answer only if the window held the whole view.
            let seen = try db.scalarInt("SELECT count(*) FROM (SELECT 1 FROM conversations c WHERE \(whereSQL) LIMIT ?)",
                                        filterBindings + [.int(Int64(window))]) ?? 0
            if seen >= Int64(window) { return nil }
        }
        return Array(hits.dropFirst(offset))
    }
}
