import Foundation
import XCTest
@testable import MadoCore

/// The schema step that drops the closed `CHECK (channel IN …)` lists rebuilds four tables; a store
/// from before it must come through with every row, reference, index and trigger.
final class ChannelMigrationTests: XCTestCase {
    static let rebuilt = ["identities", "conversations", "messages", "outbox"]

    func testVersion13StoreKeepsEverythingWhenTheChannelChecksGo() throws {
        let path = TestStore.folder() + "/v13.sqlite"
        var before: [String: [String]] = [:]
        var columns: [String: String] = [:]
        var schemaObjects: [String] = []
        do {
            let db = try Database(path: path, create: true, migrate: false)
            try Migrations.migrate(db, upTo: 13)
            try db.run("INSERT INTO customers (id, name, created_at) VALUES (1, '山田 花子', 0), (2, 'Yui', 0)")
            try db.run("INSERT INTO agents (id, login, name, created_at) VALUES (1, 'hanako', 'Hanako', 0)")
            try db.run("INSERT INTO identities (id, customer_id, channel, address, handle) VALUES (1, 1, 'email', 'hanako@example.jp', NULL), (2, 2, 'instagram', '1784', 'yui.hygge')")
            try db.run("""
                INSERT INTO conversations (id, customer_id, channel, subject, preview, status, assignee_id, created_at, updated_at, waiting_since, last_message_at)
                VALUES (1, 1, 'email', '返品について', '返品したい', 'open', 1, 100, 100, 100, 100),
                       (2, 2, 'instagram', '', 'hi', 'closed', NULL, 200, 200, NULL, 200)
                """)
            try db.run("""
                INSERT INTO messages (id, conversation_id, channel, direction, external_id, from_name, from_address, subject, text, sent_at, received_at, agent_id)
                VALUES (1, 1, 'email', 'in', '<a@x>', '山田 花子', 'hanako@example.jp', '返品について', '返品したいです', 100, 100, NULL),
                       (2, 2, 'instagram', 'in', 'mid.1', 'Yui', '1784', '', 'hi there', 200, 200, NULL),
                       (3, 1, 'email', 'out', '<b@x>', 'Hanako', 'shop@example.jp', 'Re: 返品について', '承知しました', 150, 150, 1)
                """)
            try db.run("INSERT INTO attachments (message_id, filename, content_type, size) VALUES (1, 'receipt.pdf', 'application/pdf', 10)")
            try db.run("INSERT INTO outbox (id, message_id, channel, state, payload, queued_at, updated_at) VALUES (1, 3, 'email', 'sent', x'4142', 150, 150)")
            try db.run("INSERT INTO events (at, agent_id, actor, conversation_id, kind) VALUES (150, 1, 'hanako', 1, 'reply')")
            try SearchIndex.rebuild(db)
            for table in Self.rebuilt + ["attachments", "events", "segments"] {
                // The columns of version 13 (later steps may add some).
                columns[table] = try db.rows("SELECT name FROM pragma_table_xinfo(?)", [.text(table)]) { $0.text(0) }.joined(separator: ", ")
                before[table] = try db.rows("SELECT \(columns[table]!) FROM \(table) ORDER BY rowid") { row in (0..<row.columnCount).map { row.optionalText($0) ?? "NULL" }.joined(separator: "|") }
            }
            schemaObjects = try db.rows("SELECT type || ' ' || name FROM sqlite_master WHERE name NOT LIKE 'sqlite_autoindex%' ORDER BY 1") { $0.text(0) }
            XCTAssertThrowsError(try db.run("INSERT INTO identities (customer_id, channel, address) VALUES (1, 'line', 'U1')"), "version 13 still has the CHECK")
        }

        let store = try Store(path: path, create: false, clock: { TestStore.now })
        let db = store.db
        XCTAssertEqual(try db.scalarInt("PRAGMA user_version"), Int64(Migrations.latestVersion))
        XCTAssertEqual(try db.scalarText("PRAGMA integrity_check"), "ok")
        XCTAssertEqual(try db.rows("PRAGMA foreign_key_check") { $0.text(0) }, [])
        XCTAssertEqual(try db.scalarInt("PRAGMA foreign_keys"), 1, "foreign keys are on again after the migration")
        for (table, rows) in before {
            let after = try db.rows("SELECT \(columns[table]!) FROM \(table) ORDER BY rowid") { row in (0..<row.columnCount).map { row.optionalText($0) ?? "NULL" }.joined(separator: "|") }
            XCTAssertEqual(after, rows, table)
        }
        // Every index, trigger and table is still there (later steps may add their own).
        let objects = Set(try db.rows("SELECT type || ' ' || name FROM sqlite_master WHERE name NOT LIKE 'sqlite_autoindex%'") { $0.text(0) })
        // (Step 23 replaces the index of conversations by customer with one in queue order.)
        XCTAssertEqual(Set(schemaObjects).subtracting(objects), ["index conversations_customer"], "the same indexes, triggers and tables (the search index untouched)")
        for table in Self.rebuilt {
            let sql = try XCTUnwrap(db.scalarText("SELECT sql FROM sqlite_master WHERE name = ?", [.text(table)]))
            XCTAssertFalse(sql.contains("CHECK (channel"), table)
        }
        // What the store offers on top of the rows still works: the generated queue order, search,
        // the append-only audit log, UNIQUE (channel, external_id), and references.
        XCTAssertEqual(try store.conversations(ConversationFilter(snooze: .any), offset: 0, limit: 10).map(\.id), [1, 2])
        XCTAssertEqual(try store.conversations(.search(try SearchQuery("返品")), offset: 0, limit: 10).map(\.id), [1])
        XCTAssertThrowsError(try db.run("DELETE FROM events"))
        XCTAssertThrowsError(try db.run("INSERT INTO messages (conversation_id, channel, direction, external_id, sent_at, received_at) VALUES (1, 'email', 'in', '<a@x>', 1, 1)"))
        XCTAssertThrowsError(try db.run("INSERT INTO identities (customer_id, channel, address) VALUES (99, 'email', 'x@y')"))
        // The tables that point at rebuilt ones still point at them.
        XCTAssertThrowsError(try db.run("INSERT INTO attachments (message_id) VALUES (999)"))
        XCTAssertThrowsError(try db.run("INSERT INTO outbox (message_id, channel, payload, queued_at, updated_at) VALUES (999, 'email', x'00', 0, 0)"))
        XCTAssertThrowsError(try db.run("INSERT INTO messages (conversation_id, channel, direction, sent_at, received_at) VALUES (999, 'email', 'in', 0, 0)"))
        XCTAssertNoThrow(try db.run("INSERT INTO identities (customer_id, channel, address) VALUES (1, 'fax', '0312345678')"),
                         "the schema no longer decides which channels exist")
    }

