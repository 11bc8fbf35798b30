import Foundation
import XCTest
@testable import MadoCore

/// Replies on LINE through the outbox against a local fake of the Messaging API: the free reply
/// token within a minute of the customer's message, else a push with a retry key; the request's
/// URL, headers and body; splitting into up to five messages; the quota; every refusal in words.
final class LINESendTests: XCTestCase {
    static let user = "U1f2e3d4c5b6a79880123456789abcdef"
    let t0 = TestStore.now
    var store: Store!
    var hanako: Agent!
    var builder: ReplyBuilder!
    var folder: URL!

    override func setUpWithError() throws {
        store = try TestStore.make()
        hanako = try store.addAgent(login: "hanako", name: "Hanako Sato")
        builder = ReplyBuilder(store: store, shop: ShopSettings(name: "Flourist", address: "support@flourist.example.jp"))
        folder = URL(fileURLWithPath: TestStore.folder())
    }

    /// A customer's text with reply token `rt-1`, at `t0`.
    func customerWrites(_ text: String = "在庫ありますか？", token: String = "rt-1", at: Date? = nil, event: String = "E1") throws -> Int64 {
        let ms = Int64(((at ?? t0).timeIntervalSince1970 * 1000).rounded())
        let body = #"{"destination":"U0","events":[{"type":"message","timestamp":\#(ms),"webhookEventId":"\#(event)","replyToken":"\#(token)","#
            + #""deliveryContext":{"isRedelivery":false},"source":{"type":"user","userId":"\#(Self.user)"},"message":{"id":"m\#(event)","type":"text","text":"\#(text)"}}]}"#
        var report = LINEImporter.Report()
        try LINEImporter(store: store, api: nil).importEvents(try LINEWebhookParser.parseEach(Data(body.utf8), source: "t").events, report: &report)
        return try XCTUnwrap(store.conversations(ConversationFilter(snooze: .any), offset: 0, limit: 1).first?.id)
    }

    func config(_ server: FakeLINEServer?, token: Bool = true) throws -> Config {
        let script = folder.appendingPathComponent("token.sh")
        try Data("#!/bin/sh\necho tok-line-secret\n".utf8).write(to: script)
        chmod(script.path, 0o700)
        var text = "[line]\n"
        if token { text += "token_command = \(script.path)\n" }
        text += "api_base = \(server?.base ?? "http://127.0.0.1:9")\n"
        return try Config.parse(text, file: "config")
    }

    /// The outbox sender as `mado send` builds it, with the transport's clock pinned.
    func sender(_ config: Config, at now: Date) -> OutboxSender {
        var sender = OutboxSender(config: config, environment: [:])
        sender.transports[.line] = LINETransport(config: config, clock: { now })
        sender.timeout = 5
        return sender
    }

    func queue(_ text: String, conversation: Int64, at now: Date, split: Bool = false) throws -> Int64 {
        var draft = try builder.draft(conversationID: conversation, agent: hanako)
        draft.body = text
        return try builder.queue(draft, agent: hanako, now: now, splitLongInstagramText: split)
    }

    nonisolated(unsafe) static let sent: [String: Any] = ["json": ["sentMessages": [["id": "461230966842064897", "quoteToken": "qt"]]]]

