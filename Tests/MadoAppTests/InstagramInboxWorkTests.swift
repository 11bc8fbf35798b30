import Foundation
@testable import MadoCore
import MadoUI
import XCTest
@testable import MadoApp

/// The open inbox picks up what `mado webhook` spooled on its idle tick: the conversation shows in
/// the list without `mado import --watch`, a bad payload goes to failed/ without holding up the
/// next, and pictures are downloaded in the background (from a local web server, never the internet).
final class InstagramInboxWorkTests: XCTestCase {
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    var folder = ""
    var webServer: Process?

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "mado-ig-inbox-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        if let webServer, webServer.isRunning {
            webServer.terminate()
            webServer.waitUntilExit()
        }
    }

    func openInbox(agent login: String?) throws -> (Store, InboxSession, AppState, WebhookSpool) {
        let store = try Store(path: folder + "/s.sqlite", clock: { [now] in now })
        try DemoStore.populate(store, now: now)
        let agent = try login.flatMap { try store.agent(login: $0) }
        let session = InboxSession(store: store, agent: agent)
        session.shop = DemoStore.shop
        let spool = WebhookSpool(root: URL(fileURLWithPath: folder + "/spool/instagram"))
        try spool.create()
        session.instagram = InstagramInboxWork(spool: spool, importer: InstagramImporter(store: store, account: "flourist"),
                                               followUp: InstagramFollowUp(profiles: nil))
        var state = AppState(width: 120, height: 30, now: now, views: InboxView.builtIn(agentLogin: agent?.login), agent: agent)
        session.start(&state)
        return (store, session, state, spool)
    }

    func payload(from sender: String, mid: String, text: String, image: String? = nil) throws -> [UInt8] {
        var message: [String: Any] = ["mid": mid, "text": text]
        if let image { message["attachments"] = [["type": "image", "payload": ["url": image]]] }
        return Array(try JSONSerialization.data(withJSONObject: ["object": "instagram", "entry": [["id": "17841400000000001", "time": 1795000000000,
            "messaging": [["sender": ["id": sender], "recipient": ["id": "17841400000000001"], "timestamp": 1795000000000, "message": message]]]]]))
    }

    func testASpooledPayloadAppearsInTheOpenInbox() throws {
        var (_, session, state, spool) = try openInbox(agent: "hanako")
        XCTAssertFalse(Renderer.render(state).text.contains("リースの在庫ありますか"))
        try spool.deliver(payload(from: "1784000000000999", mid: "m_spooled", text: "リースの在庫ありますか"))
        session.idle(&state)
        XCTAssertEqual(state.list.rows.last?.customerName, "Instagram user …0999", "the newest waits last in the queue")
        let screen = Renderer.render(state).text
        XCTAssertTrue(screen.contains("リースの在庫ありますか"), screen)
        XCTAssertTrue(screen.contains("1 new Instagram message."), screen)
        XCTAssertTrue(spool.waiting().isEmpty)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: spool.root.path + "/cur").count, 1)
    }

    func testABadPayloadIsSetAsideAndTheNextStillArrives() throws {
        var (_, session, state, spool) = try openInbox(agent: "hanako")
        try spool.deliver(Array("{\"object\": \"instagram\", \"entry\": [".utf8))
        try spool.deliver(payload(from: "1784000000000888", mid: "m_after_bad", text: "届いていますか"))
        session.idle(&state)
        XCTAssertTrue(state.list.rows.contains { $0.customerName == "Instagram user …0888" })
        let failed = try FileManager.default.contentsOfDirectory(atPath: spool.root.path + "/failed")
        XCTAssertEqual(failed.filter { $0.hasSuffix(".error") }.count, 1, "\(failed)")
        XCTAssertTrue(state.flash?.contains("could not be imported") == true, state.flash ?? "")
        XCTAssertTrue(state.flash?.contains("not valid JSON") == true, state.flash ?? "")
    }

    func testABurstIsTakenAFewPayloadsPerTick() throws {
        var (_, session, state, spool) = try openInbox(agent: "hanako")
        session.instagram?.payloadsPerTick = 2
        for n in 0..<5 { try spool.deliver(payload(from: "178400000000077\(n)", mid: "m_burst_\(n)", text: "\(n)")) }
        session.idle(&state)
        XCTAssertEqual(spool.waiting().count, 3)
        session.idle(&state)
        session.idle(&state)
        XCTAssertEqual(spool.waiting().count, 0)
        XCTAssertEqual(state.list.rows.filter { $0.customerName.hasPrefix("Instagram user …077") }.count, 5)
    }

    func testAReadOnlyInboxImportsNothing() throws {
        var (_, session, state, spool) = try openInbox(agent: nil)
        try spool.deliver(payload(from: "1784000000000666", mid: "m_ro", text: "hello"))
        session.idle(&state)
        XCTAssertEqual(spool.waiting().count, 1)
    }

    /// `python3 -m http.server` on a free local port, serving `directory`.
    func serve(_ directory: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", directory]
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
        // "Serving HTTP on 127.0.0.1 port 40123 (http://127.0.0.1:40123/) ..."
        guard let range = text.range(of: "port "), let port = Int(text[range.upperBound...].prefix { $0.isNumber }) else {
            throw NSError(domain: "serve", code: 1, userInfo: [NSLocalizedDescriptionKey: "no port in: \(text)"])
        }
        return "http://127.0.0.1:\(port)"
    }

    func testAPictureIsDownloadedInTheBackgroundWithoutBlockingTheTick() throws {
        let media = folder + "/media"
        try FileManager.default.createDirectory(atPath: media, withIntermediateDirectories: true)
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 7, count: 500))
        try png.write(to: URL(fileURLWithPath: media + "/lookaside.png"))
        let host = try serve(media)
        var (store, session, state, spool) = try openInbox(agent: "hanako")
        session.instagram = InstagramInboxWork(spool: spool, importer: InstagramImporter(store: store, account: "flourist"),
                                               followUp: InstagramFollowUp(profiles: nil, pictures: InstagramPictureFetcher(
                                                   downloader: MediaDownloader(allowedHosts: ["127.0.0.1"]))))
        try spool.deliver(payload(from: "1784000000000555", mid: "m_pic", text: "この色です", image: host + "/lookaside.png"))
        session.idle(&state)
        let deadline = Date().addingTimeInterval(10)
        while (session.instagram?.isBusy ?? false) && Date() < deadline { usleep(20_000) }
        session.idle(&state)
        let conversation = try XCTUnwrap(state.list.rows.first { $0.customerName == "Instagram user …0555" })
        let attachment = try XCTUnwrap(store.messages(inConversation: conversation.id).first?.attachments.first)
        XCTAssertEqual(attachment.contentType, "image/png")
        XCTAssertEqual(try store.attachmentContent(id: attachment.id), Array(png))
    }
}
