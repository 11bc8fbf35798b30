import Foundation
import XCTest
@testable import MadoCore

final class MailImportTests: XCTestCase {
    var store: Store!
    var importer: MailImporter!

    override func setUpWithError() throws {
        store = try TestStore.make()
        importer = MailImporter(store: store, shopAddresses: ["support@flourist.example.jp"])
    }

    func mail(id: String?, from: String = "Taro Yamada <Taro@Example.jp>", to: String = "support@flourist.example.jp",
              subject: String, date: String = "Tue, 24 Nov 2026 10:00:00 +0900", inReplyTo: String? = nil, extra: String = "",
              body: String = "hello") -> [UInt8] {
        var text = "From: \(from)\nTo: \(to)\nSubject: \(subject)\nDate: \(date)\n"
        if let id { text += "Message-ID: <\(id)>\n" }
        if let inReplyTo { text += "In-Reply-To: <\(inReplyTo)>\nReferences: <\(inReplyTo)>\n" }
        return Array((text + extra + "\n" + body + "\n").utf8)
    }

    @discardableResult
    func load(_ bytes: [UInt8]) throws -> MailImporter.Outcome { try importer.importMail(bytes, receivedAt: TestStore.now).0 }

    func conversationID(_ outcome: MailImporter.Outcome) -> Int64? {
        if case .imported(_, let id) = outcome { return id }
        return nil
    }

    func testSameMailTwiceAddsNothingWithOrWithoutMessageID() throws {
        XCTAssertNotNil(conversationID(try load(mail(id: "a@x", subject: "Order"))))
        XCTAssertEqual(try load(mail(id: "a@x", subject: "Order")), .duplicate)
        let anonymous = mail(id: nil, subject: "No id")
        XCTAssertNotNil(conversationID(try load(anonymous)))
        XCTAssertEqual(try load(anonymous), .duplicate, "named by a hash of its bytes")
    }

    func testRepliesThreadByInReplyToThenBySubjectWithinFourteenDays() throws {
        let first = conversationID(try load(mail(id: "q1@x", subject: "ご注文の件")))
        XCTAssertEqual(conversationID(try load(mail(id: "q2@x", subject: "something else", inReplyTo: "q1@x"))), first)
        XCTAssertEqual(conversationID(try load(mail(id: "q3@x", subject: "Re: 返信: ご注文の件", date: "Wed, 2 Dec 2026 10:00:00 +0900"))), first)
        XCTAssertNotEqual(conversationID(try load(mail(id: "q4@x", subject: "Re: ご注文の件", date: "Wed, 30 Dec 2026 10:00:00 +0900"))), first,
                          "a subject match older than 14 days starts a new conversation")
        XCTAssertNotEqual(conversationID(try load(mail(id: "q5@x", from: "someone@else.jp", subject: "ご注文の件"))), first,
                          "the same subject from another customer is another conversation")
    }

    func testCustomerIsFoundByAddressCaseInsensitivelyOrCreatedWithDisplayName() throws {
        let a = try XCTUnwrap(conversationID(try load(mail(id: "c1@x", subject: "One"))))
        let b = try XCTUnwrap(conversationID(try load(mail(id: "c2@x", from: "taro@EXAMPLE.JP", subject: "Two"))))
        XCTAssertEqual(try store.conversation(id: a)?.customerID, try store.conversation(id: b)?.customerID)
        XCTAssertEqual(try store.conversation(id: a)?.customerName, "Taro Yamada")
    }

    func testMailFromTheShopIsOutgoing() throws {
        let customer = try XCTUnwrap(conversationID(try load(mail(id: "s1@x", subject: "Order"))))
        let reply = try XCTUnwrap(conversationID(try load(mail(id: "s2@x", from: "Flourist <support@flourist.example.jp>",
                                                                 to: "Taro <taro@example.jp>", subject: "Re: Order", inReplyTo: "s1@x"))))
        XCTAssertEqual(reply, customer)
        let messages = try store.messages(inConversation: customer)
        XCTAssertEqual(messages.map(\.direction), [.incoming, .outgoing])
        XCTAssertNil(try store.conversation(id: customer)?.waitingSince, "our reply answered the customer")
    }

    func testAutoMailNeverOpensOrReopensAConversation() throws {
        let auto = try XCTUnwrap(conversationID(try load(mail(id: "o1@x", subject: "Out of office", extra: "Auto-Submitted: auto-replied\n"))))
        XCTAssertEqual(try store.conversation(id: auto)?.status, .closed)
        XCTAssertEqual(try store.messages(inConversation: auto).first?.auto, true)
        let human = try XCTUnwrap(conversationID(try load(mail(id: "o2@x", subject: "Order"))))
        try store.setStatus(.closed, conversationID: human, by: nil)
        try load(mail(id: "o3@x", subject: "Re: Order", inReplyTo: "o2@x", extra: "Precedence: bulk\n"))
        XCTAssertEqual(try store.conversation(id: human)?.status, .closed)
        try load(mail(id: "o4@x", subject: "Re: Order", inReplyTo: "o2@x"))
        XCTAssertEqual(try store.conversation(id: human)?.status, .open, "a person writing again reopens it")
    }