    func testWithinAMinuteTheFreeReplyTokenIsUsed() throws {
        let server = try FakeLINEServer(routes: ["POST /v2/bot/message/reply": Self.sent])
        let conversation = try customerWrites()
        var draft = try builder.draft(conversationID: conversation, agent: hanako)
        XCTAssertEqual(draft.channel, .line)
        XCTAssertEqual(draft.to, Self.user)
        draft.body = "ございます！"
        let preview = try builder.preview(draft, agent: hanako, now: t0.addingTimeInterval(30))
        XCTAssertEqual(preview.route, .free(until: t0.addingTimeInterval(60)))
        XCTAssertEqual(preview.whole.text, "ございます！\n— Hanako")
        XCTAssertEqual(preview.limit, 5000)
        try builder.queue(draft, agent: hanako, now: t0.addingTimeInterval(30))

        let report = try sender(try config(server), at: t0.addingTimeInterval(40)).deliver(store)
        XCTAssertEqual(report.failed.map(\.error), [])
        XCTAssertEqual(report.sent.count, 1)
        let request = try XCTUnwrap(server.requests.first)
        XCTAssertEqual(server.requests.count, 1)
        XCTAssertEqual(request.method, "POST")
        XCTAssertEqual(request.path, "/v2/bot/message/reply")
        XCTAssertEqual(request.headers["authorization"], "Bearer tok-line-secret")
        XCTAssertEqual(request.headers["content-type"], "application/json")
        XCTAssertNil(request.headers["x-line-retry-key"])
        XCTAssertEqual(request.json?["replyToken"] as? String, "rt-1")
        XCTAssertEqual(request.json?["messages"] as? [[String: String]], [["type": "text", "text": "ございます！\n— Hanako"]])
        XCTAssertEqual(try store.messages(inConversation: conversation).last?.externalID, "461230966842064897")
    }

    func testAfterAMinuteAPushWithARetryKeyIsSent() throws {
        let server = try FakeLINEServer(routes: ["POST /v2/bot/message/push": Self.sent])
        let conversation = try customerWrites()
        var draft = try builder.draft(conversationID: conversation, agent: hanako)
        draft.body = "お待たせしました"
        XCTAssertEqual(try builder.preview(draft, agent: hanako, now: t0.addingTimeInterval(61)).route, .counted)
        try builder.queue(draft, agent: hanako, now: t0.addingTimeInterval(61))
        let report = try sender(try config(server), at: t0.addingTimeInterval(62)).deliver(store)
        XCTAssertEqual(report.sent.count, 1)
        let request = try XCTUnwrap(server.requests.first)
        XCTAssertEqual(request.path, "/v2/bot/message/push")
        XCTAssertEqual(request.json?["to"] as? String, Self.user)
        XCTAssertNil(request.json?["replyToken"])
        XCTAssertEqual(request.json?["messages"] as? [[String: String]], [["type": "text", "text": "お待たせしました\n— Hanako"]])
        let key = try XCTUnwrap(request.headers["x-line-retry-key"])
        XCTAssertNotNil(UUID(uuidString: key), "LINE wants a UUID: \(key)")
    }

    func testAReplyQueuedInTimeButSentLateGoesAsPush() throws {
        let server = try FakeLINEServer(routes: ["POST /v2/bot/message/push": Self.sent])
        let conversation = try customerWrites()
        _ = try queue("すぐ確認します", conversation: conversation, at: t0.addingTimeInterval(20))
        XCTAssertEqual(try sender(try config(server), at: t0.addingTimeInterval(75)).deliver(store).sent.count, 1)
        XCTAssertEqual(server.requests.map(\.path), ["/v2/bot/message/push"])
    }

    func testAReplyTokenIsUsedOnce() throws {
        let server = try FakeLINEServer(routes: ["POST /v2/bot/message/reply": Self.sent,
                                                 "POST /v2/bot/message/push": ["json": ["sentMessages": [["id": "461230966842064898"]]]]])
        let conversation = try customerWrites()
        _ = try queue("一通目", conversation: conversation, at: t0.addingTimeInterval(10))
        var second = try builder.draft(conversationID: conversation, agent: hanako)
        second.body = "二通目"
        XCTAssertEqual(try builder.preview(second, agent: hanako, now: t0.addingTimeInterval(20)).route, .counted)
        try builder.queue(second, agent: hanako, now: t0.addingTimeInterval(20))
        XCTAssertEqual(try sender(try config(server), at: t0.addingTimeInterval(30)).deliver(store).sent.count, 2)
        XCTAssertEqual(server.requests.map(\.path), ["/v2/bot/message/reply", "/v2/bot/message/push"])
        // The customer writes again: a new token, free again.
        _ = try customerWrites("ありがとう", token: "rt-2", at: t0.addingTimeInterval(100), event: "E2")
        var third = try builder.draft(conversationID: conversation, agent: hanako)
        third.body = "どういたしまして"
        XCTAssertEqual(try builder.preview(third, agent: hanako, now: t0.addingTimeInterval(110)).route, .free(until: t0.addingTimeInterval(160)))
    }

