import CSQLite
import Foundation
import XCTest
@testable import MadoCore

/// The store refuses what is not its own without touching it, keeps text whole, says honestly
/// what an import committed, and tells a live send from an interrupted one.
final class StoreTrustTests: XCTestCase {
    func testAnotherProgramsSQLiteFileIsRefusedAndLeftExactlyAsItWas() throws {
        let path = TestStore.folder() + "/recipes.sqlite"
        var raw: OpaquePointer?
        XCTAssertEqual(sqlite3_open(path, &raw), SQLITE_OK)
        XCTAssertEqual(sqlite3_exec(raw, "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('miso')", nil, nil, nil), SQLITE_OK)
        sqlite3_close(raw)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertEqual(before[18], 1, "a rollback-journal file to begin with")
        XCTAssertThrowsError(try Store(path: path, create: false)) { XCTAssertEqual($0 as? StoreError, .notAStore(path: path)) }
        XCTAssertThrowsError(try Store(path: path, create: true)) { XCTAssertEqual($0 as? StoreError, .notAStore(path: path)) }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before, "not switched to WAL, not changed at all")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + "-wal"))
    }

    func testAnEmptyWorldReadableFileBecomesAPrivateStore() throws {
        let path = TestStore.folder() + "/empty.sqlite"
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(), attributes: [.posixPermissions: 0o644]))
        _ = try Store(path: path, create: true)
        let mode = (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue
        XCTAssertEqual(mode, 0o600)
    }

    func testTextWithANulInsideIsStoredAndReadWhole() throws {
        let store = try TestStore.make()
        try store.db.execute("CREATE TABLE scratch (t TEXT)")
        try store.db.run("INSERT INTO scratch VALUES (?)", [.text("before\u{0}after 花瓶")])
        XCTAssertEqual(try store.db.scalarInt("SELECT length(CAST(t AS BLOB)) FROM scratch"), Int64("before\u{0}after 花瓶".utf8.count))
        XCTAssertEqual(try store.db.scalarText("SELECT t FROM scratch"), "before\u{0}after 花瓶")
    }

    func testAStoreTooNewIsRefusedAndCanBeTriedAgain() throws {
        let path = TestStore.folder() + "/new.sqlite"
        do {
            let store = try Store(path: path)
            try store.db.execute("PRAGMA user_version = 999")
        }
        // Each failed open closes its connection exactly once (this used to be a double close).
        for _ in 0..<20 {
            XCTAssertThrowsError(try Store(path: path, create: false)) { error in
                guard case StoreError.tooNew = error else { return XCTFail("\(error)") }
            }
        }
    }

    func testAnImportCountsOnlyWhatTheStoreCommittedWhenTheDiskFills() throws {
        let store = try TestStore.make()
        let importer = MailImporter(store: store, shopAddresses: [])
        // A "full disk": SQLite may not grow the file past a few pages more than it has now.
        let pages = try XCTUnwrap(store.db.scalarInt("PRAGMA page_count"))
        try store.db.execute("PRAGMA max_page_count = \(pages + 8)")
        var batch = MailImportBatch()
        var imported = 0, failed: [String] = []
        for round in 0..<20 {
            for n in 0..<25 {
                let mail = "From: Customer \(round)-\(n) <c\(round)-\(n)@example.com>\r\nSubject: order \(round)-\(n)\r\n" +
                    "Message-ID: <m\(round)-\(n)@example.com>\r\n\r\n" + String(repeating: "a long line of text \(n) ", count: 80) + "\r\n"
                batch.append(.init(source: "mail \(round)-\(n)", mail: MailParser.parse(Array(mail.utf8)), raw: Array(mail.utf8), receivedAt: TestStore.now))
            }
            let result = batch.commit(with: importer)
            imported += result.imported.count
            failed += result.failed.map(\.source)
        }
        let stored = Int(try XCTUnwrap(store.db.scalarInt("SELECT count(*) FROM messages")))
        XCTAssertGreaterThan(failed.count, 0, "the disk did fill")
        XCTAssertEqual(imported, stored, "the count says what is in the store")
        XCTAssertEqual(imported + failed.count, 500, "every mail is either stored or named as failed")
        XCTAssertEqual(try store.db.scalarText("PRAGMA integrity_check"), "ok")
    }

    func testASendInAnotherLiveProcessIsNotCalledInterrupted() throws {
        let store = try TestStore.make()
        let conversation = try TestStore.conversation(store, name: "Emma", email: "emma@example.com", subject: "Order", minutesAgo: 30)
        let message = { (id: String) in
            NewMessage(channel: .email, direction: .outgoing, externalID: id, fromName: "Hanako", fromAddress: "shop@example.jp",
                       toAddress: "emma@example.com", subject: "Re: Order", text: "On its way", sentAt: TestStore.now)
        }
        let live = try store.queue(message("<live@shop>"), payload: [1], to: conversation)
        let dead = try store.queue(message("<dead@shop>"), payload: [2], to: conversation)
        XCTAssertTrue(try store.claimForSending(live, allowFailed: false))
        XCTAssertTrue(try store.claimForSending(dead, allowFailed: false))
        // A process that is gone, and one that is alive (pid 1 always is).
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        try store.db.run("UPDATE outbox SET claimed_pid = 1 WHERE id = ?", [.int(live)])
        try store.db.run("UPDATE outbox SET claimed_pid = ? WHERE id = ?", [.int(Int64(gone.processIdentifier)), .int(dead)])
        XCTAssertEqual(try store.interruptedSends().map(\.id), [dead])
        let report = try OutboxSender(emailCommand: "cat > /dev/null", instagramCommand: nil).deliver(store)
        XCTAssertEqual(report.interrupted, [dead], "the other mado's item is its own business")
        XCTAssertEqual(try store.outboxItem(id: live)?.state, .sending, "and it is not sent a second time here")
    }
}