    func testBrokenMailIsStoredRawWithWarnings() throws {
        let bytes: [UInt8] = Array("Subject: =?x-weird?Q?caf=E9?=\nDate: garbage\n\n".utf8) + [0xFF, 0xFE, 0x41]
        let id = try XCTUnwrap(conversationID(try load(bytes)))
        let message = try XCTUnwrap(store.messages(inConversation: id).first)
        XCTAssertFalse(message.warnings.isEmpty)
        XCTAssertEqual(try store.rawMessage(id: message.id), bytes)
        XCTAssertEqual(message.sentAt, TestStore.now, "an unreadable date falls back to the receive time")
    }

    func testImportReadsMaildirWithoutTouchingIt() throws {
        let folder = URL(fileURLWithPath: TestStore.folder())
        for sub in ["cur", "new", "tmp"] { try FileManager.default.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true) }
        try Data(mail(id: "m1@x", subject: "One")).write(to: folder.appendingPathComponent("new/1700000000.M1P1.host"))
        try Data(mail(id: "m2@x", subject: "Two")).write(to: folder.appendingPathComponent("cur/1700000001.M2P1.host:2,S"))
        try Data("half written".utf8).write(to: folder.appendingPathComponent("tmp/1700000002.M3P1.host"))
        let before = try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted()
        let files = try Maildir.messageFiles(in: folder)
        XCTAssertEqual(files.map(\.lastPathComponent), ["1700000001.M2P1.host:2,S", "1700000000.M1P1.host"])
        for file in files { try load(Array(try Data(contentsOf: file))) }
        XCTAssertEqual(try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted(), before)
        XCTAssertThrowsError(try Maildir.messageFiles(in: URL(fileURLWithPath: "/nonexistent"))) {
            XCTAssertTrue("\($0)".contains("is not a Maildir"))
        }
    }

    func testJapaneseMailIsSearchable() throws {
        let raw = Array(try Data(contentsOf: MailParserTests.fixtures.appendingPathComponent("shiftjis-split-encoded-word.eml")))
        let id = try XCTUnwrap(conversationID(try load(raw)))
        XCTAssertEqual(try store.conversations(.search(try SearchQuery("返品")), offset: 0, limit: 5).map(\.id), [id])
        XCTAssertEqual(try store.conversations(.search(try SearchQuery("佐藤")), offset: 0, limit: 5).map(\.id), [id])
    }
}

final class AttachmentSaveTests: XCTestCase {
    func testSavedUnderSafeNameNeverOverwriting() throws {
        let store = try TestStore.make()
        let importer = MailImporter(store: store, shopAddresses: [])
        let raw = Array(try Data(contentsOf: MailParserTests.fixtures.appendingPathComponent("rfc2231-attachment.eml")))
        guard case .imported(_, let id) = try importer.importMail(raw, receivedAt: TestStore.now).0 else { return XCTFail() }
        let message = try XCTUnwrap(store.messages(inConversation: id).first)
        let folder = TestStore.folder() + "/out"
        let first = try AttachmentSaver.save(message, store: store, folder: folder)
        let second = try AttachmentSaver.save(message, store: store, folder: folder)
        XCTAssertEqual(first.map { ($0 as NSString).lastPathComponent }, ["注文書 (控え).pdf"])
        XCTAssertEqual(second.map { ($0 as NSString).lastPathComponent }, ["注文書 (控え)-1.pdf"])
        XCTAssertEqual(FileManager.default.contents(atPath: first[0]).map { Array($0.prefix(5)) }, Array("%PDF-".utf8))
    }

    func testAutoViewHoldsOnlyAutomaticMail() throws {
        let store = try TestStore.make()
        let importer = MailImporter(store: store, shopAddresses: [])
        let bounce = Array(try Data(contentsOf: MailParserTests.fixtures.appendingPathComponent("bounce.eml")))
        guard case .imported(_, let auto) = try importer.importMail(bounce, receivedAt: TestStore.now).0 else { return XCTFail() }
        let human = try TestStore.conversation(store, name: "Emma", email: "emma@example.com", subject: "Hi", minutesAgo: 5)
        let view = try XCTUnwrap(InboxView.builtIn(agentLogin: nil).first { $0.name == "Auto" })
        XCTAssertEqual(try store.conversationIDs(view.filter), [auto])
        XCTAssertFalse(try store.conversationIDs(ConversationFilter(statuses: [.open])).contains(auto))
        XCTAssertTrue(try store.conversationIDs(ConversationFilter(statuses: [.open])).contains(human))
        // Counted from the few conversations holding automatic mail, not by reading every one (seconds at 1M).
        let (whereSQL, bindings) = view.filter.whereClause(now: store.now)
        let plan = try store.db.rows("EXPLAIN QUERY PLAN SELECT count(*) FROM conversations c WHERE \(whereSQL)", bindings) { $0.text(3) }
        XCTAssertTrue(plan.contains { $0.contains("messages_automatic") }, plan.joined(separator: "\n"))
        XCTAssertFalse(plan.contains { $0.hasPrefix("SCAN c") }, plan.joined(separator: "\n"))
    }
}
