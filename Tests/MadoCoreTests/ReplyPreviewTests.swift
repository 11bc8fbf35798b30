import Foundation
import XCTest
@testable import MadoCore

/// The confirm screen's preview is the reply `queue` builds: same From, To, text and byte count.
final class ReplyPreviewTests: XCTestCase {
    var store: Store!
    var hanako: Agent!
    var builder: ReplyBuilder!

    override func setUpWithError() throws {
        store = try TestStore.make()
        hanako = try store.addAgent(login: "hanako", name: "Hanako Sato", email: "hanako@flourist.example.jp")
        var shop = ShopSettings(name: "Flourist", address: "support@flourist.example.jp", timeZone: TimeZone(identifier: "Asia/Tokyo")!)
        shop.instagramAccount = "flourist.kyoto"
        builder = ReplyBuilder(store: store, shop: shop)
    }

    func instagramConversation(handle: String?) throws -> Int64 {
        let customer = try store.addCustomer(name: "Yui Tanaka")
        try store.addIdentity(customerID: customer, channel: .instagram, address: "17841450407102141", handle: handle, displayName: "Yui Tanaka")
        let id = try store.addConversation(customerID: customer, channel: .instagram, subject: "", at: TestStore.now)
        try store.append(NewMessage(channel: .instagram, direction: .incoming, externalID: "mid.1", fromName: "Yui Tanaka",
                                    fromAddress: "17841450407102141", text: "このリース買えますか？", sentAt: TestStore.now.addingTimeInterval(-600)), to: id)
        return id
    }

    func sentText(_ item: OutboxItem) throws -> String {
        let request = try JSONSerialization.jsonObject(with: Data(item.payload)) as? [String: Any]
        return try XCTUnwrap((request?["message"] as? [String: String])?["text"])
    }

    func testInstagramPreviewIsTheTextThatLeavesWithItsSignatureAndByteCount() throws {
        let id = try instagramConversation(handle: "yui.hygge")
        var draft = try builder.draft(conversationID: id, agent: hanako)
        draft.body = "はい、ご用意できます！"
        let preview = try builder.preview(draft, agent: hanako, now: TestStore.now)
        let item = try XCTUnwrap(store.outboxItem(id: try builder.queue(draft, agent: hanako, now: TestStore.now)))
        XCTAssertEqual(preview.whole.text, try sentText(item), "the signature is in the preview")
        XCTAssertEqual(preview.whole.bytes, try sentText(item).utf8.count)
        XCTAssertEqual(preview.limit, InstagramText.maximumBytes)
        XCTAssertEqual(preview.to, "@yui.hygge (Yui Tanaka)")
        XCTAssertEqual(preview.from, "@flourist.kyoto")
        XCTAssertTrue(preview.split.isEmpty)
    }

    func testInstagramRecipientFallsBackToTheIDOnlyWithoutAUsername() throws {
        let id = try instagramConversation(handle: nil)
        var draft = try builder.draft(conversationID: id, agent: hanako)
        draft.body = "Hello"
        XCTAssertEqual(try builder.preview(draft, agent: hanako, now: TestStore.now).to, "17841450407102141 (Yui Tanaka)")
    }

    func testEmailPreviewShowsTheFromReplyToAndToTheMailCarries() throws {
        let id = try TestStore.conversation(store, name: "Taro Yamada", email: "taro@example.jp", subject: "Order", minutesAgo: 30)
        var draft = try builder.draft(conversationID: id, agent: hanako)
        draft.body = "Shipped today." + draft.body
        let preview = try builder.preview(draft, agent: hanako, now: TestStore.now)
        let sent = MailParser.parse(try XCTUnwrap(store.outboxItem(id: try builder.queue(draft, agent: hanako, now: TestStore.now))).payload)
        XCTAssertEqual(preview.from, "Hanako Sato (Flourist) <hanako@flourist.example.jp>")
        XCTAssertEqual(sent.from.first, MailAddress(name: "Hanako Sato (Flourist)", address: "hanako@flourist.example.jp"))
        XCTAssertEqual(preview.replyTo, "Flourist <support@flourist.example.jp>")
        XCTAssertEqual(preview.to, "Taro Yamada <taro@example.jp>")
        XCTAssertEqual(preview.subject, "Re: Order")
        XCTAssertEqual(preview.whole.text, sent.text.trimmingCharacters(in: .newlines))
        XCTAssertNil(preview.whole.bytes)
    }

    func testLongInstagramPreviewShowsEveryPartThatMSends() throws {
        let id = try instagramConversation(handle: "yui.hygge")
        var draft = try builder.draft(conversationID: id, agent: hanako)
        draft.body = String(repeating: "お問い合わせありがとうございます。", count: 40)
        let preview = try builder.preview(draft, agent: hanako, now: TestStore.now)
        XCTAssertTrue(preview.isTooLong)
        XCTAssertEqual(preview.whole.bytes, (draft.body + "\n— Hanako").utf8.count)
        try builder.queue(draft, agent: hanako, now: TestStore.now, splitLongInstagramText: true)
        let sent = try store.outbox(states: [.queued]).map(sentText)
        XCTAssertEqual(preview.split.map(\.text), sent)
        XCTAssertEqual(preview.split.map(\.bytes), sent.map { $0.utf8.count })
    }
}
