import Foundation
import XCTest

/// `mado backup` and `mado restore` run as a person would, with another process writing meanwhile.
final class BackupTests: XCTestCase {
    var folder = ""
    var store: String { folder + "/mado.sqlite" }

    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else { throw XCTSkip("sqlite3 not installed") }
        folder = NSTemporaryDirectory() + "mado-backup-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        XCTAssertEqual(try mado(["demo", "--store", store, "--no-open"]).status, 0)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    @discardableResult
    func mado(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        guard let binary = EndToEndTests.madoBinary else { throw XCTSkip("mado binary not found") }
        return try run(binary, arguments)
    }

    func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ["HOME": folder, "XDG_CONFIG_HOME": folder + "/xdg-config", "XDG_DATA_HOME": folder + "/xdg-data",
                               "MADO_CONFIG": folder + "/config", "USER": "hanako", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let output = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let error = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output, error)
    }

    func sql(_ file: String, _ query: String) throws -> String {
        try run("/usr/bin/sqlite3", [file, query]).output
    }

    /// What a person would compare: how many conversations, each one's status, every message's text.
    func contents(_ file: String) throws -> [String] {
        [try sql(file, "SELECT count(*) FROM conversations"),
         try sql(file, "SELECT id, status FROM conversations ORDER BY id"),
         try sql(file, "SELECT id, conversation_id, text FROM messages ORDER BY id"),
         try sql(file, "SELECT c.conversation_id, t.name FROM conversation_tags c JOIN tags t ON t.id = c.tag_id ORDER BY 1, 2")]
    }

    func testBackupWhileAnotherProcessHoldsTheWriteLockHasOnlyCommittedDataAndRestores() throws {
        let before = try contents(store)
        XCTAssertNotEqual(before[0], "0\n")

        // Another process takes the write lock and changes things it has not committed.
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        writer.arguments = [store]
        let input = Pipe(), output = Pipe()
        writer.standardInput = input
        writer.standardOutput = output
        try writer.run()
        input.fileHandleForWriting.write(Data("""
            BEGIN IMMEDIATE;
            UPDATE conversations SET status = 'closed';
            UPDATE messages SET text = 'UNCOMMITTED';
            INSERT INTO tags (name) VALUES ('uncommitted-tag');
            SELECT 'locked';

            """.utf8))
        var seen = ""
        while !seen.contains("locked") {
            let chunk = output.fileHandleForReading.availableData
            XCTAssertFalse(chunk.isEmpty, "sqlite3 stopped before taking the lock")
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
        }

        let backup = folder + "/backup.sqlite"
        let started = Date()
        let made = try mado(["backup", backup, "--store", store])
        XCTAssertEqual(made.status, 0, made.error)
        XCTAssertLessThan(Date().timeIntervalSince(started), 4, "a backup reads a snapshot; it does not wait for the writer")
        let mode = try FileManager.default.attributesOfItem(atPath: backup)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)

        // A backup never overwrites, and restoring over a store in use is refused.
        let again = try mado(["backup", backup, "--store", store])
        XCTAssertNotEqual(again.status, 0)
        XCTAssertTrue(again.error.contains("already exists"), again.error)
        let busyRestore = try mado(["restore", backup, "--store", store])
        XCTAssertNotEqual(busyRestore.status, 0)
        XCTAssertTrue(busyRestore.error.contains("in use"), busyRestore.error)

        input.fileHandleForWriting.write(Data("ROLLBACK;\n.quit\n".utf8))
        try input.fileHandleForWriting.close()
        writer.waitUntilExit()

        let restored = folder + "/restored/mado.sqlite"
        try FileManager.default.createDirectory(atPath: folder + "/restored", withIntermediateDirectories: true)
        let restore = try mado(["restore", backup, "--store", restored])
        XCTAssertEqual(restore.status, 0, restore.error)
        XCTAssertEqual(try sql(restored, "PRAGMA integrity_check"), "ok\n")
        XCTAssertEqual(try contents(restored), before, "the backup holds exactly what was committed")
        XCTAssertEqual(try sql(restored, "SELECT count(*) FROM tags WHERE name = 'uncommitted-tag'"), "0\n")
        XCTAssertEqual(try sql(restored, "SELECT count(*) FROM messages WHERE text = 'UNCOMMITTED'"), "0\n")
        XCTAssertEqual(try mado(["list", "--store", restored]).status, 0, "mado opens the restored store")
        XCTAssertEqual(try contents(store), before, "the writer's rollback left the store as it was")
    }
}
