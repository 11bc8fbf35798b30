import Foundation
import XCTest
@testable import MadoCore

/// `[replies] csat = on`: send & close asks for a rating; a customer's answer that is only a rating
/// is recorded and does not reopen; anything more reopens as usual.
final class CSATReplyTests: XCTestCase {
    var store: Store!
    var hanako: Agent!
    var builder: ReplyBuilder!

    override func setUpWithError() throws {
        store = try TestStore.make()
        hanako = try store.addAgent(login: "hanako", name: "Hanako Sato", email: "hanako@flourist.example.jp")
        var shop = ShopSettings(name: "Flourist", address: "support@flourist.example.jp", timeZone: TimeZone(identifier: "Asia/Tokyo")!)
        shop.askForRating = true
        builder = ReplyBuilder(store: store, shop: shop)
    }

    func closeWithReply(_ body: String, customerText: String) throws -> Int64 {
        let id = try TestStore.conversation(store, name: "Yui", email: "yui@example.jp", subject: "Gift", minutesAgo: 60, text: customerText)
        var draft = try builder.draft(conversationID: id, agent: hanako)
        draft.body = body + draft.body
        let outboxID = try builder.queue(draft, agent: hanako, then: .closed, now: TestStore.now)
        try store.markSent(outboxID, externalID: nil)
        XCTAssertEqual(try store.conversation(id: id)?.status, .closed)
        return id
    }

    func answer(_ id: Int64, _ text: String) throws {
        try store.append(NewMessage(channel: .email, direction: .incoming, externalID: UUID().uuidString, fromAddress: "yui@example.jp",
                                    text: text, sentAt: TestStore.now.addingTimeInterval(600)), to: id)
    }

    func rating(_ id: Int64) throws -> Int64? {
        try store.db.scalarInt("SELECT rating FROM csat_ratings WHERE conversation_id = ?", [.int(id)])
    }

    func testJapaneseClosingReplyAsksAndFullWidthAnswerIsARating() throws {
        let id = try closeWithReply("本日発送いたしました。", customerText: "ギフト包装できますか？")
        let sent = try store.messages(inConversation: id).last { $0.direction == .outgoing }
        XCTAssertTrue(sent?.text.contains("1〜5の数字でご返信ください") ?? false, sent?.text ?? "")
        XCTAssertTrue(sent?.text.contains(CSAT.requestJapanese + "\n\n-- \n") ?? false, "before the signature")
        try answer(id, "４です")
        XCTAssertEqual(try rating(id), 4)
        XCTAssertEqual(try store.conversation(id: id)?.status, .closed, "a rating does not reopen")
    }

    func testEnglishClosingReplyAsksAndStarsAreARating() throws {
        let id = try closeWithReply("Your order is on its way.", customerText: "Where is my order?")
        XCTAssertTrue(try store.messages(inConversation: id).last { $0.direction == .outgoing }?.text.contains(CSAT.requestEnglish) ?? false)
        try answer(id, "★★★★★\n\nOn Wed, 18 Nov 2026, Flourist wrote:\n> Your order is on its way.")
        XCTAssertEqual(try rating(id), 5)
        XCTAssertEqual(try store.conversation(id: id)?.status, .closed)
    }

    func testAnAnswerWithMoreThanARatingReopens() throws {
        let id = try closeWithReply("Your order is on its way.", customerText: "Where is my order?")
        try answer(id, "2, the box was crushed")
        XCTAssertNil(try rating(id))
        XCTAssertEqual(try store.conversation(id: id)?.status, .open)
    }

    func testWithoutTheSettingNothingIsAskedAndANumberReopens() throws {
        builder = ReplyBuilder(store: store, shop: ShopSettings(name: "Flourist", address: "support@flourist.example.jp"))
        let id = try closeWithReply("Done.", customerText: "Refund please")
        try answer(id, "5")
        XCTAssertNil(try rating(id), "nobody asked for a rating")
        XCTAssertEqual(try store.conversation(id: id)?.status, .open)
    }

    func testConfigTurnsItOn() throws {
        let config = try Config.parse("[replies]\ncsat = on\n", file: "config")
        XCTAssertTrue(ShopSettings(config: config).askForRating)
    }
}

extension CSATReplyTests {
    func testTheConfirmScreenShowsTheRatingLineThatCloseAdds() throws {
        let id = try TestStore.conversation(store, name: "Yui", email: "yui@example.jp", subject: "Gift", minutesAgo: 60, text: "ギフト包装できますか？")
        var draft = try builder.draft(conversationID: id, agent: hanako)
        draft.body = "本日発送いたしました。" + draft.body
        let preview = try builder.preview(draft, agent: hanako, now: TestStore.now)
        let added = try XCTUnwrap(preview.addedOnClose, "the line c adds is on the confirm screen")
        let outboxID = try builder.queue(draft, agent: hanako, then: .closed, now: TestStore.now)
        let messageID = try store.outboxItem(id: outboxID)?.messageID
        let sent = try XCTUnwrap(store.messages(inConversation: id).first { $0.id == messageID })
        XCTAssertEqual(sent.text, preview.whole.text.replacingOccurrences(of: "\n\n-- \n", with: "\n\n" + added + "\n\n-- \n"),
                       "what leaves on c is the preview plus exactly the line shown")
    }
}
