import Foundation
import XCTest
@testable import MadoCore

/// Who wrote (the profile, once, only with a token) and pictures downloaded at import, against a
/// local fake of Meta's API and CDN.
final class InstagramProfileAndPictureTests: XCTestCase {
    var store: Store!
    var server: FakeGraphServer?
    let token = "EAAG-profile-token-91c2"

    override func setUpWithError() throws {
        store = try TestStore.make()
    }

    override func tearDown() {
        server?.stop()
    }

    func start(_ routes: [String: [[String: Any]]]) throws -> FakeGraphServer {
        let server = try FakeGraphServer(routes: routes)
        self.server = server
        return server
    }

    /// One webhook payload with a message from `sender`, optionally with an image link.
    func importMessage(from sender: String, mid: String, text: String? = "こんにちは", image: String? = nil) throws {
        var message: [String: Any] = ["mid": mid]
        if let text { message["text"] = text }
        if let image { message["attachments"] = [["type": "image", "payload": ["url": image]]] }
        let payload: [String: Any] = ["object": "instagram", "entry": [["id": "17841400000000001", "time": 1795000000000, "messaging": [
            ["sender": ["id": sender], "recipient": ["id": "17841400000000001"], "timestamp": 1795000000000, "message": message],
        ]]]]
        var report = InstagramImporter.Report()
        let events = try WebhookParser.parse(try JSONSerialization.data(withJSONObject: payload), source: "test")
        try InstagramImporter(store: store, account: "flourist").importEvents(events, report: &report)
    }

    func fetcher(_ server: FakeGraphServer) -> InstagramProfileFetcher {
        InstagramProfileFetcher(client: GraphAPIClient(base: server.base, token: InstagramToken(token), timeout: 5))
    }

    func listNames() throws -> [String] {
        try store.conversations(ConversationFilter(snooze: .any), offset: 0, limit: 50).map(\.customerName)
    }

    // MARK: who wrote

    func testANewScopedIDIsNamedFromItsProfileOnce() throws {
        let server = try start(["GET /v21.0/1784000000000111": [["status": 200, "body": ["name": "Yui", "username": "yui.hygge", "id": "1784000000000111"]]]])
        try importMessage(from: "1784000000000111", mid: "m_a")
        XCTAssertEqual(try listNames(), ["Instagram user …0111"])
        let result = try fetcher(server).run(store: store)
        XCTAssertEqual(result.named, 1)
        XCTAssertNil(result.stoppedBecause)
        XCTAssertEqual(try listNames(), ["@yui.hygge (Yui)"])
        let request = try XCTUnwrap(server.requests().first)
        XCTAssertEqual(request.method, "GET")
        XCTAssertEqual(request.path, "/v21.0/1784000000000111")
        XCTAssertEqual(request.query, "fields=name,username")
        XCTAssertEqual(request.headers["authorization"], "Bearer " + token)
        let customer = try XCTUnwrap(store.customerID(channel: .instagram, address: "1784000000000111"))
        let identity = try XCTUnwrap(store.identities(ofCustomer: customer).first)
        XCTAssertEqual(identity.handle, "yui.hygge")
        XCTAssertEqual(identity.displayName, "Yui")
        // Her earlier message and search follow the name.
        let conversation = try XCTUnwrap(store.conversations(ConversationFilter(snooze: .any), offset: 0, limit: 5).first)
        XCTAssertEqual(try store.messages(inConversation: conversation.id).first?.fromName, "@yui.hygge (Yui)")
        XCTAssertEqual(try store.conversations(.search(try SearchQuery("yui.hygge")), offset: 0, limit: 5).map(\.id), [conversation.id])
        // Her next message asks nothing again.
        try importMessage(from: "1784000000000111", mid: "m_b")
        try fetcher(server).run(store: store)
        XCTAssertEqual(server.requests().count, 1)
        XCTAssertEqual(try store.messages(inConversation: conversation.id).last?.fromName, "@yui.hygge (Yui)")
    }

