import Foundation
import XCTest
@testable import MadoCore

/// `mado instagram backfill` against a local fake of the conversations API: every page of
/// conversations and of messages, deduplicated against what the webhook already brought.
final class InstagramBackfillTests: XCTestCase {
    var store: Store!
    var server: FakeGraphServer?
    let token = "EAAG-backfill-token-5d1e"
    let shop = "17841400000000001"
    let yui = "1234567890123456"
    let ren = "2234567890123456"

    override func setUpWithError() throws {
        store = try TestStore.make()
    }

    override func tearDown() {
        server?.stop()
    }

    func message(_ id: String, from: String, to: String, at time: String, text: String, image: String? = nil) -> [String: Any] {
        var item: [String: Any] = ["id": id, "created_time": time, "message": text,
                                   "from": ["id": from, "username": from == shop ? "flourist" : "someone"],
                                   "to": ["data": [["id": to, "username": "x"]]]]
        if let image { item["attachments"] = ["data": [["image_data": ["url": image, "preview_url": image]]]] }
        return item
    }

    func participants(_ customer: String, _ name: String) -> [String: Any] {
        ["data": [["id": shop, "username": "flourist"], ["id": customer, "username": name]]]
    }

    /// Two pages of conversations; Yui's messages on two pages (newest first, as the API lists them).
    func startServer() throws -> FakeGraphServer {
        // Meta puts the token into its paging links; mado must take it out.
        func next(_ path: String) -> String { "{{ROOT}}/v21.0/\(path)&access_token=\(token)" }
        let routes: [String: [[String: Any]]] = [
            "GET /v21.0/me/conversations": [["body": ["data": [["id": "t_yui", "participants": participants(yui, "yui.hygge"), "updated_time": "2026-11-18T09:00:00+0000"]],
                                                      "paging": ["cursors": ["after": "P2"], "next": next("me/conversations?platform=instagram&after=P2")]]]],
            "GET /v21.0/me/conversations?platform=instagram&after=P2": [["body": ["data": [["id": "t_ren", "participants": participants(ren, "ren_jp")]],
                                                                                  "paging": ["cursors": ["before": "P1"]]]]],
            "GET /v21.0/t_yui/messages": [["body": ["data": [
                message("m_3", from: shop, to: yui, at: "2026-11-18T09:05:00+0000", text: "ございます！"),
                message("m_2", from: yui, to: shop, at: "2026-11-18T09:01:00+0000", text: "このリース買えますか？"),
            ], "paging": ["next": next("t_yui/messages?after=M2")]]]],
            "GET /v21.0/t_yui/messages?after=M2": [["body": ["data": [
                message("m_1", from: yui, to: shop, at: "2026-11-17T22:00:00+0000", text: "こんばんは"),
            ]]]],
            "GET /v21.0/t_ren/messages": [["body": ["data": [
                message("m_r1", from: ren, to: shop, at: "2026-11-10T10:00:00+0000", text: "", image: "https://lookaside.example/r1"),
            ]]]],
            "GET /v21.0/me": [["body": ["id": shop, "username": "flourist"]]],
        ]
        let server = try FakeGraphServer(routes: routes)
        self.server = server
        return server
    }

    func backfill(_ server: FakeGraphServer, account: String? = nil) throws -> InstagramBackfill.Report {
        let client = GraphAPIClient(base: server.base, token: InstagramToken(token), timeout: 5)
        return try InstagramBackfill(client: client, account: account).run(importer: InstagramImporter(store: store, account: "flourist"))
    }

    func testEveryPageIsReadAndTheThreadsLandInOrder() throws {
        let server = try startServer()
        let report = try backfill(server)
        XCTAssertEqual(report.conversations, 2)
        XCTAssertEqual(report.imported, 4)
        let yuiConversation = try XCTUnwrap(store.conversations(ConversationFilter(snooze: .any), offset: 0, limit: 10)
            .first { try! store.customerID(channel: .instagram, address: yui) == $0.customerID })
        let messages = try store.messages(inConversation: yuiConversation.id)
        XCTAssertEqual(messages.map(\.externalID), ["m_1", "m_2", "m_3"])
        XCTAssertEqual(messages.map(\.direction), [.incoming, .incoming, .outgoing], "the shop's own message is ours")
        XCTAssertEqual(messages[1].text, "このリース買えますか？")
        XCTAssertEqual(messages[1].sentAt, ISO8601DateFormatter().date(from: "2026-11-18T09:01:00Z"))
        let renMessages = try store.messages(inConversation: try XCTUnwrap(store.conversations(ConversationFilter(snooze: .any), offset: 0, limit: 10)
            .first { try! store.customerID(channel: .instagram, address: ren) == $0.customerID }).id)
        XCTAssertEqual(renMessages.first?.attachments.first?.locator, "https://lookaside.example/r1")
        // Every request carried the token in the header, none in the URL.
        let requests = server.requests()
        XCTAssertEqual(Set(requests.map(\.path)), ["/v21.0/me/conversations", "/v21.0/t_yui/messages", "/v21.0/t_ren/messages", "/v21.0/me"])
        XCTAssertTrue(requests.allSatisfy { $0.headers["authorization"] == "Bearer " + token })
        XCTAssertFalse(requests.contains { $0.query.contains("access_token") || $0.query.contains(token) })
        XCTAssertTrue(requests.contains { $0.path == "/v21.0/t_yui/messages" && $0.query.contains("after=M2") }, "the second page of messages was read")
        XCTAssertTrue(requests.first?.query.contains("platform=instagram") == true)
    }

    func testAMessageTheWebhookBroughtIsNotImportedTwice() throws {
        let server = try startServer()
        var webhook = InstagramMessage(mid: "m_2", senderID: yui, recipientID: shop, timestamp: TestStore.now, text: "このリース買えますか？")
        webhook.isEcho = false
        var report = InstagramImporter.Report()
        try InstagramImporter(store: store, account: "flourist").importEvents([.message(webhook)], report: &report)
        let first = try backfill(server)
        XCTAssertEqual(first.imported, 3)
        XCTAssertEqual(first.duplicates, 1)
        let again = try backfill(server)
        XCTAssertEqual(again.imported, 0)
        XCTAssertEqual(again.duplicates, 4)
        XCTAssertEqual(try store.conversations(ConversationFilter(snooze: .any), offset: 0, limit: 10).count, 2, "one conversation per customer")
    }

    func testTheShopIsTheConfiguredAccount() throws {
        let server = try startServer()
        _ = try backfill(server, account: "@flourist")
        XCTAssertFalse(server.requests().contains { $0.path == "/v21.0/me" }, "no need to ask who the token belongs to")
    }

    func testAnAPIErrorStopsWithItsWordsAndKeepsWhatCameBefore() throws {
        let server = try FakeGraphServer(routes: [
            "GET /v21.0/me/conversations": [["status": 400, "body": ["error": ["message": "Session has expired", "code": 190, "error_subcode": 463]]]],
        ])
        self.server = server
        XCTAssertThrowsError(try backfill(server)) { error in
            XCTAssertTrue("\(error)".contains("expired or was revoked"), "\(error)")
            XCTAssertTrue("\(error)".contains("API code 190"), "\(error)")
        }
    }
}
