import Foundation
import XCTest
@testable import MadoCore

/// Replies leave through Instagram's Send API (a local fake of it): the right URL, headers and
/// body, split parts in order, each listed error in words with its code, retries only where the
/// API says they are safe, and the token nowhere but the Authorization header.
final class InstagramSendAPITests: XCTestCase {
    var store: Store!
    var hanako: Agent!
    var builder: ReplyBuilder!
    var server: FakeGraphServer?
    let token = "EAAG-test-token-7f3a9c"

    override func setUpWithError() throws {
        store = try TestStore.make()
        hanako = try store.addAgent(login: "hanako", name: "Hanako Sato", email: "hanako@flourist.example.jp")
        builder = ReplyBuilder(store: store, shop: ShopSettings(name: "Flourist", address: "support@flourist.example.jp",
                                                                timeZone: TimeZone(identifier: "Asia/Tokyo")!))
    }

    override func tearDown() {
        server?.stop()
    }

    func start(_ answers: [[String: Any]]) throws -> FakeGraphServer {
        let server = try FakeGraphServer(routes: ["POST /v21.0/me/messages": answers])
        self.server = server
        return server
    }

    func sender(_ server: FakeGraphServer, delays: [TimeInterval] = [0, 0], slept: SleepLog? = nil) -> OutboxSender {
        var api = InstagramSendAPI(client: GraphAPIClient(base: server.base, token: InstagramToken(token), timeout: 5))
        api.retryDelays = delays
        if let slept { api.sleep = { slept.add($0) } }
        var sender = OutboxSender(emailCommand: "false", instagramCommand: nil)
        sender.transports[.instagram] = api
        return sender
    }

