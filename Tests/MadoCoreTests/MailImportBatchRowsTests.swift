import Foundation
import XCTest
@testable import MadoCore

/// A batch is stored without a savepoint per mail and with its search rows written at its end; it
/// must leave exactly the rows that importing the same mails one by one leaves, and one bad mail
/// must still be named on its own with the rest kept.
final class MailImportBatchRowsTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/mail")

    /// Every mail fixture, then a conversation with a shop reply, an answer, mail out of time order
    /// (its segments are replayed), a second mail with the same Message-ID, and a new customer.
    func mails() throws -> [(source: String, bytes: [UInt8])] {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path).filter { $0.hasSuffix(".eml") }.sorted()
        var mails = try names.map { ($0, Array(try Data(contentsOf: Self.fixtures.appendingPathComponent($0)))) }
        func mail(_ from: String, _ subject: String, _ id: String, _ date: String, _ body: String, replyTo: String? = nil) -> (String, [UInt8]) {
            var text = "From: \(from)\r\nTo: support@flourist.example.jp\r\nSubject: \(subject)\r\nMessage-ID: <\(id)>\r\nDate: \(date)\r\n"
            if let replyTo { text += "In-Reply-To: <\(replyTo)>\r\n" }
            return (id, Array((text + "\r\n" + body + "\r\n").utf8))
        }
        mails.append(mail("山田 花子 <hanako@example.jp>", "花瓶が割れていました", "a1@example.jp", "Tue, 17 Nov 2026 10:00:00 +0900", "写真を送ります。"))
        mails.append(mail("Flourist <support@flourist.example.jp>", "Re: 花瓶が割れていました", "a2@example.jp",
                          "Tue, 17 Nov 2026 11:00:00 +0900", "申し訳ございません。", replyTo: "a1@example.jp"))
        mails.append(mail("山田 花子 <hanako@example.jp>", "Re: 花瓶が割れていました", "a3@example.jp",
                          "Tue, 17 Nov 2026 12:00:00 +0900", "5", replyTo: "a2@example.jp"))
        mails.append(mail("山田 花子 <hanako@example.jp>", "花瓶が割れていました", "a0@example.jp", "Tue, 17 Nov 2026 09:00:00 +0900", "先に書いたメール"))
        mails.append(mail("山田 花子 <hanako@example.jp>", "花瓶が割れていました", "a1@example.jp", "Tue, 17 Nov 2026 10:00:00 +0900", "同じ ID"))
        mails.append(mail("Emma Wilson <emma@example.com>", "Where is my order?", "b1@example.com", "Wed, 18 Nov 2026 08:00:00 +0000", "Order #1042"))
        return mails
    }

    /// The rows a person or a search would see, every table an import writes, in rowid order.
    func dump(_ store: Store) throws -> [String: [String]] {
        let tables = ["customers", "identities", "conversations", "messages", "attachments", "segments", "csat_ratings", "events",
                      "search_trigram", "search_grams", "customer_name_search", "identity_search", "outbox"]
        var dump: [String: [String]] = [:]
        for table in tables {
            let columns = try store.db.rows("SELECT name FROM pragma_table_info(?)", [.text(table)]) { "quote(\"\($0.text(0))\")" }
            dump[table] = try store.db.rows("SELECT rowid, \(columns.joined(separator: " || '|' || ")) FROM \(table) ORDER BY rowid") {
                "\($0.int(0)): \($0.text(1))"
            }
        }
        // The report counters keep no rowid: their rows in key order.
        for table in ["message_counts", "message_counts_agent", "message_counts_tag"] {
            let columns = try store.db.rows("SELECT name FROM pragma_table_info(?)", [.text(table)]) { "quote(\"\($0.text(0))\")" }
            dump[table] = try store.db.rows("SELECT \(columns.joined(separator: " || '|' || ")) AS line FROM \(table) ORDER BY line") { $0.text(0) }
        }
        // The people indexes read their text from the tables: what they hold is seen term by term.
        for index in ["customer_name_search", "identity_search"] {
            try store.db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.\(index)_terms USING fts5vocab(main, \(index), instance)")
            dump[index + " terms"] = try store.db.rows("SELECT term, doc, col, offset FROM temp.\(index)_terms ORDER BY 1, 2, 3, 4") {
                "\($0.text(0)) \($0.int(1)) \($0.text(2)) \($0.int(3))"
            }
        }
        dump["people_index_held"] = try store.db.rows("SELECT customers_upto, identities_upto FROM people_index_held") { "\($0.int(0)) \($0.int(1))" }
        return dump
    }

    func testABatchStoresTheSameRowsAsOneMailAtATime() throws {
        let mails = try mails()
        let oneByOne = try TestStore.make()
        let single = MailImporter(store: oneByOne, shopAddresses: ["support@flourist.example.jp"])
        for mail in mails { _ = try single.importMail(mail.bytes, receivedAt: TestStore.now) }

        // Tuned as `mado import` tunes it: foreign keys are not checked while it writes.
        let batched = try TestStore.make()
        try batched.tuneForBulkImport()
        XCTAssertEqual(try batched.db.scalarInt("PRAGMA foreign_keys"), 0)
        let importer = MailImporter(store: batched, shopAddresses: ["support@flourist.example.jp"])
        var batch = MailImportBatch()
        for mail in mails {
            let parsed = MailParser.parse(mail.bytes)
            batch.append(.init(source: mail.source, mail: parsed, raw: mail.bytes, receivedAt: TestStore.now,
                               search: PreparedSearchText(subject: parsed.subject, text: parsed.text)))
        }
        let result = batch.commit(with: importer)
        XCTAssertEqual(result.failed.count, 0, "\(result.failed)")
        XCTAssertEqual(result.duplicates, 1)
        XCTAssertEqual(result.imported.count, mails.count - 1)

        let expected = try dump(oneByOne), got = try dump(batched)
        XCTAssertGreaterThan(expected["search_trigram"]?.count ?? 0, 10)
        XCTAssertGreaterThan(expected["segments"]?.count ?? 0, 1)
        XCTAssertGreaterThan(expected["identity_search terms"]?.count ?? 0, 20)
        XCTAssertGreaterThan(expected["customer_name_search terms"]?.count ?? 0, 5)
        for table in expected.keys.sorted() {
            XCTAssertEqual(got[table], expected[table], "table \(table) differs")
        }
        // Every row it wrote still has its parent.
        XCTAssertEqual(try batched.db.rows("PRAGMA foreign_key_check") { "\($0.text(0)) rowid \($0.int(1)) → \($0.text(2))" }, [])
        XCTAssertEqual(try batched.db.scalarInt("SELECT count(*) FROM search_trigram WHERE search_trigram MATCH '\"割れていました\"'"), 4)
        XCTAssertEqual(try PeopleIndex.customerIDList(containing: "hanako", db: batched.db).count, 1)
        XCTAssertEqual(try PeopleIndex.customerIDList(containing: "Wilson", db: batched.db).count, 1)
        try batched.db.execute("INSERT INTO customer_name_search (customer_name_search) VALUES ('integrity-check')")
        try batched.db.execute("INSERT INTO identity_search (identity_search) VALUES ('integrity-check')")
    }

    /// Customers and identities that were already in the store before a batch keep their index
    /// rows as they change during it; the ones it adds are indexed at its end, changed or not.
    func testPeopleAddedOrChangedDuringABatchAreIndexedAsTheyEnd() throws {
        let store = try TestStore.make()
        let importer = MailImporter(store: store, shopAddresses: [])
        _ = try importer.importMail(Array("From: Old Name <old@example.com>\r\nSubject: first\r\nMessage-ID: <o1@example.com>\r\n\r\nhi\r\n".utf8),
                                    receivedAt: TestStore.now)
        try store.write {
            try store.withSearchIndexDeferred {
                let bytes = Array("From: Brand New <new@example.com>\r\nSubject: second\r\nMessage-ID: <n1@example.com>\r\n\r\nhi\r\n".utf8)
                _ = try importer.importParsed(MailParser.parse(bytes), raw: bytes, receivedAt: TestStore.now, search: nil, ownTransaction: false)
                try store.db.execute("UPDATE customers SET name = 'Renamed Oldtimer' WHERE name = 'Old Name'")
                try store.db.execute("UPDATE customers SET name = 'Changed Newcomer' WHERE name = 'Brand New'")
                // Inside the batch the new customer is not in the index yet.
                XCTAssertEqual(try PeopleIndex.customerIDList(containing: "Newcomer", db: store.db), [])
                XCTAssertEqual(try PeopleIndex.customerIDList(containing: "Oldtimer", db: store.db).count, 1)
            }
        }
        XCTAssertEqual(try PeopleIndex.customerIDList(containing: "Newcomer", db: store.db).count, 1)
        // The names as they were before the change are gone from the customers' index (the
        // identities keep the display names the mails gave).
        func names(_ text: String) throws -> Int64? {
            try store.db.scalarInt("SELECT count(*) FROM customer_name_search WHERE customer_name_search MATCH ?", [.text(SearchIndex.phrase(text))])
        }
        XCTAssertEqual(try names("Brand"), 0)
        XCTAssertEqual(try names("Old Name"), 0)
        XCTAssertEqual(try names("Changed Newcomer"), 1)
        XCTAssertEqual(try names("Renamed Oldtimer"), 1)
        XCTAssertEqual(try PeopleIndex.customerIDList(containing: "new@example", db: store.db).count, 1)
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM people_index_held"), 0)
        try store.db.execute("INSERT INTO customer_name_search (customer_name_search) VALUES ('integrity-check')")
        try store.db.execute("INSERT INTO identity_search (identity_search) VALUES ('integrity-check')")
        // After the batch the triggers index every change again at once.
        try store.db.execute("UPDATE customers SET name = 'Third Spelling' WHERE name = 'Changed Newcomer'")
        XCTAssertEqual(try PeopleIndex.customerIDList(containing: "Spelling", db: store.db).count, 1)
        XCTAssertEqual(try PeopleIndex.customerIDList(containing: "Newcomer", db: store.db), [])
    }

    func testOneBadMailInABatchIsNamedAndTheRestKeptWithTheirSearchRows() throws {
        let store = try TestStore.make()
        // A mail the store refuses half-way: its message row fails after its customer and conversation went in.
        try store.db.execute("""
            CREATE TRIGGER refuse_poison BEFORE INSERT ON messages WHEN new.subject = 'poison'
            BEGIN SELECT RAISE(ABORT, 'poisoned'); END
            """)
        let importer = MailImporter(store: store, shopAddresses: [])
        var batch = MailImportBatch()
        for (n, subject) in ["one", "two", "poison", "four", "five"].enumerated() {
            let bytes = Array("From: C\(n) <c\(n)@example.com>\r\nSubject: \(subject)\r\nMessage-ID: <p\(n)@example.com>\r\n\r\nbody \(subject) text\r\n".utf8)
            let parsed = MailParser.parse(bytes)
            batch.append(.init(source: "mail \(subject)", mail: parsed, raw: bytes, receivedAt: TestStore.now,
                               search: PreparedSearchText(subject: parsed.subject, text: parsed.text)))
        }
        let result = batch.commit(with: importer)
        XCTAssertEqual(result.imported.map(\.source), ["mail one", "mail two", "mail four", "mail five"])
        XCTAssertEqual(result.failed.map(\.source), ["mail poison"])
        XCTAssertTrue(result.failed[0].error.contains("poisoned"), result.failed[0].error)
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM messages"), 4)
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM conversations"), 4, "the bad mail's conversation was undone too")
        // Search rows: one per stored message, none left over from the attempt that was undone.
        XCTAssertEqual(try store.db.rows("SELECT rowid FROM search_trigram ORDER BY rowid") { $0.int(0) },
                       try store.db.rows("SELECT id FROM messages ORDER BY id") { $0.int(0) })
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM search_grams"), 4)
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM search_trigram WHERE search_trigram MATCH '\"body four\"'"), 1)
        XCTAssertFalse(store.deferredSearch.isOn)
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM people_index_held"), 0)
        XCTAssertEqual(try PeopleIndex.customerIDList(containing: "c4@example", db: store.db).count, 1)
        XCTAssertEqual(try PeopleIndex.customerIDList(containing: "c2@example", db: store.db), [], "the bad mail's customer was undone")
    }
}