    func testALongReplyIsRefusedUnlessSplitThenGoesAsSeveralMessagesInOneRequest() throws {
        let server = try FakeLINEServer(routes: ["POST /v2/bot/message/push": Self.sent])
        let conversation = try customerWrites()
        let long = String(repeating: "あ", count: 4000) + "。\n" + String(repeating: "い", count: 3000)
        XCTAssertThrowsError(try queue(long, conversation: conversation, at: t0.addingTimeInterval(100))) { error in
            guard case .tooLong(.line, let size, let limit)? = error as? ReplyError else { return XCTFail("\(error)") }
            XCTAssertEqual(limit, TextLimit(maximum: 5000, unit: .utf16Units))
            XCTAssertEqual(size, long.utf16.count + "\n— Hanako".utf16.count)
            XCTAssertTrue("\(error)".contains("LINE allows 5000 characters per message"), "\(error)")
        }
        var draft = try builder.draft(conversationID: conversation, agent: hanako)
        draft.body = long
        let preview = try builder.preview(draft, agent: hanako, now: t0.addingTimeInterval(100))
        XCTAssertTrue(preview.isTooLong)
        XCTAssertEqual(preview.split.count, 2)
        try builder.queue(draft, agent: hanako, now: t0.addingTimeInterval(100), splitLongInstagramText: true)
        XCTAssertEqual(try store.outbox(states: [.queued]).count, 1, "one request, not one per part")
        XCTAssertEqual(try sender(try config(server), at: t0.addingTimeInterval(100)).deliver(store).sent.count, 1)
        let messages = try XCTUnwrap(server.requests.first?.json?["messages"] as? [[String: String]])
        XCTAssertEqual(messages.map { $0["text"]! }, preview.split.map(\.text))
        XCTAssertEqual(messages.map { $0["text"]!.utf16.count }, [4001, 3000 + "\n— Hanako".utf16.count], "cut after the sentence")
        // More than five messages' worth is refused even split.
        draft.body = String(repeating: "う", count: 5000 * 5 + 1)
        XCTAssertThrowsError(try builder.queue(draft, agent: hanako, now: t0.addingTimeInterval(200), splitLongInstagramText: true)) {
            XCTAssertTrue("\($0)".contains("LINE allows 25000 characters"), "\($0)")
        }
    }

    func failure(_ routes: [String: Any], at seconds: TimeInterval = 100, token: Bool = true) throws -> (error: String, paths: [String]) {
        let server = try FakeLINEServer(routes: routes)
        let conversation = try customerWrites()
        _ = try queue("確認します", conversation: conversation, at: t0.addingTimeInterval(seconds))
        let report = try sender(try config(server, token: token), at: t0.addingTimeInterval(seconds))
            .deliver(store)
        return (report.failed.first?.error ?? "sent", server.requests.map(\.path))
    }

    func testEachRefusalIsSaidInWordsWithLINEsStatusAndMessage() throws {
        let monthly = try failure(["POST /v2/bot/message/push": ["status": 429, "json": ["message": "You have reached your monthly limit."]]])
        XCTAssertTrue(monthly.error.contains("LINE refused to send the push message (429: You have reached your monthly limit.)"), monthly.error)
        XCTAssertTrue(monthly.error.contains("quota is used up"), monthly.error)
        let token = try failure(["POST /v2/bot/message/push": ["status": 401, "json": ["message": "Authentication failed due to the following reason: invalid token."]]])
        XCTAssertTrue(token.error.contains("(401: Authentication failed"), token.error)
        XCTAssertTrue(token.error.contains("[line] token_command"), token.error)
        let bad = try failure(["POST /v2/bot/message/push": ["status": 400, "json": ["message": "The request body has 1 error(s)",
                                                                                      "details": [["message": "Length must be between 0 and 5000", "property": "messages[0].text"]]]]])
        XCTAssertTrue(bad.error.contains("(400: The request body has 1 error(s); messages[0].text: Length must be between 0 and 5000)"), bad.error)
        let down = try failure(["POST /v2/bot/message/push": ["status": 500, "json": ["message": "Internal server error"]]])
        XCTAssertTrue(down.error.contains("try again later (mado send --retry)"), down.error)
        let none = try failure([:], token: false)
        XCTAssertEqual(none.error, "No LINE channel access token: set [line] token_command (a command printing it) in the config.")
        XCTAssertEqual(none.paths, [])
        XCTAssertFalse(monthly.error.contains("tok-line-secret"), "the token is never in an error")
    }

