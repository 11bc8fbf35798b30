import Foundation

/// A message's subject and text folded for the index, worked out off the store's thread during
/// imports (the people on it are added when it is stored).
public struct PreparedSearchText: Sendable {
    var subject: String
    var body: String
    var grams: String

    public init(subject: String, text: String) {
        self.subject = SearchText.fold(subject)
        body = SearchText.fold(text)
        grams = SearchText.shortGrams(self.subject + "\n" + body)
    }
}

/// Keeps the two full-text tables in step with the messages.
enum SearchIndex {
    /// Indexes one message: its subject, its text, and the people on it (sender and the customer's
    /// names, addresses and handles), all folded.
    static func add(messageID: Int64, subject: String, text: String, people: String, db: Database,
                    prepared: PreparedSearchText? = nil) throws {
        try add(messageID: messageID, subject: subject, text: text, people: SearchPeopleWords([people]), db: db, prepared: prepared)
    }

    static func add(messageID: Int64, subject: String, text: String, people: SearchPeopleWords, db: Database,
                    prepared: PreparedSearchText? = nil) throws {
        let content = prepared ?? PreparedSearchText(subject: subject, text: text)
        try db.run("INSERT INTO search_trigram (rowid, subject, body, people) VALUES (?, ?, ?, ?)",
                   [.int(messageID), .text(content.subject), .text(content.body), .text(people.folded)])
        let grams = content.grams + " " + people.grams
        try db.run("INSERT INTO search_grams (rowid, grams) VALUES (?, ?)", [.int(messageID), .text(grams)])
    }

    /// The people words for a message of a conversation: everything a person might type to find them.
    /// `sender` is the message's own group (its sender's name and address), when already worked out.
    static func people(conversationID: Int64, fromName: String, fromAddress: String, db: Database,
                       sender: SearchPeopleWords? = nil) throws -> SearchPeopleWords {
        var words: [String] = []
        try db.query("""
            SELECT cu.name, i.address, coalesce(i.handle, ''), coalesce(i.display_name, '')
            FROM conversations c JOIN customers cu ON cu.id = c.customer_id
            LEFT JOIN identities i ON i.customer_id = cu.id WHERE c.id = ?
            """, [.int(conversationID)]) { row in
            words += [row.text(0), row.text(1), row.text(2), row.text(3)]
        }
        return (sender ?? SearchPeopleWords([fromName, fromAddress])).adding(words)
    }

    static func rebuild(_ db: Database) throws {
        try db.execute("DELETE FROM search_trigram; DELETE FROM search_grams;")
        var rows: [(Int64, Int64, String, String, String, String)] = []
        try db.query("SELECT id, conversation_id, subject, text, from_name, from_address FROM messages ORDER BY id") {
            rows.append(($0.int(0), $0.int(1), $0.text(2), $0.text(3), $0.text(4), $0.text(5)))
        }
        for row in rows {
            let people = try people(conversationID: row.1, fromName: row.4, fromAddress: row.5, db: db)
            try add(messageID: row.0, subject: row.2, text: row.3, people: people, db: db)
        }
    }

    /// The SQL condition on a message `m` for one free word.
    static func messageCondition(for word: String) -> (sql: String, binding: SQLValue)? {
        guard let match = match(for: word) else { return nil }
        return ("m.id IN (SELECT rowid FROM \(match.table) WHERE \(match.table) MATCH ?)", match.query)
    }

    /// Which full-text table finds a free word, and the MATCH query for it.
    static func match(for word: String) -> (table: String, query: SQLValue)? {
        let folded = SearchText.fold(word).trimmingWhitespace
        guard !folded.isEmpty else { return nil }
        if folded.count >= 3 { return ("search_trigram", .text(phrase(folded))) }
        let grams = SearchText.shortGrams(folded)
        guard !grams.isEmpty else { return nil }
        return ("search_grams", .text(phrase(grams)))
    }

    /// How many messages hold the word, counting no further than `limit`: the index hands its
    /// matches over one by one, so this costs a millisecond or two however common the word is.
    static func messageCount(of word: String, upTo limit: Int, db: Database) throws -> Int {
        guard let match = match(for: word) else { return limit }
        return Int(try db.scalarInt("SELECT count(*) FROM (SELECT 1 FROM \(match.table) WHERE \(match.table) MATCH ? LIMIT ?)",
                                    [match.query, .int(Int64(limit))]) ?? 0)
    }

    /// An FTS5 phrase: quoted, inner quotes doubled, so nothing typed is read as query syntax.
    static func phrase(_ text: String) -> String {
        "\"" + text.doublingQuotes + "\""
    }
}
