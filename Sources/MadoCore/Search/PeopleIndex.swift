import Foundation

/// `from:` finds customers by any part of a name, address, handle or display name, which no
/// B-tree index can answer: scanning every customer and identity with LIKE '%…%' costs over
/// 100 ms at a million messages. Two trigram indexes over those columns answer in milliseconds.
/// Triggers keep the indexes in step with every write, wherever it is made.
enum PeopleIndex {
    static let schema = """
    CREATE VIRTUAL TABLE IF NOT EXISTS customer_name_search USING fts5(name, content = 'customers', content_rowid = 'id', tokenize = 'trigram');
    CREATE VIRTUAL TABLE IF NOT EXISTS identity_search USING fts5(address, handle, display_name, content = 'identities', content_rowid = 'id',
                                                    tokenize = 'trigram');
    CREATE TRIGGER IF NOT EXISTS customers_search_insert AFTER INSERT ON customers BEGIN
        INSERT INTO customer_name_search (rowid, name) VALUES (new.id, new.name);
    END;
    CREATE TRIGGER IF NOT EXISTS customers_search_delete AFTER DELETE ON customers BEGIN
        INSERT INTO customer_name_search (customer_name_search, rowid, name) VALUES ('delete', old.id, old.name);
    END;
    CREATE TRIGGER IF NOT EXISTS customers_search_update AFTER UPDATE OF name ON customers BEGIN
        INSERT INTO customer_name_search (customer_name_search, rowid, name) VALUES ('delete', old.id, old.name);
        INSERT INTO customer_name_search (rowid, name) VALUES (new.id, new.name);
    END;
    CREATE TRIGGER IF NOT EXISTS identities_search_insert AFTER INSERT ON identities BEGIN
        INSERT INTO identity_search (rowid, address, handle, display_name) VALUES (new.id, new.address, new.handle, new.display_name);
    END;
    CREATE TRIGGER IF NOT EXISTS identities_search_delete AFTER DELETE ON identities BEGIN
        INSERT INTO identity_search (identity_search, rowid, address, handle, display_name)
        VALUES ('delete', old.id, old.address, old.handle, old.display_name);
    END;
    CREATE TRIGGER IF NOT EXISTS identities_search_update AFTER UPDATE OF address, handle, display_name ON identities BEGIN
        INSERT INTO identity_search (identity_search, rowid, address, handle, display_name)
        VALUES ('delete', old.id, old.address, old.handle, old.display_name);
        INSERT INTO identity_search (rowid, address, handle, display_name) VALUES (new.id, new.address, new.handle, new.display_name);
    END;
    INSERT INTO customer_name_search (customer_name_search) VALUES ('rebuild');
    INSERT INTO identity_search (identity_search) VALUES ('rebuild');
    """

    /// Merges the index segments, so an erased person's words leave the file (see `eraseCustomer`).
    static let optimize = """
    INSERT INTO customer_name_search (customer_name_search) VALUES ('optimize');
    INSERT INTO identity_search (identity_search) VALUES ('optimize');
    """

    /// The ids of the customers `customerIDs(containing:)` finds, worked out once, in order.
    static func customerIDList(containing text: String, db: Database) throws -> [Int64] {
        let query = customerIDs(containing: text)
        return try db.rows(query.sql + " ORDER BY 1", query.bindings) { $0.int(0) }
    }

    /// A query for the ids of customers whose name, or any of whose addresses, handles or display
    /// names, contains `text`, case ignored, with its bindings.
    static func customerIDs(containing text: String) -> (sql: String, bindings: [SQLValue]) {
        let stripped = text.replacingOccurrences(of: "%", with: "")
        // The trigram index needs three characters, and reads "_" as itself where LIKE reads any
        // character: then every row is read with LIKE (which ignores case in ASCII only).
        guard stripped.count >= 3, !stripped.contains("_") else {
            let like = SQLValue.text("%" + stripped + "%")
            return ("""
                SELECT customer_id FROM identities WHERE address LIKE ? OR handle LIKE ? OR display_name LIKE ? \
                UNION SELECT id FROM customers WHERE name LIKE ?
                """, Array(repeating: like, count: 4))
        }
        // The index alone decides, folding case in every script as word search does (É and é are
        // one letter to it): reading each candidate's row again to check it costs as much as the
        // rest of a search at a million messages ("emma": 22,000 rows).
        let match = SQLValue.text(SearchIndex.phrase(stripped))
        return ("""
            SELECT rowid FROM customer_name_search WHERE customer_name_search MATCH ? \
            UNION SELECT customer_id FROM identities WHERE id IN (SELECT rowid FROM identity_search WHERE identity_search MATCH ?)
            """, [match, match])
    }
}
