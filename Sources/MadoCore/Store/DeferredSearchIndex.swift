import Foundation

/// The full-text rows of a batch of new messages, held back and written together at the batch's
/// end. SQLite opens a statement savepoint for every statement with triggers inside a transaction,
/// and FTS5 (3.40) writes whatever it holds out as a new segment at each savepoint: indexing
/// messages one by one between such statements made a small segment per mail, all merged again
/// later. Written together, the index gets one segment per batch. The rows are the same.
final class DeferredSearchIndex {
    struct Row {
        var messageID: Int64
        var subject: String
        var text: String
        var people: SearchPeopleWords
        var prepared: PreparedSearchText?
    }

    private(set) var isOn = false
    private var rows: [Row] = []

    func hold(_ row: Row) { rows.append(row) }

    func start() {
        isOn = true
        rows.removeAll()
    }

    /// Writes what was held (in order) and stops holding.
    func finish(_ db: Database) throws {
        isOn = false
        defer { rows.removeAll() }
        for row in rows {
            try SearchIndex.add(messageID: row.messageID, subject: row.subject, text: row.text, people: row.people,
                                db: db, prepared: row.prepared)
        }
    }

    /// Drops what was held: the transaction it belonged to is undone.
    func discard() {
        isOn = false
        rows.removeAll()
    }
}

extension Store {
    /// Runs `body`, which must be inside a transaction that is undone whole when it throws, with
    /// the search index of appended messages written at its end (see `DeferredSearchIndex`).
    /// Nothing inside `body` may search for the messages it adds.
    /// The people indexes' rows of new customers and identities wait likewise (see `PeopleIndex.hold`).
    func withSearchIndexDeferred<T>(_ body: () throws -> T) throws -> T {
        deferredSearch.start()
        do {
            try PeopleIndex.hold(db)
            let result = try body()
            try deferredSearch.finish(db)
            try PeopleIndex.releaseHeld(db)
            return result
        } catch {
            deferredSearch.discard()
            // Normally undone with the transaction; never left to hide later rows from the index.
            try? db.execute("DELETE FROM people_index_held")
            throw error
        }
    }
}
