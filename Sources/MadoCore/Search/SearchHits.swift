import CSQLite
import Foundation

/// The conversations matching a search's words, worked out once into a temporary table so the
/// page and the count of one search do not run the full-text query twice. Rebuilt whenever the
/// words or the store change.
final class SearchHits {
    private var key = ""

    func table(for words: [String], from: String?, db: Database) throws -> String {
        let version = try db.dataVersion()
        let ownChanges = sqlite3_total_changes64(db.handle)
        let newKey = "\(words)|\(from ?? "")|\(version)|\(ownChanges)"
        if newKey == key { return "temp.search_hits" }
        try db.execute("CREATE TEMP TABLE IF NOT EXISTS search_hits (conversation_id INTEGER PRIMARY KEY); DELETE FROM temp.search_hits;")
        var conditions: [String] = []
        var bindings: [SQLValue] = []
        for word in words {
            guard let condition = SearchIndex.messageCondition(for: word) else { continue }
            conditions.append(condition.sql)
            bindings.append(condition.binding)
        }
        if let from {
            // The customer by any of their names, addresses or handles: their conversations are
            // few next to a common word's messages, so they lead, and each is checked for the words.
            let customers = PeopleIndex.customerIDs(containing: from)
            let wordChecks = conditions.map { "EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND \($0))" }
            try db.run("INSERT INTO temp.search_hits SELECT c.id FROM conversations c WHERE c.customer_id IN (\(customers.sql))"
                       + wordChecks.map { " AND " + $0 }.joined(), customers.bindings + bindings)
        } else if conditions.isEmpty {
            try db.run("INSERT INTO temp.search_hits SELECT id FROM conversations")
        } else {
            // Every word must appear somewhere in the conversation, not necessarily in one message.
            let selects = conditions.map { "SELECT DISTINCT m.conversation_id FROM messages m WHERE \($0)" }
            try db.run("INSERT INTO temp.search_hits " + selects.joined(separator: " INTERSECT "), bindings)
        }
        key = "\(words)|\(from ?? "")|\(try db.dataVersion())|\(sqlite3_total_changes64(db.handle))"
        return "temp.search_hits"
    }
}
