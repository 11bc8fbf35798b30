import Foundation
import XCTest

/// The command line as scripts use it: --help everywhere, global options anywhere, one JSON shape,
/// completions that know every command.
extension CommandLineTests {
    static let subcommands = ["setup", "demo", "list", "show", "search", "import", "webhook", "instagram", "reply", "send", "close", "reopen", "pending",
                              "assign", "tag", "untag", "snooze", "priority", "agent", "customer", "report", "save-attachment", "backup", "restore",
                              "first-screen", "help", "version"]

    func testEverySubcommandAnswersHelpWithItsUsage() throws {
        for command in Self.subcommands {
            for flag in ["--help", "-h"] {
                let run = try mado([command, flag])
                XCTAssertEqual(run.status, 0, "\(command) \(flag): \(run.error)")
                XCTAssertTrue(run.output.hasPrefix("Usage: mado \(command)"), "\(command) \(flag): \(run.output)")
            }
        }
    }

    func testHelpOverviewListsEveryCommandAndStartsWithTheScreensFirstLine() throws {
        let run = try mado(["help"])
        XCTAssertEqual(run.status, 0)
        XCTAssertEqual(run.output.split(separator: "\n").first.map(String.init), "mado — Madoguchi, a terminal support inbox for email, Instagram and LINE")
        XCTAssertEqual(try mado(["--help"]).output, run.output)
        for command in Self.subcommands { XCTAssertTrue(run.output.contains("mado \(command)"), command) }
        for topic in ["keys", "commands", "search", "config", "templates"] {
            let page = try mado(["help", topic])
            XCTAssertEqual(page.status, 0, topic)
            XCTAssertTrue(page.output.hasPrefix("NAME\n    mado-\(topic) — "), page.output)
        }
        XCTAssertTrue(try mado(["help", "commands"]).output.contains(":priority urgent|high|normal|low"))
        XCTAssertTrue(try mado(["help", "keys"]).output.contains("send and close"))
        XCTAssertNotEqual(try mado(["help", "nonsense"]).status, 0)
    }

    func testGlobalOptionsWorkBeforeOrAfterTheCommand() throws {
        let before = try mado(["--store", store, "list"])
        let after = try mado(["list", "--store", store])
        let equals = try mado(["--store=\(store)", "list"])
        XCTAssertEqual(before.status, 0, before.error)
        XCTAssertFalse(before.output.isEmpty)
        XCTAssertEqual(before.output, after.output)
        XCTAssertEqual(equals.output, after.output)
    }

    func testEveryJSONOutputHasTheSameEnvelopeWithNamedPrioritiesAndOffsetTimes() throws {
        let list = try mado(["list", "--store", store, "--json", "--limit", "3"])
        let search = try mado(["search", "status:open", "--store", store, "--json"])
        let id = try openEmailConversation()
        let show = try mado(["show", String(id), "--store", store, "--json"])
        for (name, run) in [("list", list), ("search", search), ("show", show)] {
            XCTAssertEqual(run.status, 0, run.error)
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any], "\(name): \(run.output)")
            XCTAssertEqual(Set(object.keys), ["conversations", "total"], name)
            let rows = try XCTUnwrap(object["conversations"] as? [[String: Any]], name)
            XCTAssertFalse(rows.isEmpty, name)
            XCTAssertGreaterThanOrEqual(object["total"] as? Int ?? 0, rows.count, name)
            for row in rows {
                XCTAssertTrue(["low", "normal", "high", "urgent"].contains(row["priority"] as? String ?? ""), "\(name): \(row["priority"] ?? "nil")")
                let created = try XCTUnwrap(row["created_at"] as? String)
                XCTAssertNotNil(created.range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$"#, options: .regularExpression), created)
            }
        }
    }

    func testClosedConversationsShowNoWaitingTime() throws {
        let run = try mado(["list", "--status", "closed", "--store", store])
        XCTAssertFalse(run.output.isEmpty)
        for line in run.output.split(separator: "\n") {
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            XCTAssertEqual(columns.count > 3 ? String(columns[3]) : "", "-", String(line))
        }
    }

    static var repository: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent() }

    func testShellCompletionsParseAndKnowEveryCommand() throws {
        let help = try mado(["help"]).output
        let named = Self.subcommands.filter { help.contains("mado \($0)") }
        XCTAssertEqual(named, Self.subcommands)
        for (file, shell) in [("completions/mado.bash", "bash"), ("completions/_mado", "zsh")] {
            let path = Self.repository.appendingPathComponent(file).path
            let text = try String(contentsOfFile: path, encoding: .utf8)
            for command in Self.subcommands { XCTAssertTrue(text.contains(command), "\(file) lacks \(command)") }
            let binary = "/bin/\(shell)"
            guard FileManager.default.isExecutableFile(atPath: binary) || FileManager.default.isExecutableFile(atPath: "/usr/bin/\(shell)") else { continue }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: FileManager.default.isExecutableFile(atPath: binary) ? binary : "/usr/bin/\(shell)")
            process.arguments = ["-n", path]
            try process.run()
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0, "\(shell) -n \(file)")
        }
    }
}
