import CSQLite
import Foundation
import XCTest
@testable import MadoCore

final class StoreOpeningTests: XCTestCase {
    func testNewStoreFileIsPrivateAndInWALMode() throws {
        let store = try TestStore.make()
        let attributes = try FileManager.default.attributesOfItem(atPath: store.path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        XCTAssertEqual(try store.db.scalarText("PRAGMA journal_mode"), "wal")
        XCTAssertEqual(try store.db.scalarInt("PRAGMA foreign_keys"), 1)
        XCTAssertEqual(try store.db.scalarInt("PRAGMA user_version"), Int64(Migrations.latestVersion))
    }

    func testForeignKeysRefuseAnIdentityWithoutCustomer() throws {
        let store = try TestStore.make()
        XCTAssertThrowsError(try store.addIdentity(customerID: 999, channel: .email, address: "x@example.com"))
    }

    func testReopenedStoreKeepsItsData() throws {
        let path = TestStore.folder() + "/s.sqlite"
        do {
            let store = try Store(path: path, clock: { TestStore.now })
            try TestStore.conversation(store, name: "Emma", email: "emma@example.com", subject: "Order", minutesAgo: 5)
        }
        let again = try Store(path: path, create: false, clock: { TestStore.now })
        XCTAssertEqual(try again.countConversations(ConversationFilter(snooze: .any)), 1)
    }

    func testOlderStoreIsUpgradedWithItsDataKept() throws {
        let path = TestStore.folder() + "/old.sqlite"
        do {
            // Build a version-1 store, as the first release would have left it.
            let db = try Database(path: path, create: true, migrate: false)
            try Migrations.migrate(db, upTo: 1)
            try db.run("INSERT INTO customers (name, created_at) VALUES ('山田 太郎', 0)")
            XCTAssertEqual(try db.scalarInt("PRAGMA user_version"), 1)
            XCTAssertNil(try db.scalarText("SELECT name FROM sqlite_master WHERE name = 'outbox'"))
        }
        let store = try Store(path: path, create: false)
        XCTAssertEqual(try store.db.scalarInt("PRAGMA user_version"), Int64(Migrations.latestVersion))
        XCTAssertEqual(try store.db.scalarText("SELECT name FROM sqlite_master WHERE name = 'outbox'"), "outbox")
        XCTAssertEqual(try store.customer(id: 1)?.name, "山田 太郎")
    }

    func testStoreFromNewerVersionIsRefusedWithClearMessage() throws {
        let path = TestStore.folder() + "/new.sqlite"
        do {
            let store = try Store(path: path)
            try store.db.execute("PRAGMA user_version = \(Migrations.latestVersion + 5)")
        }
        XCTAssertThrowsError(try Store(path: path, create: false)) { error in
            XCTAssertEqual(error as? StoreError, .tooNew(path: path, storeVersion: Migrations.latestVersion + 5, supported: Migrations.latestVersion))
            XCTAssertTrue("\(error)".contains("newer Madoguchi"), "\(error)")
        }
    }

    func testMissingStoreIsNotCreatedWhenOpeningForReading() {
        let path = TestStore.folder() + "/typo.sqlite"
        XCTAssertThrowsError(try Store(path: path, create: false)) { error in
            XCTAssertEqual("\(error)", "No store at \(path).")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }

    func testCorruptFileIsReportedAsNotAStore() throws {
        let path = TestStore.folder() + "/junk.sqlite"
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try Store(path: path, create: false)) { error in
            XCTAssertEqual(error as? StoreError, .notAStore(path: path))
        }
    }

    func testUnreadableStoreSaysSo() throws {
        guard getuid() != 0 else { throw XCTSkip("root can read anything") }
        let path = TestStore.folder() + "/locked.sqlite"
        _ = try Store(path: path)
        chmod(path, 0)
        XCTAssertThrowsError(try Store(path: path, create: false)) { error in
            XCTAssertTrue("\(error)".contains("cannot be opened"))
        }
    }

    func testTwoConnectionsSeeEachOthersCommits() throws {
        let path = TestStore.folder() + "/shared.sqlite"
        let first = try Store(path: path, clock: { TestStore.now })
        let second = try Store(path: path, create: false, clock: { TestStore.now })
        let before = try second.db.dataVersion()
        let id = try TestStore.conversation(first, name: "Liam", email: "liam@example.com", subject: "Hi", minutesAgo: 1)
        XCTAssertNotEqual(try second.db.dataVersion(), before, "the second connection notices the first one's commit")
        XCTAssertEqual(try second.conversation(id: id)?.subject, "Hi")
        try second.setStatus(.closed, conversationID: id, by: nil)
        XCTAssertEqual(try first.conversation(id: id)?.status, .closed)
    }

    func testEventsAreAppendOnly() throws {
        let store = try TestStore.make()
        let id = try TestStore.conversation(store, name: "Emma", email: "emma@example.com", subject: "Order", minutesAgo: 5)
        try store.setStatus(.closed, conversationID: id, by: nil)
        XCTAssertThrowsError(try store.db.execute("UPDATE events SET after = 'open'"))
        XCTAssertThrowsError(try store.db.execute("DELETE FROM events"))
        XCTAssertEqual(try store.events(conversationID: id).count, 1)
    }
}

final class ForeignFileTests: XCTestCase {
    func testEmptyOrForeignFilesAreNotTurnedIntoStores() throws {
        let folder = TestStore.folder()
        let text = folder + "/notes.txt"
        try Data("\n".utf8).write(to: URL(fileURLWithPath: text))
        XCTAssertThrowsError(try Store(path: text, create: false)) { XCTAssertEqual($0 as? StoreError, .notAStore(path: text)) }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: text)), Data("\n".utf8), "the file is untouched")

        let other = folder + "/other.sqlite"
        do {
            let db = try Database(path: other, create: true, migrate: false)
            try db.execute("CREATE TABLE recipes (name TEXT)")
        }
        XCTAssertThrowsError(try Store(path: other, create: false)) { XCTAssertEqual($0 as? StoreError, .notAStore(path: other)) }
    }
}