    func testAProfileIsCleanedAsCustomerText() throws {
        let server = try start(["GET /v21.0/1784000000000222": [["status": 200, "body": ["name": "Ren\u{1B}[31m\u{202E}x", "username": "ren\u{7}_jp"]]]])
        try importMessage(from: "1784000000000222", mid: "m_c")
        try fetcher(server).run(store: store)
        let name = try XCTUnwrap(listNames().first)
        XCTAssertFalse(name.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E }, name)
        XCTAssertTrue(name.hasPrefix("@ren"), name)
    }

    func testANameAPersonGaveIsKept() throws {
        let server = try start(["GET /v21.0/1784000000000333": [["status": 200, "body": ["name": "Yui", "username": "yui.hygge"]]]])
        try importMessage(from: "1784000000000333", mid: "m_d")
        let customer = try XCTUnwrap(store.customerID(channel: .instagram, address: "1784000000000333"))
        try store.write { try store.db.run("UPDATE customers SET name = '吉田 結衣' WHERE id = ?", [.int(customer)]) }
        try fetcher(server).run(store: store)
        XCTAssertEqual(try listNames(), ["吉田 結衣"])
        XCTAssertEqual(try store.identities(ofCustomer: customer).first?.handle, "yui.hygge")
    }

    func testWithoutATokenNothingIsAskedAndTheNumberStays() throws {
        try importMessage(from: "1784000000000444", mid: "m_e")
        let followUp = InstagramFollowUp(config: Config())
        XCTAssertNil(followUp.profiles)
        let summary = try followUp.run(store: store)
        XCTAssertNil(summary.line)
        XCTAssertEqual(try listNames(), ["Instagram user …0444"])
    }

    func testAnExpiredTokenLeavesTheIDForLaterAndAnUnknownUserIsNotAskedAgain() throws {
        let expired: [String: Any] = ["status": 400, "body": ["error": ["message": "Session has expired", "code": 190, "error_subcode": 463]]]
        let unknown: [String: Any] = ["status": 400, "body": ["error": ["message": "No matching user found", "code": 100, "error_subcode": 2018001]]]
        let server = try start(["GET /v21.0/1784000000000555": [expired, unknown]])
        try importMessage(from: "1784000000000555", mid: "m_f")
        let first = try fetcher(server).run(store: store)
        XCTAssertTrue(first.stoppedBecause?.contains("API code 190") == true, "\(first)")
        XCTAssertEqual(try store.instagramIDsWithoutProfile(), ["1784000000000555"], "asked again once the token works")
        let second = try fetcher(server).run(store: store)
        XCTAssertNil(second.stoppedBecause)
        XCTAssertEqual(try store.instagramIDsWithoutProfile(), [])
        XCTAssertEqual(try listNames(), ["Instagram user …0555"])
        XCTAssertEqual(server.requests().count, 2)
    }

    // MARK: pictures

    func testAPictureIsDownloadedAtImportAndCanBeSaved() throws {
        let server = try start(["GET /cdn/photo.png": [["bytes": 2048, "type": "image/png"]]])
        try importMessage(from: "1784000000000666", mid: "m_g", text: nil, image: server.root + "/cdn/photo.png?oh=signed&oe=expiry")
        let local = InstagramPictureFetcher(downloader: MediaDownloader(allowedHosts: ["127.0.0.1"]))
        XCTAssertEqual(try InstagramFollowUp(profiles: nil).run(store: store).downloaded, 0, "by default only Meta's servers")
        try store.write { try store.db.run("UPDATE attachments SET fetch_error = NULL") }
        let summary = try InstagramFollowUp(profiles: nil, pictures: local).run(store: store)
        XCTAssertEqual(summary.downloaded, 1)
        XCTAssertNil(server.requests().first?.headers["authorization"], "the token never goes to a CDN")
        let conversation = try XCTUnwrap(store.conversations(ConversationFilter(snooze: .any), offset: 0, limit: 5).first)
        let message = try XCTUnwrap(store.messages(inConversation: conversation.id).first)
        let attachment = try XCTUnwrap(message.attachments.first)
        XCTAssertEqual(attachment.contentType, "image/png")
        XCTAssertEqual(attachment.size, 2048)
        XCTAssertEqual(attachment.filename, "instagram-\(attachment.id).png")
        XCTAssertTrue(attachment.locator.hasPrefix(server.root + "/cdn/photo.png"), "the link is kept as where it came from")
        let folder = TestStore.folder()
        let saved = try AttachmentSaver.save(message, store: store, folder: folder)
        XCTAssertEqual(saved.count, 1)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: saved[0]))
        XCTAssertEqual(bytes.count, 2048)
        XCTAssertEqual(Array(bytes.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
        // Done once: nothing is fetched again.
        XCTAssertEqual(try InstagramFollowUp(profiles: nil, pictures: local).run(store: store).downloaded, 0)
        XCTAssertEqual(server.requests().count, 1)
    }

    func testAPictureThatCannotBeHadKeepsTheLinkAndSaysWhy() throws {
        let server = try start([
            "GET /cdn/expired.jpg": [["status": 403, "raw": "URL signature expired", "type": "text/plain"]],
            "GET /cdn/page.jpg": [["status": 200, "raw": "<html>login</html>", "type": "text/html"]],
            "GET /cdn/huge.png": [["bytes": 300_000, "type": "image/png"]],
            "GET /cdn/liar.jpg": [["bytes": 100, "type": "image/jpeg"]],
        ])
        let cases = [("expired.jpg", "expired (HTTP 403)"), ("page.jpg", "text/html, not a picture"),
                     ("huge.png", "more than the 100000"), ("liar.jpg", "not that kind of picture")]
        for (index, (file, reason)) in cases.enumerated() {
            try importMessage(from: "178400000000070\(index)", mid: "m_h\(index)", text: "見てください", image: server.root + "/cdn/" + file)
        }
        let pictures = InstagramPictureFetcher(downloader: MediaDownloader(maximumBytes: 100_000, timeout: 5, allowedHosts: ["127.0.0.1"]))
        let summary = try InstagramFollowUp(profiles: nil, pictures: pictures).run(store: store)
        XCTAssertEqual(summary.notDownloaded, 4)
        XCTAssertTrue(summary.line?.contains("could not be downloaded") == true)
        for (index, (file, reason)) in cases.enumerated() {
            let customer = try XCTUnwrap(store.customerID(channel: .instagram, address: "178400000000070\(index)"))
            let conversation = try XCTUnwrap(store.conversations(ConversationFilter(snooze: .any), offset: 0, limit: 10).first { $0.customerID == customer })
            let message = try XCTUnwrap(store.messages(inConversation: conversation.id).first)
            XCTAssertEqual(message.text.components(separatedBy: "\n").first, "見てください", "the message imported whole")
            XCTAssertTrue(message.text.contains(server.root + "/cdn/" + file), "the link stays in the text")
            XCTAssertEqual(message.attachments.first?.locator, server.root + "/cdn/" + file)
            XCTAssertTrue(message.warnings.first?.contains(reason) == true, "\(file): \(message.warnings)")
            XCTAssertNil(try store.attachmentContent(id: message.attachments[0].id))
        }
        // Given up on: not asked again.
        XCTAssertEqual(try store.instagramPicturesToFetch(), [])
    }

    func testOnlyInstagramsServersAreAskedForPictures() throws {
        try importMessage(from: "1784000000000800", mid: "m_i", text: "内部", image: "http://192.168.1.1/admin.png")
        let downloader = MediaDownloader(config: try Config.parse("[instagram]\napi_base = http://127.0.0.1:9/v21.0\n", file: "(t)"))
        XCTAssertTrue(downloader.isAllowed("lookaside.fbsbx.com"))
        XCTAssertTrue(downloader.isAllowed("scontent-nrt1-1.cdninstagram.com"))
        XCTAssertTrue(downloader.isAllowed("127.0.0.1"), "the configured api_base's host")
        XCTAssertFalse(downloader.isAllowed("evilfbsbx.com"))
        let summary = try InstagramFollowUp(profiles: nil).run(store: store)
        XCTAssertEqual(summary.notDownloaded, 1)
        let conversation = try XCTUnwrap(store.conversations(ConversationFilter(snooze: .any), offset: 0, limit: 5).first)
        XCTAssertTrue(try store.messages(inConversation: conversation.id).first?.warnings.first?.contains("192.168.1.1 is not one of Instagram's servers") == true)
    }
}
