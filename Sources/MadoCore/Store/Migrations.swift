import Foundation

/// Versioned schema steps. The store's `PRAGMA user_version` says how many have run; an older store
/// is brought forward step by step, a store from a newer `mado` is refused rather than damaged.
public enum Migrations {
    /// One step per version; most are plain SQL, some need Swift (the search index folds text).
    static let steps: [@Sendable (Database) throws -> Void] = [
        { try $0.execute(Schema.version1) },
        { try $0.execute(Schema.version2) },
        { db in
            try db.execute(Schema.version3)
            try SearchIndex.rebuild(db)
        },
        { try $0.execute(Schema.version4) },
        { try $0.execute(Schema.version5) },
        { try $0.execute(Schema.version6) },
        { try $0.execute(Schema.version7) },
        // Customer text is cleaned when it enters the store; stores from before that are cleaned once.
        { try cleanCustomerText($0) },
        { try $0.execute(Schema.version9) },
        { try $0.execute(Schema.version10) },
        { try $0.execute(Schema.version11) },
        { try $0.execute(Schema.version12) },
        // Conversation segments for reports, backfilled from the messages and status events so far.
        { db in
            try db.execute(Schema.version13)
            try SegmentBackfill.run(db)
        },
        // MIGRATION from branch line
        // Channel names are no longer a closed list in the schema: a channel is whatever is
        // registered in `Channels`, and an unknown name is refused where it is read.
        { db in
            for table in ["identities", "conversations", "messages", "outbox"] {
                try TableRebuild.rebuild(db, table: table) { $0.replacingOccurrences(of: " CHECK (channel IN ('email', 'instagram'))", with: "") }
            }
        },
        // MIGRATION from branch line
        // The language a chat app reports for the customer (LINE's profile), and each agent's LINE sign-off.
        { try $0.execute("ALTER TABLE identities ADD COLUMN language TEXT; ALTER TABLE agents ADD COLUMN signature_line TEXT") },
        // MIGRATION from branch line
        // Half-width kana with voiced marks (ｻｲｽﾞ) were indexed as ス + a combining mark, which
        // サイズ as typed never matched: index again when any such text is stored.
        { db in
            func marks(_ column: String) -> String { "(instr(\(column), 'ﾞ') > 0 OR instr(\(column), 'ﾟ') > 0)" }
            let found = try db.scalarInt("""
                SELECT EXISTS (SELECT 1 FROM messages WHERE \(marks("text")) OR \(marks("subject")))
                    OR EXISTS (SELECT 1 FROM customers WHERE \(marks("name")))
                """) ?? 0
            if found != 0 { try SearchIndex.rebuild(db) }
        },
        // MIGRATION from branch igapi
        // Instagram through the Graph API: when a scoped id's profile was asked for (once), and
        // pictures downloaded at import (their bytes, or why they could not be fetched).
        { try $0.execute("""
            ALTER TABLE identities ADD COLUMN profile_checked_at INTEGER;
            ALTER TABLE attachments ADD COLUMN content BLOB;
            ALTER TABLE attachments ADD COLUMN fetch_error TEXT;
            """) },
        // MIGRATION from branch reports11
        // "Later" on a merge suggestion is kept in the store, not only in one session's memory.
        { try $0.execute(Schema.mergeSuggestionLater) },
        // MIGRATION from branch reports11
        // Reports read a covering index of segments and per-quarter-hour message counts kept by triggers.
        { try $0.execute(Schema.reportSpeed) },
        // MIGRATION from branch chanfinish
        // Each agent's chat sign-off per channel in one table, so a new channel needs no column;
        // the two existing columns are copied over (and left in place, unread).
        { try $0.execute("""
            CREATE TABLE agent_signatures (
                agent_id INTEGER NOT NULL REFERENCES agents(id),
                channel TEXT NOT NULL,
                text TEXT NOT NULL,
                PRIMARY KEY (agent_id, channel)
            );
            INSERT INTO agent_signatures (agent_id, channel, text)
                SELECT id, 'instagram', signature_instagram FROM agents WHERE signature_instagram IS NOT NULL AND signature_instagram != '';
            INSERT INTO agent_signatures (agent_id, channel, text)
                SELECT id, 'line', signature_line FROM agents WHERE signature_line IS NOT NULL AND signature_line != '';
            """) },
        // MIGRATION from branch perf14
        // Trigram indexes over customers' names and identities, kept by triggers, for `from:`.
        { try $0.execute(PeopleIndex.schema) },
        // MIGRATION from branch reportby
        // Messages in and out per day and agent, and per day and tag, kept by triggers (report --by agent / --by tag).
        { try $0.execute(Schema.reportCountsByAgentTag) },
        // MIGRATION from branch main (search14): indexes for search and key to screen at a million messages.
        // `from:` finds its customers' conversations in queue order from indexes alone, without reading
        // each row: a few customers' conversations from the first, thousands walking the second (the
        // older index by last message served only the customer pane, which sorts a handful).
        { try $0.execute("""
            DROP INDEX IF EXISTS conversations_customer;
            CREATE INDEX IF NOT EXISTS conversations_customer_queue ON conversations(customer_id, queue_order);
            DROP INDEX IF EXISTS conversations_all;
            CREATE INDEX conversations_all ON conversations(queue_order, customer_id);
            -- Mine: an agent's conversations in queue order, where the index by status and assignee
            -- (for counting) made SQLite fetch and sort all 44,000 of them for one page at 1M.
            CREATE INDEX IF NOT EXISTS conversations_assignee_queue ON conversations(assignee_id, queue_order);
            -- Opening a conversation looks for other customers of the same name (merge suggestions):
            -- names folded as `Store.foldedName` does, so the lookup is an index search, not a scan.
            CREATE INDEX IF NOT EXISTS customers_folded_name ON customers(\(Store.foldedName("name")));
            CREATE INDEX IF NOT EXISTS identities_folded_display_name ON identities(\(Store.foldedName("display_name")));
            -- The Auto view: the conversations holding automatic mail (bounces, out-of-office), a few.
            CREATE INDEX IF NOT EXISTS messages_automatic ON messages(conversation_id) WHERE auto = 1;
            """) },
        // MIGRATION from branch import2
        // A batch import holds back the people indexes' rows of the customers and identities it
        // adds and writes them together at its end (`PeopleIndex.hold`); the triggers skip those rows.
        { try $0.execute(PeopleIndex.holdSchema) },
    ]

