import Foundation

/// Changes a table's definition the way SQLite documents it ("Making Other Kinds Of Table Schema
/// Changes", the 12 steps): create the new table under another name, copy the rows, drop the old
/// one, rename the new one into its place, and create its indexes and triggers again. SQLite
/// cannot drop a CHECK constraint any other way.
///
/// Runs inside the migration's transaction, with foreign keys off (`Migrations.migrate` does that
/// for every step, outside the transaction, and checks `PRAGMA foreign_key_check` before commit).
/// Ids are copied, so the search index (keyed by message id) and every reference stay valid.
enum TableRebuild {
    /// Rebuilds `table` with its CREATE statement changed by `edit`; throws when `edit` changed nothing.
    static func rebuild(_ db: Database, table: String, edit: (String) -> String) throws {
        guard let create = try db.scalarText("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [.text(table)]) else {
            throw StoreError.invalid("Schema step: table \(table) is missing.")
        }
        let changed = edit(create)
        guard changed != create else { throw StoreError.invalid("Schema step: nothing to change in table \(table).") }
        // Indexes and triggers go with the dropped table; keep their SQL to make them again
        // (automatic indexes of UNIQUE constraints have no SQL and come back with the table).
        let dependents = try db.rows("""
            SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name
            """, [.text(table)]) { $0.text(0) }
        let temporary = "new_\(table)"
        guard let nameRange = changed.range(of: "CREATE TABLE \(table)") ?? changed.range(of: "CREATE TABLE \"\(table)\"") else {
            throw StoreError.invalid("Schema step: cannot read the definition of table \(table).")
        }
        try db.execute(changed.replacingCharacters(in: nameRange, with: "CREATE TABLE \(temporary)"))
        // Generated columns are computed, not copied.
        let columns = try db.rows("SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0", [.text(table)]) { "\"\($0.text(0))\"" }
            .joined(separator: ", ")
        try db.execute("INSERT INTO \(temporary) (\(columns)) SELECT \(columns) FROM \(table)")
        try db.execute("DROP TABLE \(table)")
        try db.execute("ALTER TABLE \(temporary) RENAME TO \(table)")
        for sql in dependents { try db.execute(sql) }
    }
}
