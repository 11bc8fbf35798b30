import Foundation

/// The people indexes' rows for customers and identities a batch import adds, held back and
/// written together at the batch's end. Each new customer or identity fed its trigram index from a
/// trigger, and inside a transaction FTS5 writes what it holds out as a segment whenever the next
/// statement with triggers opens its savepoint: a new segment per mail, about a third of an
/// import's time. While `people_index_held` has its row (only inside a batch's transaction, so it
/// never reaches the file), the triggers leave rows newer than the ones it names alone, and the
/// batch indexes those from the tables themselves at its end. The index ends up the same.
extension PeopleIndex {
    /// Migration step: the hold table and the triggers that honour it (replacing the plain ones).
    static let holdSchema = """
    CREATE TABLE IF NOT EXISTS people_index_held (
        customers_upto INTEGER NOT NULL,
        identities_upto INTEGER NOT NULL
    );
    DROP TRIGGER IF EXISTS customers_search_insert;
    DROP TRIGGER IF EXISTS customers_search_delete;
    DROP TRIGGER IF EXISTS customers_search_update;
    DROP TRIGGER IF EXISTS identities_search_insert;
    DROP TRIGGER IF EXISTS identities_search_delete;
    DROP TRIGGER IF EXISTS identities_search_update;
    CREATE TRIGGER customers_search_insert AFTER INSERT ON customers
    WHEN new.id <= coalesce((SELECT customers_upto FROM people_index_held), new.id) BEGIN
        INSERT INTO customer_name_search (rowid, name) VALUES (new.id, new.name);
    END;
    CREATE TRIGGER customers_search_delete AFTER DELETE ON customers
    WHEN old.id <= coalesce((SELECT customers_upto FROM people_index_held), old.id) BEGIN
        INSERT INTO customer_name_search (customer_name_search, rowid, name) VALUES ('delete', old.id, old.name);
    END;
    CREATE TRIGGER customers_search_update AFTER UPDATE OF name ON customers
    WHEN old.id <= coalesce((SELECT customers_upto FROM people_index_held), old.id) BEGIN
        INSERT INTO customer_name_search (customer_name_search, rowid, name) VALUES ('delete', old.id, old.name);
        INSERT INTO customer_name_search (rowid, name) VALUES (new.id, new.name);
    END;
    CREATE TRIGGER identities_search_insert AFTER INSERT ON identities
    WHEN new.id <= coalesce((SELECT identities_upto FROM people_index_held), new.id) BEGIN
        INSERT INTO identity_search (rowid, address, handle, display_name) VALUES (new.id, new.address, new.handle, new.display_name);
    END;
    CREATE TRIGGER identities_search_delete AFTER DELETE ON identities
    WHEN old.id <= coalesce((SELECT identities_upto FROM people_index_held), old.id) BEGIN
        INSERT INTO identity_search (identity_search, rowid, address, handle, display_name)
        VALUES ('delete', old.id, old.address, old.handle, old.display_name);
    END;
    CREATE TRIGGER identities_search_update AFTER UPDATE OF address, handle, display_name ON identities
    WHEN old.id <= coalesce((SELECT identities_upto FROM people_index_held), old.id) BEGIN
        INSERT INTO identity_search (identity_search, rowid, address, handle, display_name)
        VALUES ('delete', old.id, old.address, old.handle, old.display_name);
        INSERT INTO identity_search (rowid, address, handle, display_name) VALUES (new.id, new.address, new.handle, new.display_name);
    END;
    """

    /// Starts holding: rows from here on (ids above today's highest) wait for `releaseHeld`.
    static func hold(_ db: Database) throws {
        try db.execute("""
            DELETE FROM people_index_held;
            INSERT INTO people_index_held (customers_upto, identities_upto)
                SELECT (SELECT coalesce(max(id), 0) FROM customers), (SELECT coalesce(max(id), 0) FROM identities);
            """)
    }

    /// Indexes the rows added since `hold`, as they are now, and stops holding.
    static func releaseHeld(_ db: Database) throws {
        try db.execute("""
            INSERT INTO customer_name_search (rowid, name)
                SELECT id, name FROM customers WHERE id > (SELECT customers_upto FROM people_index_held) ORDER BY id;
            INSERT INTO identity_search (rowid, address, handle, display_name)
                SELECT id, address, handle, display_name FROM identities
                WHERE id > (SELECT identities_upto FROM people_index_held) ORDER BY id;
            DELETE FROM people_index_held;
            """)
    }
}
