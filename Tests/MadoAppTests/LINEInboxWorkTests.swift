import Foundation
@testable import MadoCore
import MadoUI
import XCTest
@testable import MadoApp

/// The open inbox picks up LINE's spool on its idle tick as it does Instagram's: built from the
/// registry the way `mado inbox` builds it, the LINE payload `mado webhook` spooled shows in the
/// list named from a local stand-in for LINE's profile endpoint, its picture fetched from the
/// content endpoint on the worker thread, and the status line says so in English and Japanese.
final class LINEInboxWorkTests: XCTestCase {
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    var folder = ""
    var webServer: Process?

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "mado-line-inbox-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        if let webServer, webServer.isRunning {
            webServer.terminate()
            webServer.waitUntilExit()
        }
    }

    /// LINE's API as files under a local `python3 -m http.server`: the profile of U1 and the
    /// content of message 100 (a PNG).
    func fakeLINE() throws -> String {
        let root = folder + "/fake-line"
        try FileManager.default.createDirectory(atPath: root + "/v2/bot/profile", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/v2/bot/message/100", withIntermediateDirectories: true)
        try Data(#"{"userId":"U1","displayName":"ゆい","language":"ja"}"#.utf8).write(to: URL(fileURLWithPath: root + "/v2/bot/profile/U1"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 9, count: 300))
            .write(to: URL(fileURLWithPath: root + "/v2/bot/message/100/content"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", root]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        webServer = process
        var text = ""
        while !text.contains("\n") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let range = text.range(of: "port "), let port = Int(text[range.upperBound...].prefix { $0.isNumber }) else {
            throw XCTSkip("the local web server did not start: \(text)")
        }
        return "http://127.0.0.1:\(port)"
    }

    func openInbox(strings: UIStrings, api: String?, more: [String: String] = [:]) throws -> (Store, InboxSession, AppState, WebhookSpool) {
        let store = try Store(path: folder + "/s.sqlite", clock: { [now] in now })
        try DemoStore.populate(store, now: now)
        let agent = try store.agent(login: "hanako")
        let session = InboxSession(store: store, agent: agent)
        session.shop = DemoStore.shop
        var values = ["webhook.spool": folder + "/spool"]
        if let api {
            values["line.token_command"] = "echo test-token"
            values["line.api_base"] = api
            values["line.data_api_base"] = api
        }
        let config = Config(file: folder + "/config", values: values.merging(more) { $1 })
        // As `mado inbox` does: every registered channel that receives webhooks.
        session.channelWork = try Channels.inbound.map { try $0.inbound.inboxWork(store: store, config: config, templates: []) }
        XCTAssertEqual(session.channelWork.map(\.channel), [.instagram, .line])
        var state = AppState(width: 120, height: 30, now: now, views: InboxView.builtIn(agentLogin: agent?.login), strings: strings, agent: agent)
        session.start(&state)
        let spool = WebhookSpool.line(config: config)
        try spool.create()
        return (store, session, state, spool)
    }

    func payload(eventID: String, _ message: String) -> [UInt8] {
        let ms = Int64(now.timeIntervalSince1970 * 1000)
        return Array((#"{"destination":"Ushop","events":[{"type":"message","timestamp":\#(ms),"webhookEventId":"\#(eventID)","replyToken":"rt","#
            + #""source":{"type":"user","userId":"U1"},"message":\#(message)}]}"#).utf8)
    }

    /// Ticks until the worker has handed its round back.
    func settle(_ session: InboxSession, _ state: inout AppState) {
        session.idle(&state)
        let deadline = Date().addingTimeInterval(15)
        while session.channelWork.contains(where: \.isBusy) && Date() < deadline { usleep(20_000) }
        session.idle(&state)
    }

    func testASpooledLINEPayloadAppearsInTheOpenInboxNamedFromItsProfile() throws {
        let api = try fakeLINE()
        var (store, session, state, spool) = try openInbox(strings: .english, api: api)
        try spool.deliver(payload(eventID: "E-text", #"{"id":"99","type":"text","text":"ﾘｰｽの在庫ありますか"}"#))
        try spool.deliver(payload(eventID: "E-image", #"{"id":"100","type":"image","contentProvider":{"type":"line"}}"#))
        settle(session, &state)
        let row = try XCTUnwrap(state.list.rows.first { $0.channel == .line }, "the LINE conversation is in the list")
        XCTAssertEqual(row.customerName, "ゆい", "named from the profile endpoint")
        let screen = Renderer.render(state).text
        XCTAssertTrue(screen.contains("2 new LINE messages."), state.flash ?? screen)
        XCTAssertTrue(spool.waiting().isEmpty)
        let image = try XCTUnwrap(store.messages(inConversation: row.id).first { !$0.attachments.isEmpty }?.attachments.first)
        XCTAssertTrue(image.locator.hasPrefix("file:"), "\(image)")
        XCTAssertEqual(FileManager.default.contents(atPath: String(image.locator.dropFirst(5)))?.prefix(4), Data([0x89, 0x50, 0x4E, 0x47]))
    }

    func testTheStatusLineSaysItInJapaneseAndABadPayloadIsSetAside() throws {
        var (_, session, state, spool) = try openInbox(strings: .japanese, api: nil)
        try spool.deliver(Array(#"{"destination":"Ushop","events":["#.utf8))
        try spool.deliver(payload(eventID: "E-ja", #"{"id":"98","type":"text","text":"明日伺います"}"#))
        settle(session, &state)
        let row = try XCTUnwrap(state.list.rows.first { $0.channel == .line })
        XCTAssertEqual(row.customerName, "LINE user …U1", "without a token the number stays and nothing fails")
        let flash = state.flash ?? ""
        XCTAssertTrue(flash.contains("LINE のメッセージが 1 件届きました。"), flash)
        XCTAssertTrue(flash.contains("LINE の受信データを取り込めませんでした"), flash)
        let failed = try FileManager.default.contentsOfDirectory(atPath: spool.root.path + "/failed")
        XCTAssertEqual(failed.filter { $0.hasSuffix(".error") }.count, 1, "\(failed)")
    }

    func testABadSettingIsSaidOnceAndThePayloadWaits() throws {
        var (_, session, state, spool) = try openInbox(strings: .english, api: nil, more: ["line.max_attachment_bytes": "lots"])
        try spool.deliver(payload(eventID: "E-wait", #"{"id":"96","type":"text","text":"hello"}"#))
        settle(session, &state)
        XCTAssertTrue(state.flash?.contains("max_attachment_bytes must be a number of bytes, not 'lots'") == true, state.flash ?? "")
        state.flash = nil
        settle(session, &state)
        XCTAssertNil(state.flash, "said once, not on every tick")
        XCTAssertEqual(spool.waiting().count, 1, "the payload waits for a working setting")
        let said = UIStrings.japanese.chatBackgroundProblem(Channel.line.adapter.name,
                                                            "/c/config: [line] max_attachment_bytes must be a number of bytes, not 'lots'.")
        XCTAssertTrue(said.hasPrefix("LINE（バックグラウンド処理）: "), said)
        XCTAssertFalse(said.contains("must be a number"), "the setting's problem in Japanese: \(said)")
    }

    func testAReadOnlyInboxLeavesTheLINESpoolAlone() throws {
        var (store, _, state, spool) = try openInbox(strings: .english, api: nil)
        let readOnly = InboxSession(store: store, agent: nil)
        readOnly.channelWork = try Channels.inbound.map { try $0.inbound.inboxWork(store: store, config: Config(values: ["webhook.spool": folder + "/spool"]), templates: []) }
        try spool.deliver(payload(eventID: "E-ro", #"{"id":"97","type":"text","text":"hello"}"#))
        settle(readOnly, &state)
        XCTAssertEqual(spool.waiting().count, 1)
    }
}
