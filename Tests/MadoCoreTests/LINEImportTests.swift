import Foundation
import XCTest
@testable import MadoCore

/// `mado import line`: every event type from a real-format payload, the customer named from
/// their LINE profile, content kept as attachments, redeliveries deduplicated, bad payloads set
/// aside with their reason — against a local fake of LINE's API.
final class LINEImportTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/line")
    static let user = "U4af4980629b1c2d3e4f5a6b7c8d9e0f1"

    nonisolated(unsafe) static let routes: [String: Any] = [
        "GET /v2/bot/profile/\(user)": ["json": ["displayName": "ゆい", "userId": user, "language": "ja", "pictureUrl": "https://example.invalid/p"]],
        "GET /v2/bot/message/468789577898262532/content": ["type": "image/jpeg", "base64": Data([0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]).base64EncodedString()],
        "GET /v2/bot/message/468789577898262534/content": ["type": "application/pdf", "base64": Data("%PDF-1.4\n".utf8).base64EncodedString()],
        "GET /v2/bot/message/468789577898262536/content": ["type": "audio/x-m4a", "base64": Data([0, 0, 0, 0x20]).base64EncodedString()],
    ]

    func payload() throws -> Data { try Data(contentsOf: Self.fixtures.appendingPathComponent("events.json")) }

    func testEveryEventTypeImportsIntoOneConversationWithTheProfileName() throws {
        let server = try FakeLINEServer(routes: Self.routes)
        let store = try TestStore.make()
        let importer = LINEImporter(store: store, api: LINEAPI(base: server.base, dataBase: server.base, token: "tok-line"))
        let (events, errors) = try LINEWebhookParser.parseEach(try payload(), source: "events.json")
        XCTAssertEqual(errors, [])
        var report = LINEImporter.Report()
        try importer.importEvents(events, report: &report)
        XCTAssertEqual(report.problems, [])
        XCTAssertEqual(report.ignored, 1, "the group join")
        XCTAssertEqual(report.imported.count, 10)

        let conversations = try store.conversations(ConversationFilter(snooze: .any), offset: 0, limit: 10)
        XCTAssertEqual(conversations.count, 1)
        let conversation = try XCTUnwrap(conversations.first)
        XCTAssertEqual(conversation.channel, .line)
        XCTAssertEqual(conversation.customerName, "ゆい")
        let identity = try XCTUnwrap(store.identities(ofCustomer: conversation.customerID).first)
        XCTAssertEqual(identity.channel, .line)
        XCTAssertEqual(identity.address, Self.user)
        XCTAssertEqual(identity.displayName, "ゆい")
        XCTAssertEqual(identity.language, "ja")

        let messages = try store.messages(inConversation: conversation.id)
        XCTAssertEqual(messages.map(\.direction), [.note, .incoming, .incoming, .incoming, .incoming, .incoming, .incoming, .incoming, .incoming, .note])
        XCTAssertEqual(messages[0].text, "Added the account as a friend")
        XCTAssertEqual(messages[1].text, "ｻｲｽﾞ交換できますか？ 注文 #1042 です")
        XCTAssertEqual(messages[2].text, "[sticker] Please, Bow, よろしく")
        XCTAssertEqual(messages[3].text, "[image]")
        XCTAssertEqual(messages[4].text, "[location] 渋谷店 東京都渋谷区道玄坂1-2-3 https://maps.google.com/?q=35.659108,139.703728")
        XCTAssertEqual(messages[5].text, "[file] receipt.pdf (9 bytes)")
        XCTAssertEqual(messages[6].text, "[video]")
        XCTAssertEqual(messages[6].attachments, [], "a video at the sender's own URL is not fetched from LINE")
        XCTAssertEqual(messages[7].text, "[audio]")
        XCTAssertEqual(messages[7].attachments.first?.filename, "468789577898262536.m4a")
        XCTAssertEqual(messages[8].text, "[button] action=pickup (2026-11-20T15:00)")
        XCTAssertEqual(messages[9].text, "Blocked the account: replies no longer reach them")
        XCTAssertEqual(messages[1].externalID, "01JDB00000000000000000TEXT1", "keyed by webhookEventId")
        XCTAssertEqual(messages[1].sentAt, Date(timeIntervalSince1970: 1_795_000_010))

        let image = try XCTUnwrap(messages[3].attachments.first)
        XCTAssertEqual(image.contentType, "image/jpeg")
        XCTAssertEqual(image.filename, "468789577898262532.jpg")
        XCTAssertEqual(image.size, 7)
        XCTAssertTrue(image.locator.hasPrefix("file:"))
        XCTAssertEqual(FileManager.default.contents(atPath: String(image.locator.dropFirst(5))), Data([0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]))
        let file = try XCTUnwrap(messages[5].attachments.first)
        XCTAssertEqual(file.filename, "receipt.pdf")
        XCTAssertEqual(file.contentType, "application/pdf")

        let asked = server.requests
        XCTAssertEqual(asked.filter { $0.path.hasPrefix("/v2/bot/profile/") }.count, 1, "the profile is fetched once")
        XCTAssertTrue(asked.allSatisfy { $0.headers["authorization"] == "Bearer tok-line" })
        XCTAssertEqual(Set(asked.map(\.path)), Set(["/v2/bot/profile/\(Self.user)", "/v2/bot/message/468789577898262532/content",
                                                    "/v2/bot/message/468789577898262534/content", "/v2/bot/message/468789577898262536/content"]))
        // The raw event is kept as evidence (it carries the reply token).
        let raw = try XCTUnwrap(store.rawMessage(id: messages[1].id))
        XCTAssertTrue(String(decoding: raw, as: UTF8.self).contains("rt-text-0001"))
    }

    func testARedeliveredPayloadAddsNothingAndAsksNothing() throws {
        let server = try FakeLINEServer(routes: Self.routes)
        let store = try TestStore.make()
        let importer = LINEImporter(store: store, api: LINEAPI(base: server.base, dataBase: server.base, token: "t"))
        var report = LINEImporter.Report()
        try importer.importEvents(try LINEWebhookParser.parseEach(try payload(), source: "a").events, report: &report)
        let asked = server.requests.count
        // LINE redelivers with isRedelivery true and the same webhookEventIds.
        let again = String(decoding: try payload(), as: UTF8.self).replacingOccurrences(of: "\"isRedelivery\": false", with: "\"isRedelivery\": true")
        let events = try LINEWebhookParser.parseEach(Data(again.utf8), source: "b").events
        XCTAssertTrue(events.allSatisfy(\.isRedelivery))
        var second = LINEImporter.Report()
        try importer.importEvents(events, report: &second)
        XCTAssertEqual(second.imported, [])
        XCTAssertEqual(second.duplicates, 10)
        XCTAssertEqual(server.requests.count, asked, "no profile or content is fetched again")
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM messages"), 10)
    }

    func testWithoutATokenTheCustomerHasANumberAndNothingFails() throws {
        let store = try TestStore.make()
        var report = LINEImporter.Report()
        try LINEImporter(store: store, api: nil).importEvents(try LINEWebhookParser.parseEach(try payload(), source: "a").events, report: &report)
        XCTAssertEqual(report.problems, [])
        let conversation = try XCTUnwrap(store.conversations(ConversationFilter(snooze: .any), offset: 0, limit: 1).first)
        XCTAssertEqual(conversation.customerName, "LINE user …e0f1")
        XCTAssertEqual(try store.messages(inConversation: conversation.id)[3].attachments, [])
    }

    func testProfileAndContentFailuresAreReportedAndTheMessagesStillImport() throws {
        let server = try FakeLINEServer(routes: [
            "GET /v2/bot/profile/\(Self.user)": ["status": 404, "json": ["message": "Not found"]],
            "GET /v2/bot/message/468789577898262532/content": ["type": "image/jpeg", "base64": Data(count: 64).base64EncodedString()],
        ])
        let store = try TestStore.make()
        var report = LINEImporter.Report()
        try LINEImporter(store: store, api: LINEAPI(base: server.base, dataBase: server.base, token: "t"), maxAttachmentBytes: 32)
            .importEvents(try LINEWebhookParser.parseEach(try payload(), source: "a").events, report: &report)
        XCTAssertEqual(report.imported.count, 10)
        XCTAssertEqual(report.problems.count, 4, report.problems.joined(separator: "\n"))
        XCTAssertTrue(report.problems[0].contains("LINE refused to give the profile of \(Self.user) (404: Not found)"), report.problems[0])
        XCTAssertTrue(report.problems.contains { $0.contains("over the 32-byte limit") }, report.problems.joined(separator: "\n"))
        XCTAssertEqual(try store.conversations(ConversationFilter(snooze: .any), offset: 0, limit: 1).first?.customerName, "LINE user …e0f1")
    }

    func testBadPayloadsGoToFailedWithTheirReasonAndNeverBlockTheRest() throws {
        let store = try TestStore.make()
        let root = URL(fileURLWithPath: TestStore.folder()).appendingPathComponent("spool")
        let spool = WebhookSpool(root: root)
        let good = try payload()
        let badEvent = #"{"destination":"U0","events":[{"type":"message","timestamp":1795000000000,"webhookEventId":"E1","source":{"type":"user"},"message":{"id":"1","type":"text","text":"hi"}},"#
            + #"{"type":"message","timestamp":1795000001000,"webhookEventId":"E2","source":{"type":"user","userId":"U2"},"message":{"id":"2","type":"text","text":"still here"}}]}"#
        try spool.deliver(Array("not json".utf8), now: Date(timeIntervalSince1970: 1))
        try spool.deliver(Array(#"{"destination":"U0"}"#.utf8), now: Date(timeIntervalSince1970: 2))
        try spool.deliver(Array(badEvent.utf8), now: Date(timeIntervalSince1970: 3))
        try spool.deliver(Array(good), now: Date(timeIntervalSince1970: 4))
        var report = LINEImporter.Report()
        let failures = LINEWebhookFolder.importAll(root, importer: LINEImporter(store: store, api: nil), report: &report)
        XCTAssertEqual(failures.count, 3)
        XCTAssertTrue(failures[0].reason.contains("not a JSON object"))
        XCTAssertTrue(failures[1].reason.contains("no \"events\" list"))
        XCTAssertTrue(failures[2].reason.contains("event 1: no \"source.userId\""), failures[2].reason)
        XCTAssertTrue(failures[2].reason.contains("its other 1 event imported"))
        XCTAssertEqual(report.imported.count, 11, "the good payload and the good event of the mixed one")
        XCTAssertEqual(spool.waiting(), [])
        let aside = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("failed").path).sorted()
        XCTAssertEqual(aside.filter { $0.hasSuffix(".error") }.count, 3)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: spool.cur.path).count, 1)
    }

    func testUnsendMarksTheMessageDeleted() throws {
        let store = try TestStore.make()
        let importer = LINEImporter(store: store, api: nil)
        var report = LINEImporter.Report()
        try importer.importEvents(try LINEWebhookParser.parseEach(try payload(), source: "a").events, report: &report)
        let unsend = #"{"destination":"U0","events":[{"type":"unsend","timestamp":1795000090000,"webhookEventId":"UNSEND1","source":{"type":"user","userId":"\#(Self.user)"},"unsend":{"messageId":"468789577898262530"}}]}"#
        try importer.importEvents(try LINEWebhookParser.parseEach(Data(unsend.utf8), source: "u").events, report: &report)
        XCTAssertEqual(report.updated, 1)
        let conversation = try XCTUnwrap(store.conversations(ConversationFilter(snooze: .any), offset: 0, limit: 1).first)
        XCTAssertEqual(try store.messages(inConversation: conversation.id).filter(\.deleted).map(\.text), ["ｻｲｽﾞ交換できますか？ 注文 #1042 です"])
    }

    func testExportCarriesAndErasingRemovesTheKeptFiles() throws {
        let server = try FakeLINEServer(routes: Self.routes)
        let store = try TestStore.make()
        var report = LINEImporter.Report()
        try LINEImporter(store: store, api: LINEAPI(base: server.base, dataBase: server.base, token: "t"))
            .importEvents(try LINEWebhookParser.parseEach(try payload(), source: "a").events, report: &report)
        let conversation = try XCTUnwrap(store.conversations(ConversationFilter(snooze: .any), offset: 0, limit: 1).first)
        let files = try store.messages(inConversation: conversation.id).flatMap(\.attachments).map { String($0.locator.dropFirst(5)) }
        XCTAssertEqual(files.count, 3)
        XCTAssertTrue(files.allSatisfy { FileManager.default.fileExists(atPath: $0) })
        // An access request gets the files too, before they go.
        let export = TestStore.folder() + "/export"
        try CustomerExport.export(customerID: conversation.customerID, store: store, to: export, by: "hanako", now: TestStore.now)
        let image = try XCTUnwrap(store.messages(inConversation: conversation.id).first { !$0.attachments.isEmpty })
        XCTAssertEqual(FileManager.default.contents(atPath: export + "/attachments/\(image.id)/468789577898262532.jpg"),
                       Data([0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]))
        // S in the reader (and mado save-attachment) saves them like mail attachments.
        let saved = try AttachmentSaver.save(image, store: store, folder: TestStore.folder() + "/saved")
        XCTAssertEqual(saved.map { ($0 as NSString).lastPathComponent }, ["468789577898262532.jpg"])
        XCTAssertEqual(FileManager.default.contents(atPath: saved[0]), Data([0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]))
        try store.eraseCustomer(conversation.customerID, by: nil)
        XCTAssertTrue(files.allSatisfy { !FileManager.default.fileExists(atPath: $0) }, "the picture and the file are gone with the person")
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM identities WHERE channel = 'line'"), 0)
    }

    func testOnlyEventsThatMakeACustomerAskForAProfile() throws {
        let server = try FakeLINEServer(routes: Self.routes)
        let store = try TestStore.make()
        let body = #"{"destination":"U0","events":[{"type":"unfollow","timestamp":1795000000000,"webhookEventId":"B1","source":{"type":"user","userId":"U9"}},"#
            + #"{"type":"join","timestamp":1795000000000,"webhookEventId":"J1","source":{"type":"group","groupId":"C1","userId":"U8"}}]}"#
        var report = LINEImporter.Report()
        try LINEImporter(store: store, api: LINEAPI(base: server.base, dataBase: server.base, token: "t"))
            .importEvents(try LINEWebhookParser.parseEach(Data(body.utf8), source: "a").events, report: &report)
        XCTAssertEqual(report.ignored, 2)
        XCTAssertEqual(report.imported, [])
        XCTAssertEqual(server.requests.count, 0)
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM customers"), 0)
    }
}