    func testAnUnreachableAPIIsSaidAndTheReplyStaysForARetry() throws {
        let conversation = try customerWrites()
        let id = try queue("確認します", conversation: conversation, at: t0.addingTimeInterval(100))
        let report = try sender(try config(nil), at: t0.addingTimeInterval(100)).deliver(store)
        XCTAssertTrue(report.failed.first?.error.contains("LINE could not be reached to send the push message") ?? false, "\(report.failed)")
        XCTAssertEqual(try store.outbox(states: [.failed]).map(\.id), [id])
    }

    func testAnExpiredReplyTokenFallsBackToPushAndAnAcceptedRetryIsNotSentTwice() throws {
        let expired = try failure(["POST /v2/bot/message/reply": ["status": 400, "json": ["message": "Invalid reply token"]],
                                   "POST /v2/bot/message/push": Self.sent], at: 10)
        XCTAssertEqual(expired.error, "sent")
        XCTAssertEqual(expired.paths, ["/v2/bot/message/reply", "/v2/bot/message/push"])
        setUp()
        try setUpWithError()
        // The push went through but its answer was lost: retried with the same key, LINE says 409.
        let accepted = try failure(["POST /v2/bot/message/push": ["status": 409, "json": ["message": "The retry key is already accepted"]]])
        XCTAssertEqual(accepted.error, "sent")
    }

    func testQuotaShowsWhatIsLeftAndWarnsNearTheEnd() throws {
        let server = try FakeLINEServer(routes: ["GET /v2/bot/message/quota": ["json": ["type": "limited", "value": 200]],
                                                 "GET /v2/bot/message/quota/consumption": ["json": ["totalUsage": 195]]])
        let quota = try XCTUnwrap(Channel.line.adapter.quota(config: try config(server)))
        XCTAssertEqual(quota, MessageQuota(limit: 200, used: 195))
        XCTAssertEqual(quota.remaining, 5)
        XCTAssertTrue(quota.isNearlyUsedUp)
        XCTAssertFalse(MessageQuota(limit: 200, used: 100).isNearlyUsedUp)
        XCTAssertTrue(server.requests.allSatisfy { $0.headers["authorization"] == "Bearer tok-line-secret" })
        try server.setRoutes(["GET /v2/bot/message/quota": ["json": ["type": "none"]],
                              "GET /v2/bot/message/quota/consumption": ["json": ["totalUsage": 12]]])
        let unlimited = try XCTUnwrap(Channel.line.adapter.quota(config: try config(server)))
        XCTAssertNil(unlimited.remaining)
        XCTAssertFalse(unlimited.isNearlyUsedUp)
        XCTAssertNil(try Channel.instagram.adapter.quota(config: try config(server)))
        XCTAssertNil(try Channel.line.adapter.quota(config: try config(server, token: false)), "no token, no question")
    }

    func testAnAgentsNoteDoesNotTakeTheReplyTokenAway() throws {
        let conversation = try customerWrites()
        try store.append(NewMessage(channel: .line, direction: .note, fromName: "Hanako Sato", text: "在庫を確認中",
                                    sentAt: t0.addingTimeInterval(5)), to: conversation)
        var draft = try builder.draft(conversationID: conversation, agent: hanako)
        draft.body = "ございます"
        XCTAssertEqual(try builder.preview(draft, agent: hanako, now: t0.addingTimeInterval(20)).route, .free(until: t0.addingTimeInterval(60)))
    }
}
