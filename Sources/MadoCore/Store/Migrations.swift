import Foundation

/// Versioned schema steps. The store's `PRAGMA user_version` says how many have run; an older store
/// is brought forward step by step, a store from a newer `mado` is refused rather than damaged.
public enum Migrations {
    public static let steps: [String] = [
        Schema.version1,
        Schema.version2,
    ]

    public static var latestVersion: Int { steps.count }

    /// Runs the missing steps, each in its own transaction. `upTo` exists so tests can build old stores.
    public static func migrate(_ db: Database, upTo target: Int = latestVersion) throws {
        let current = Int(try db.scalarInt("PRAGMA user_version") ?? 0)
        if current > latestVersion {
            throw StoreError.tooNew(path: db.path, storeVersion: current, supported: latestVersion)
        }
        guard current < target else { return }
        for version in (current + 1)...target {
            try db.transaction {
                // Re-check under the write lock: another process may have migrated meanwhile.
                let now = Int(try db.scalarInt("PRAGMA user_version") ?? 0)
                guard now < version else { return }
                try db.execute(steps[version - 1])
                try db.execute("PRAGMA user_version = \(version)")
            }
        }
    }
}
