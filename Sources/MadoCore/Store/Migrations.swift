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
        for version in (current + 1)...target {
            try db.transaction {
                // Re-check under the write lock: another process may have migrated meanwhile.
                let now = Int(try db.scalarInt("PRAGMA user_version") ?? 0)
                guard now < version else { return }
                try steps[version - 1](db)
                try db.execute("PRAGMA user_version = \(version)")
            }
        }
    }
}