    func testARowOnAnUnknownChannelIsAnErrorNotEmail() throws {
        let store = try TestStore.make()
        let id = try TestStore.conversation(store, name: "Emma", email: "emma@example.com", subject: "Order", minutesAgo: 5)
        try store.db.run("UPDATE conversations SET channel = 'fax' WHERE id = ?", [.int(id)])
        try store.db.run("UPDATE identities SET channel = 'fax'")
        XCTAssertThrowsError(try store.conversation(id: id)) { error in
            XCTAssertEqual(error as? ChannelError, .unknown(name: "fax", table: "conversations"))
            XCTAssertTrue("\(error)".contains("'fax'"), "\(error)")
        }
        let customerID = try XCTUnwrap(store.db.scalarInt("SELECT customer_id FROM conversations WHERE id = ?", [.int(id)]))
        XCTAssertThrowsError(try store.identities(ofCustomer: customerID))
    }

    func testAMigrationStepThatBreaksAReferenceIsRolledBack() throws {
        let path = TestStore.folder() + "/fk.sqlite"
        let db = try Database(path: path, create: true, migrate: false)
        try Migrations.migrate(db, upTo: 13)
        // A reference broken while foreign keys are off (as during a step) must not commit.
        try db.execute("PRAGMA foreign_keys = OFF")
        try db.run("INSERT INTO identities (customer_id, channel, address) VALUES (42, 'email', 'ghost@example.jp')")
        XCTAssertThrowsError(try Migrations.migrate(db)) { XCTAssertTrue("\($0)".contains("references"), "\($0)") }
        XCTAssertEqual(try db.scalarInt("PRAGMA user_version"), 13)
    }
}
