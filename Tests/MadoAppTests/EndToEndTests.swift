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

    /// Runs Tests/e2e/NAME with the built `mado`. A script that exits 77 says why it cannot run
    /// here (a missing server), and the test is skipped with that reason.
    func runScript(_ name: String, needsTmux: Bool = true) throws {
        guard let mado = Self.madoBinary else { return XCTFail("mado binary not found near \(Bundle.main.bundleURL.path)") }
        if needsTmux && !FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") { throw XCTSkip("tmux is not installed") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Self.repository.appendingPathComponent("Tests/e2e/\(name)").path, mado]
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

    /// mado webhook → spool → the open inbox imports it on its idle tick, names the customer from a
    /// fake Graph API, and the reply leaves through the fake Send API with the Bearer token.
    func testInstagramWithoutGlueWebhookInboxProfileAndSendAPIInTmux() throws { try runScript("instagram-api.sh") }
    /// The open inbox imports LINE's spool by itself at 80×24 in Japanese, names the customer from a
    /// fake profile endpoint, and the reply leaves with the reply token and the `:me line-signature`.
    func testLINEWebhookReachesTheOpenInboxAndTheReplyLeavesAt80x24() throws { try runScript("line-inbox.sh") }
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
    func testWebhookBehindLighttpdVerifiesSpoolsAndImports() throws { try runScript("webhook.sh", needsTmux: false) }
    /// LINE at /line: signed and unsigned payloads through lighttpd, import with a fake LINE API's
    /// profile, then a free reply and a push through `mado reply --send`.
    func testLINEWebhookImportReplyAndPushBehindLighttpd() throws { try runScript("line-webhook.sh", needsTmux: false) }
    func testReportScreenDrillsDownAndAgreesWithReportJSONAt80x24() throws { try runScript("reports.sh") }
}

extension EndToEndTests {
    func testCustomerPaneOrdersMergeAndUndoAt80x24() throws { try runScript("customer.sh") }
}

extension EndToEndTests {
    /// 2000 generated mails: the progress line (count, rate, time left) on a terminal in English and
    /// Japanese, replaced by the summary; a pipe and a file get the summary alone.
    func testImportShowsProgressOnATerminalAndNothingOnAPipe() throws { try runScript("import-progress.sh") }
}
