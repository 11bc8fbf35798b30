import Foundation
import XCTest

/// Runs the tmux scripts in Tests/e2e against the real `mado` binary, as a person would use it.
final class EndToEndTests: XCTestCase {
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The `mado` built beside this test bundle.
    static var madoBinary: String? {
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("mado").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    func runScript(_ name: String) throws {
        guard let mado = Self.madoBinary else { return XCTFail("mado binary not found near \(Bundle.main.bundleURL.path)") }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else { throw XCTSkip("tmux is not installed") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Self.repository.appendingPathComponent("Tests/e2e/\(name)").path, mado]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, String(decoding: data, as: UTF8.self))
    }

    func testInboxInTmux() throws { try runScript("inbox.sh") }
}

extension EndToEndTests {
    func testSearchSelectBulkCloseUndoInTmux() throws { try runScript("triage.sh") }
}

extension EndToEndTests {
    func testReplyWithEditorAndSendmailInTmux() throws { try runScript("reply.sh") }
}

extension EndToEndTests {
    func testTwoProcessesChangingOneConversationLoseNothing() throws { try runScript("concurrency.sh") }
}

extension EndToEndTests {
    func testMaildirWatchReachesAnOpenInboxInTmux() throws { try runScript("mail-watch.sh") }
}

extension EndToEndTests {
    func testInstagramWebhookReplyAndSendInTmux() throws { try runScript("instagram.sh") }
}

extension EndToEndTests {
    func testInboxKeepsItsWritesWhileOtherProcessesOpenTheStore() throws { try runScript("store-sharing.sh") }
    func testRealVimAndViRunAsTheEditor() throws { try runScript("editor.sh") }
}

extension EndToEndTests {
    func testCtrlCClosesPromptsAndHangUpKeepsTheDraft() throws { try runScript("signals.sh") }
}

extension EndToEndTests {
    func testPickersMoveAndSnoozeReadsTypedJapaneseAt80x24() throws { try runScript("pickers.sh") }
    func testADayAtTheCounterFlowAtEightyByTwentyFour() throws { try runScript("flow.sh") }
}

extension EndToEndTests {
    func testInstagramBoxTakesLinesCursorMovesAndPastesAt80x24() throws { try runScript("instagram-box.sh") }
}

extension EndToEndTests {
    func testAMorningAtTheCounterInJapaneseAt80x24() throws { try runScript("morning.sh") }
}

extension EndToEndTests {
    /// lighttpd with mod_cgi runs the real `mado webhook`; curl posts signed and unsigned payloads.
    /// No tmux. Skipped only when lighttpd is missing (the script exits 77); .ci/run installs it.
    func testWebhookBehindLighttpdVerifiesSpoolsAndImports() throws {
        guard let mado = Self.madoBinary else { return XCTFail("mado binary not found near \(Bundle.main.bundleURL.path)") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Self.repository.appendingPathComponent("Tests/e2e/webhook.sh").path, mado]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        if process.terminationStatus == 77 { throw XCTSkip(text.trimmingCharacters(in: .whitespacesAndNewlines)) }
        XCTAssertEqual(process.terminationStatus, 0, text)
    }
    func testReportScreenDrillsDownAndAgreesWithReportJSONAt80x24() throws { try runScript("reports.sh") }
}

extension EndToEndTests {
    func testCustomerPaneOrdersMergeAndUndoAt80x24() throws { try runScript("customer.sh") }
}