    public static var latestVersion: Int { steps.count }

    /// Runs the missing steps, each in its own transaction. `upTo` exists so tests can build old stores.
    static func migrate(_ db: Database, upTo target: Int = latestVersion) throws {
        let current = Int(try db.scalarInt("PRAGMA user_version") ?? 0)
        if current > latestVersion {
            throw StoreError.tooNew(path: db.path, storeVersion: current, supported: latestVersion)
        }
        guard current < target else { return }
        if current == 0, try db.scalarInt("SELECT count(*) FROM sqlite_master") ?? 0 > 0 {
            // Tables but no schema version: some other program's database, not ours to change.
            throw StoreError.notAStore(path: db.path)
        }
        // Steps run with foreign keys off, as SQLite's procedure for changing a table requires
        // (the pragma is ignored inside a transaction, so it is set around it), and each step is
        // checked before it commits: a step that broke a reference is rolled back.
        let foreignKeys = try db.scalarInt("PRAGMA foreign_keys") ?? 0
        try db.execute("PRAGMA foreign_keys = OFF")
        defer { try? db.execute("PRAGMA foreign_keys = \(foreignKeys)") }
        for version in (current + 1)...target {
            try db.transaction {
                // Re-check under the write lock: another process may have migrated meanwhile.
                let now = Int(try db.scalarInt("PRAGMA user_version") ?? 0)
                guard now < version else { return }
                try steps[version - 1](db)
                let broken = try db.rows("PRAGMA foreign_key_check") { "\($0.text(0)) row \($0.int(1)) → \($0.text(2))" }
                guard broken.isEmpty else {
                    throw StoreError.invalid("Schema step \(version) would break references (\(broken.prefix(3).joined(separator: "; "))); the store was left at version \(now).")
                }
                try db.execute("PRAGMA user_version = \(version)")
            }
        }
    }

    /// How a stored column is cleaned: one line, a body, or a list of one-line items (one a line).
    enum TextKind {
        case line, block, lines

        func clean(_ text: String) -> String {
            switch self {
            case .line: return CustomerText.line(text)
            case .block: return CustomerText.block(text)
            case .lines: return text.split(separator: "\n").map { CustomerText.line(String($0)) }.filter { !$0.isEmpty }.joined(separator: "\n")
            }
        }
    }

    /// Every column that holds text from outside. Addresses and ids are keys, kept as they came;
    /// `messages.raw` is the evidence and is never touched.
    static let customerTextColumns: [(table: String, columns: [(name: String, kind: TextKind)])] = [
        ("customers", [("name", .line)]),
        ("identities", [("handle", .line), ("display_name", .line)]),
        ("conversations", [("subject", .line), ("preview", .line)]),
        ("messages", [("from_name", .line), ("subject", .line), ("text", .block), ("warnings", .lines), ("reactions", .lines)]),
        ("attachments", [("filename", .line), ("content_type", .line)]),
    ]

    /// Version 8: walks the text columns, rewrites only the rows that change, and rebuilds the search
    /// index (it is folded from messages and people) when any did.
    static func cleanCustomerText(_ db: Database) throws {
        var changedAny = false
        for (table, columns) in customerTextColumns {
            var changed: [(id: Int64, values: [String?])] = []
            let names = columns.map(\.name)
            try db.query("SELECT id, \(names.joined(separator: ", ")) FROM \(table)") { row in
                let stored = columns.indices.map { row.optionalText(Int32($0 + 1)) }
                let cleaned = zip(stored, columns).map { text, column in text.map(column.kind.clean) }
                if cleaned != stored { changed.append((row.int(0), cleaned)) }
            }
            let update = "UPDATE \(table) SET \(names.map { "\($0) = ?" }.joined(separator: ", ")) WHERE id = ?"
            for row in changed {
                try db.run(update, row.values.map { SQLValue.optional($0) } + [.int(row.id)])
            }
            changedAny = changedAny || !changed.isEmpty
        }
        if changedAny { try SearchIndex.rebuild(db) }
    }
}
