import Foundation
import XCTest
@testable import MadoCore

final class InstagramTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/instagram")
    var store: Store!
    var importer: InstagramImporter!

    override func setUpWithError() throws {
        store = try TestStore.make()
        importer = InstagramImporter(store: store, account: "flourist.kyoto")
    }

    func events(_ name: String) throws -> [InstagramEvent] {
        try WebhookParser.parse(try Data(contentsOf: Self.fixtures.appendingPathComponent("webhooks/" + name)), source: name)
    }

    func thread(of customerScopedID: String) throws -> [Message] {
        let id = try XCTUnwrap(importer.existingConversation(scopedID: customerScopedID))
        return try store.messages(inConversation: id)
    }

    func testBatchedPayloadWithEveryKindOfEvent() throws {
        let parsed = try events("01-batched.json")
        XCTAssertEqual(parsed.count, 17, "two entries, messaging and standby all count")
        var report = InstagramImporter.Report()
        try importer.importEvents(parsed, report: &report)
        let yui = try thread(of: "1234567890123456")
        XCTAssertEqual(yui.map(\.externalID), ["m_1", "m_2", "m_3", "m_4", "m_5"], "reactions and reads are not messages")
        XCTAssertEqual(yui[0].text, "↩ replied to your story: https://lookaside.example/story/1\nストーリー見ました！このリース買えますか？")
        XCTAssertEqual(yui[1].text, "[image] https://lookaside.example/img/2.jpg")
        XCTAssertEqual(yui[1].attachments.first?.contentType, "instagram/image")
        XCTAssertEqual(yui[2].direction, .outgoing, "an echo is the shop answering from the phone")
        XCTAssertEqual(yui[2].reactions, [], "reacted, then unreacted")
        XCTAssertNotNil(yui[2].seenAt, "the read receipt marks our message seen")
        XCTAssertEqual(yui[3].text, "↩ reply to: ありがとうございます！ご用意できます🌸\nサイズはMでお願いします")
        XCTAssertTrue(yui[4].deleted)
        XCTAssertEqual(try store.conversation(id: yui[0].conversationID)?.preview, "↩ reply to: ありがとうございます！ご用意できます🌸",
                       "an unsent message leaves the list preview to the one before it")
        let ren = try thread(of: "2234567890123456")
        let texts = ren.map(\.text)
        XCTAssertTrue(texts.contains("[shared post] Autumn wreath https://www.instagram.example/p/abc"), "\(texts)")
        XCTAssertTrue(texts.contains("[mentioned you in their story] https://lookaside.example/story/9"))
        XCTAssertTrue(texts.contains("[reel] Drying flowers https://lookaside.example/reel/5"))
        XCTAssertTrue(texts.contains("[a message Instagram cannot show here — open the app to see it]"))
        XCTAssertTrue(texts.contains("[audio] https://lookaside.example/a.mp4\n[file] https://lookaside.example/f.pdf"))
        XCTAssertTrue(texts.contains("[button] Opening hours (HOURS)"))
        XCTAssertTrue(texts.contains("standby で届いたメッセージ"))
        XCTAssertTrue(ren.contains { $0.direction == .note && $0.text.contains("winter-sale") }, "a referral is noted for agents")
        let customer = try XCTUnwrap(store.conversation(id: yui[0].conversationID)).customerID
        XCTAssertEqual(try store.identities(ofCustomer: customer).map(\.channel), [.instagram])
    }

    func testReactionStaysOnTheMessage() throws {
        var report = InstagramImporter.Report()
        try importer.importEvents(Array(try events("01-batched.json").prefix(4)), report: &report)
        XCTAssertEqual(try thread(of: "1234567890123456")[2].reactions, ["❤️"])
    }

    func testPayloadDeliveredTwiceAddsNothing() throws {
        var report = InstagramImporter.Report()
        try importer.importEvents(try events("01-batched.json"), report: &report)
        let first = report.imported.count
        report = InstagramImporter.Report()
        try importer.importEvents(try events("02-retried-duplicate.json"), report: &report)
        XCTAssertEqual(report.imported, [])
        XCTAssertEqual(report.duplicates, first)
    }

    func testHostileTextIsStoredClean() throws {
        var report = InstagramImporter.Report()
        try importer.importEvents(try events("03-hostile.json"), report: &report)
        XCTAssertEqual(report.imported.count, 1)
        XCTAssertEqual(try thread(of: "3334567890123456")[0].text, "hi  there gnp.exe",
                       "escape sequences and bidi overrides never enter the store, so no reply can carry them out")
    }

    func testErrorsNameTheFileAndTheJSONPath() {
        XCTAssertThrowsError(try events("04-invalid.json")) { XCTAssertEqual("\($0)", "04-invalid.json: not valid JSON") }
        XCTAssertThrowsError(try events("05-missing-sender.json")) {
            XCTAssertEqual("\($0)", "05-missing-sender.json: entry[0].messaging[1].sender: missing")
        }
    }

    func testExportIsRepairedOrderedAndAttributed() throws {
        let (threads, errors) = ExportReader.read(root: Self.fixtures.appendingPathComponent("export"), account: "flourist.kyoto")
        XCTAssertEqual(errors, [])
        let thread = try XCTUnwrap(threads.first)
        XCTAssertEqual(thread.customerName, "ゆい")
        XCTAssertEqual(thread.messages.map(\.text), ["はじめまして、リースについて質問です", "こんにちは！お問い合わせありがとうございます😊", "",
                                                     "届きました！みんな喜んでます🌸"], "oldest first across message_1 and message_2")
        XCTAssertEqual(thread.messages.map(\.fromAccount), [false, true, false, false])
        XCTAssertEqual(thread.messages[2].attachments.first?.url, "your_instagram_activity/messages/inbox/yuihygge_1234567/photos/1.jpg")
        XCTAssertEqual(thread.messages[3].reactions, ["❤"])
        var report = InstagramImporter.Report()
        try importer.importExport(thread, report: &report)
        XCTAssertEqual(report.imported.count, 4)
        try importer.importExport(thread, report: &report)
        XCTAssertEqual(report.duplicates, 4, "a second import of the export adds nothing")
    }

    func testOlderExportLayoutAndMojibakeRepair() {
        let (threads, _) = ExportReader.read(root: Self.fixtures.appendingPathComponent("old-export"), account: "flourist.kyoto")
        XCTAssertEqual(threads.first?.messages.first?.text, "Do you ship to Osaka?")
        XCTAssertEqual(MojibakeRepair.repair("\u{00e3}\u{0081}\u{00bf}"), "み")
        XCTAssertEqual(MojibakeRepair.repair("\u{00f0}\u{009f}\u{0098}\u{008a}"), "😊")
        XCTAssertEqual(MojibakeRepair.repair("café"), "café", "real Latin-1 text that is not UTF-8 bytes stays")
    }
}

extension InstagramTests {
    func testAnErasedPersonIsNotRecreatedFromAnOldPayload() throws {
        var report = InstagramImporter.Report()
        try importer.importEvents(try events("01-batched.json"), report: &report)
        let customer = try XCTUnwrap(store.customerID(channel: .instagram, address: "1234567890123456"))
        let customersBefore = try XCTUnwrap(store.db.scalarInt("SELECT count(*) FROM customers"))
        store.clock = { TestStore.now.addingTimeInterval(86400) }   // erased the next day
        try store.eraseCustomer(customer, by: nil)
        var again = InstagramImporter.Report()
        try importer.importEvents(try events("01-batched.json"), report: &again)
        XCTAssertNil(try store.customerID(channel: .instagram, address: "1234567890123456"), "not recreated")
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM customers"), customersBefore)
        XCTAssertFalse(again.refused.isEmpty)
        XCTAssertTrue(again.refused.allSatisfy { $0.contains("erased customer") }, "\(again.refused)")
    }
}