    final class SleepLog: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [TimeInterval] = []
        func add(_ value: TimeInterval) { lock.withLock { values.append(value) } }
        var all: [TimeInterval] { lock.withLock { values } }
    }

    func conversation(lastMessageMinutesAgo minutes: Double) throws -> Int64 {
        let customer = try store.addCustomer(name: "yui")
        try store.addIdentity(customerID: customer, channel: .instagram, address: "1784000", handle: "yui.hygge")
        let id = try store.addConversation(customerID: customer, channel: .instagram, subject: "", at: TestStore.now)
        try store.append(NewMessage(channel: .instagram, direction: .incoming, externalID: "mid.in", fromName: "yui", fromAddress: "1784000",
                                    text: "このリース買えますか？", sentAt: TestStore.now.addingTimeInterval(-minutes * 60)), to: id)
        return id
    }

    func queueReply(_ text: String, minutesAgo: Double = 30, split: Bool = false) throws -> Int64 {
        let id = try conversation(lastMessageMinutesAgo: minutesAgo)
        var draft = try builder.draft(conversationID: id, agent: hanako)
        draft.body = text
        try builder.queue(draft, agent: hanako, now: TestStore.now, splitLongInstagramText: split)
        return id
    }

    static func apiError(_ code: Int, subcode: Int? = nil, message: String = "An error", transient: Bool = false, status: Int = 400) -> [String: Any] {
        var error: [String: Any] = ["message": message, "type": "OAuthException", "code": code, "fbtrace_id": "A1b2"]
        if let subcode { error["error_subcode"] = subcode }
        if transient { error["is_transient"] = true }
        return ["status": status, "body": ["error": error]]
    }

    static var ok: [String: Any] { ["status": 200, "body": ["recipient_id": "1784000", "message_id": "aWdfZAG1fm_1"]] }

    func testReplyIsPostedToMeMessagesWithBearerTokenAndTheBuiltJSON() throws {
        let server = try start([Self.ok])
        let conversation = try queueReply("はい、ご用意できます！")
        let report = try sender(server).deliver(store)
        XCTAssertEqual(report.sent.count, 1)
        XCTAssertTrue(report.failed.isEmpty, "\(report.failed)")
        let requests = server.requests()
        XCTAssertEqual(requests.count, 1)
        XCTAssertEqual(requests[0].method, "POST")
        XCTAssertEqual(requests[0].path, "/v21.0/me/messages")
        XCTAssertEqual(requests[0].query, "", "the token never goes into the URL")
        XCTAssertEqual(requests[0].headers["authorization"], "Bearer " + token)
        XCTAssertEqual(requests[0].headers["content-type"], "application/json")
        let body = try XCTUnwrap(requests[0].json)
        XCTAssertEqual((body["recipient"] as? [String: String])?["id"], "1784000")
        XCTAssertEqual((body["message"] as? [String: String])?["text"], "はい、ご用意できます！\n— Hanako")
        XCTAssertNil(body["tag"])
        // The API's message id replaces the local one, so the echo webhook is recognised.
        XCTAssertEqual(try store.messages(inConversation: conversation).last?.externalID, "aWdfZAG1fm_1")
        XCTAssertEqual(try store.messages(inConversation: conversation).last?.outbox?.state, .sent)
    }

    func testAfterADayTheReplyCarriesTheHumanAgentTag() throws {
        let server = try start([Self.ok])
        try queueReply("Sorry for the wait!", minutesAgo: 3 * 24 * 60)
        XCTAssertEqual(try sender(server).deliver(store).sent.count, 1)
        let body = try XCTUnwrap(server.requests().first?.json)
        XCTAssertEqual(body["messaging_type"] as? String, "MESSAGE_TAG")
        XCTAssertEqual(body["tag"] as? String, "HUMAN_AGENT")
    }

    func testALongReplySplitOnRequestLeavesAsSeveralMessagesInOrder() throws {
        let server = try start((1...5).map { ["status": 200, "body": ["recipient_id": "1784000", "message_id": "aWdfZAG1fm_\($0)"]] })
        let text = String(repeating: "お問い合わせありがとうございます。", count: 40)
        try queueReply(text, split: true)
        let report = try sender(server).deliver(store)
        let texts = server.requests().compactMap { ($0.json?["message"] as? [String: String])?["text"] }
        XCTAssertGreaterThan(texts.count, 1)
        XCTAssertEqual(report.sent.count, texts.count)
        XCTAssertTrue(texts.allSatisfy { $0.utf8.count <= InstagramText.maximumBytes })
        XCTAssertEqual(texts.joined(), text + "\n— Hanako")
        XCTAssertTrue(texts.last!.hasSuffix("— Hanako"))
    }

    func testATextOverTheLimitIsRefusedBeforeAnythingLeaves() throws {
        let server = try start([Self.ok])
        let dm = try conversation(lastMessageMinutesAgo: 10)
        let long = String(repeating: "あ", count: 400)
        let payload = try JSONSerialization.data(withJSONObject: ["recipient": ["id": "1784000"], "message": ["text": long]])
        try store.queue(NewMessage(channel: .instagram, direction: .outgoing, externalID: "local:1", text: long, sentAt: TestStore.now),
                        payload: Array(payload), to: dm)
        let report = try sender(server).deliver(store)
        XCTAssertEqual(report.failed.count, 1)
        XCTAssertTrue(report.failed[0].error.contains("1200 bytes"), report.failed[0].error)
        XCTAssertTrue(server.requests().isEmpty)
    }

    func testEachListedErrorIsShownInWordsWithTheAPICode() throws {
        let cases: [([String: Any], String, String)] = [
            (Self.apiError(190, subcode: 463, message: "Error validating access token: Session has expired"),
             "expired or was revoked", "API code 190, subcode 463"),
            (Self.apiError(10, subcode: 2018278, message: "This message is sent outside of allowed window."),
             "older than the messaging window", "API code 10, subcode 2018278"),
            (Self.apiError(10, message: "Permission denied"), "instagram_manage_messages", "API code 10"),
            (Self.apiError(551, message: "This person isn't available right now."), "isn't available", "API code 551"),
            (Self.apiError(4, message: "Application request limit reached"), "rate limit", "API code 4"),
            (Self.apiError(613, message: "Calls to this api have exceeded the rate limit."), "rate limit", "API code 613"),
            (Self.apiError(32, message: "Page request limit reached"), "rate limit", "API code 32"),
        ]
        for (answer, words, code) in cases {
            let store = try TestStore.make()
            self.store = store
            hanako = try store.addAgent(login: "hanako", name: "Hanako Sato", email: nil)
            builder = ReplyBuilder(store: store, shop: ShopSettings())
            let server = try start([answer])
            try queueReply("Hello")
            let report = try sender(server).deliver(store)
            XCTAssertEqual(report.failed.count, 1, code)
            let error = report.failed.first?.error ?? ""
            XCTAssertTrue(error.contains(words), error)
            XCTAssertTrue(error.contains(code), error)
            XCTAssertEqual(try store.outbox(states: [.failed]).first?.lastError, error, "the outbox keeps the whole error")
            server.stop()
        }
    }

    func testRateLimitIsRetriedWithBackoffAndTheReplyLeavesOnce() throws {
        let server = try start([Self.apiError(613, message: "Calls exceeded"), Self.apiError(4), Self.ok])
        try queueReply("Hello")
        let slept = SleepLog()
        let report = try sender(server, delays: [0.01, 0.02], slept: slept).deliver(store)
        XCTAssertEqual(report.sent.count, 1)
        XCTAssertEqual(server.requests().count, 3)
        XCTAssertEqual(slept.all, [0.01, 0.02], "each retry waits longer")
    }

    func testRetriesStopAfterTheLastDelayAndSaySo() throws {
        let server = try start([Self.apiError(2, message: "Service temporarily unavailable", transient: true, status: 503)])
        try queueReply("Hello")
        let report = try sender(server).deliver(store)
        XCTAssertEqual(server.requests().count, 3)
        XCTAssertTrue(report.failed.first?.error.contains("tried 3 times") == true, "\(report.failed)")
        XCTAssertTrue(report.failed.first?.error.contains("temporary problem") == true, "\(report.failed)")
    }

    func testExpiredTokenAndWindowErrorsAreNotRetried() throws {
        let server = try start([Self.apiError(190), Self.ok])
        try queueReply("Hello")
        let report = try sender(server).deliver(store)
        XCTAssertEqual(report.failed.count, 1)
        XCTAssertEqual(server.requests().count, 1)
    }

    func testARequestWithoutAnAnswerIsInDoubtAndNeverRepeated() throws {
        let server = try start([["drop": true], Self.ok])
        try queueReply("Hello")
        let report = try sender(server).deliver(store)
        XCTAssertEqual(server.requests().count, 1, "an ambiguous send is never repeated")
        XCTAssertTrue(report.failed.first?.error.contains("may or may not have left") == true, "\(report.failed)")
    }

    func testAGatewayPageIsInDoubtToo() throws {
        let server = try start([["status": 502, "raw": "<html>Bad Gateway</html>", "type": "text/html"], Self.ok])
        try queueReply("Hello")
        let report = try sender(server).deliver(store)
        XCTAssertEqual(server.requests().count, 1)
        XCTAssertTrue(report.failed.first?.error.contains("HTTP 502") == true, "\(report.failed)")
    }

    func testNoServerMeansNothingWasSent() throws {
        let server = try start([Self.ok])
        let base = server.base
        server.stop()
        try queueReply("Hello")
        var api = InstagramSendAPI(client: GraphAPIClient(base: base, token: InstagramToken(token), timeout: 5))
        api.retryDelays = []
        var sender = OutboxSender(emailCommand: "false", instagramCommand: nil)
        sender.transports[.instagram] = api
        let report = try sender.deliver(store)
        XCTAssertTrue(report.failed.first?.error.contains("Nothing was sent") == true, "\(report.failed)")
    }

    func testTheTokenComesFromTokenCommandAndIsNeverInErrorsOrTheStore() throws {
        // The server echoes the token back in its error: it must still not reach the store.
        let server = try start([Self.apiError(100, message: "Invalid parameter near \(token)")])
        let folder = TestStore.folder()
        let script = folder + "/print-token"
        try "#!/bin/sh\nprintf '%s\\nsecond line\\n' \(token)\n".write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o700)
        let config = try Config.parse("[instagram]\ntoken_command = \(script)\napi_base = \(server.base)\n", file: folder + "/config")
        var sender = OutboxSender(config: config, environment: [:])
        var api = try XCTUnwrap(sender.transports[.instagram] as? InstagramSendAPI)
        api.retryDelays = []
        sender.transports[.instagram] = api
        try queueReply("Hello")
        let report = try sender.deliver(store)
        XCTAssertEqual(server.requests().first?.headers["authorization"], "Bearer " + token, "first line of the command's output")
        let error = try XCTUnwrap(report.failed.first?.error)
        XCTAssertFalse(error.contains(token), error)
        XCTAssertTrue(error.contains("[token]"), error)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: store.path))
        XCTAssertNil(bytes.range(of: Data(token.utf8)), "the token is never stored")
    }

    func testATokenInAConfigEveryoneCanReadIsRefused() throws {
        let folder = TestStore.folder()
        let file = folder + "/config"
        try "[instagram]\ntoken = \(token)\n".write(toFile: file, atomically: true, encoding: .utf8)
        chmod(file, 0o644)
        let client = try XCTUnwrap(GraphAPIClient(config: try Config.parse(String(contentsOfFile: file, encoding: .utf8), file: file)))
        XCTAssertThrowsError(try client.token.value()) { error in
            XCTAssertTrue("\(error)".contains("everyone can read it"), "\(error)")
            XCTAssertFalse("\(error)".contains(self.token))
        }
    }

    func testSendCommandWinsOverTheAPI() throws {
        let config = try Config.parse("[instagram]\ntoken_command = /bin/echo tok\nsend_command = cat > /dev/null\n", file: "(test)")
        let sender = OutboxSender(config: config, environment: [:])
        XCTAssertEqual((sender.transports[.instagram] as? CommandChannelTransport)?.command, "cat > /dev/null")
        XCTAssertNotNil(OutboxSender(config: try Config.parse("[instagram]\ntoken_command = /bin/echo tok\n", file: "(test)"),
                                     environment: [:]).transports[.instagram] as? InstagramSendAPI)
        let neither = OutboxSender(config: Config(), environment: [:]).transports[.instagram] as? CommandChannelTransport
        XCTAssertTrue(neither?.missing.contains("token_command") == true)
        XCTAssertEqual(GraphAPIClient(config: try Config.parse("[instagram]\ntoken_command = /bin/echo tok\n", file: "(t)"))?.base,
                       GraphAPIClient.defaultBase)
    }

    func testTheEchoOfAReplyArrivingBeforeItIsRecordedIsNotASecondMessage() throws {
        let server = try start([Self.ok])
        let conversation = try queueReply("はい、ご用意できます！")
        let sender = sender(server)
        let item = try XCTUnwrap(sender.claimAll(store).first)
        let delivery = sender.transmit(item)
        // Meta's echo webhook is imported (by the inbox or mado import --watch) before the answer is recorded.
        var echo = InstagramMessage(mid: "aWdfZAG1fm_1", senderID: "17841400shop", recipientID: "1784000", timestamp: TestStore.now,
                                    text: "はい、ご用意できます！\n— Hanako")
        echo.isEcho = true
        var report = InstagramImporter.Report()
        try InstagramImporter(store: store, account: "flourist").importEvents([.message(echo)], report: &report)
        XCTAssertEqual(report.duplicates, 1)
        try sender.record(delivery, in: store)
        let outgoing = try store.messages(inConversation: conversation).filter { $0.direction == .outgoing }
        XCTAssertEqual(outgoing.count, 1)
        XCTAssertEqual(outgoing.first?.externalID, "aWdfZAG1fm_1")
        XCTAssertEqual(outgoing.first?.outbox?.state, .sent)
    }

    func testARefusedTokenIsAskedForAgainNextTime() throws {
        let server = try start([Self.apiError(190), Self.ok])
        let folder = TestStore.folder()
        let counter = folder + "/asked"
        let script = folder + "/print-token"
        try "#!/bin/sh\necho x >> \(counter)\necho \(token)\n".write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o700)
        let config = try Config.parse("[instagram]\ntoken_command = \(script)\napi_base = \(server.base)\n", file: folder + "/config")
        let sender = OutboxSender(config: config, environment: [:])
        try queueReply("Hello")
        XCTAssertEqual(try sender.deliver(store).failed.count, 1)
        try store.requeue(try XCTUnwrap(store.outbox(states: [.failed]).first).id)
        XCTAssertEqual(try sender.deliver(store).sent.count, 1)
        XCTAssertEqual(try String(contentsOfFile: counter, encoding: .utf8).split(separator: "\n").count, 2)
    }
}
