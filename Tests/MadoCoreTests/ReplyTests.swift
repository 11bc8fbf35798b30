import Foundation
import XCTest
@testable import MadoCore

final class ReplyTests: XCTestCase {
    var store: Store!
    var hanako: Agent!
    var builder: ReplyBuilder!
    let tokyo = TimeZone(identifier: "Asia/Tokyo")!

    override func setUpWithError() throws {
        store = try TestStore.make()
        hanako = try store.addAgent(login: "hanako", name: "Hanako Sato", email: "hanako@flourist.example.jp")
        builder = ReplyBuilder(store: store, shop: ShopSettings(name: "Flourist", address: "support@flourist.example.jp", timeZone: tokyo))
    }

    func importMail(_ text: String) throws -> Int64 {
        let importer = MailImporter(store: store, shopAddresses: ["support@flourist.example.jp"])
        guard case .imported(_, let id) = try importer.importMail(Array(text.utf8), receivedAt: TestStore.now).0 else { throw StoreError.invalid("dup") }
        return id
    }

    func testEmailReplyHasSignatureQuoteHeadersAndSetsStatusAndFirstResponse() throws {
        let id = try importMail("""
            From: =?UTF-8?B?5bGx55SwIOWkqumDjg==?= <taro@example.jp>
            To: support@flourist.example.jp
            Subject: =?UTF-8?B?6L+U5L+hOiDjgZTms6jmlofjga7ku7Y=?=
            Date: Wed, 18 Nov 2026 10:00:00 +0900
            Message-ID: <q1@example.jp>
            References: <q0@example.jp>

            注文 #1187 はいつ届きますか？
            -- 
            山田 太郎

            """)
        var draft = try builder.draft(conversationID: id, agent: hanako)
        XCTAssertEqual(draft.subject, "Re: ご注文の件", "返信: is not stacked under Re:")
        XCTAssertEqual(draft.to, "taro@example.jp")
        XCTAssertTrue(draft.body.contains("-- \nHanako Sato\nFlourist\n"), draft.body)
        XCTAssertTrue(draft.body.contains("2026年11月18日(水) 10:00 山田 太郎 様:\n> 注文 #1187 はいつ届きますか？"), draft.body)
        XCTAssertFalse(draft.body.contains("> 山田 太郎"), "the customer's signature is not quoted")
        XCTAssertThrowsError(try builder.queue(draft, agent: hanako)) { XCTAssertEqual($0 as? ReplyError, .emptyReply) }

        draft.body = "山田 太郎 様\n\n本日発送いたしました。" + draft.body
        let outboxID = try builder.queue(draft, agent: hanako, then: .closed, now: TestStore.now)
        let item = try XCTUnwrap(store.outboxItem(id: outboxID))
        let sent = MailParser.parse(item.payload)
        XCTAssertEqual(sent.from.first, MailAddress(name: "Hanako Sato (Flourist)", address: "hanako@flourist.example.jp"))
        XCTAssertEqual(sent.replyTo.first?.address, "support@flourist.example.jp")
        XCTAssertEqual(sent.to.first?.address, "taro@example.jp")
        XCTAssertEqual(sent.subject, "Re: ご注文の件")
        XCTAssertEqual(sent.inReplyTo, ["q1@example.jp"])
        XCTAssertEqual(sent.references, ["q0@example.jp", "q1@example.jp"])
        XCTAssertTrue(sent.text.hasPrefix("山田 太郎 様\n\n本日発送いたしました。\n\n-- \nHanako Sato\nFlourist"), sent.text)
        let conversation = try XCTUnwrap(store.conversation(id: id))
        XCTAssertEqual(conversation.status, .open, "send & close closes once the reply has left")
        XCTAssertNil(conversation.firstResponseAt, "queued is not yet a response")
        try store.markSent(outboxID, externalID: nil)
        XCTAssertEqual(try store.conversation(id: id)?.firstResponseAt, TestStore.now)
        XCTAssertEqual(try store.conversation(id: id)?.status, .closed)
        XCTAssertEqual(try store.events(conversationID: id).last?.agentLogin, "hanako", "closed in the writer's name")
        XCTAssertNil(try store.draft(conversationID: id, agent: hanako), "a sent draft is gone")
    }

    func testSendAndCloseThatFailsLeavesTheConversationOpenAndWaiting() throws {
        let id = try importMail("From: a@example.com\nSubject: Hi\nMessage-ID: <f1@x>\nDate: Wed, 18 Nov 2026 10:00:00 +0900\n\nhello\n")
        var draft = try builder.draft(conversationID: id, agent: hanako)
        draft.body = "On its way." + draft.body
        let outboxID = try builder.queue(draft, agent: hanako, then: .closed, now: TestStore.now)
        XCTAssertTrue(try store.claimForSending(outboxID, allowFailed: false))
        try store.markFailed(outboxID, error: "sendmail exited with 75")
        let conversation = try XCTUnwrap(store.conversation(id: id))
        XCTAssertEqual(conversation.status, .open)
        XCTAssertNotNil(conversation.waitingSince, "the customer still waits")
    }

    func testDraftSurvivesAndIsResumed() throws {
        let id = try importMail("From: a@example.com\nSubject: Hi\nMessage-ID: <d1@x>\nDate: Wed, 18 Nov 2026 10:00:00 +0900\n\nhello\n")
        var draft = try builder.draft(conversationID: id, agent: hanako)
        draft.body = "Half written" + draft.body
        try store.saveDraft(draft, agent: hanako)
        let reopened = try Store(path: store.path, create: false)
        XCTAssertEqual(try ReplyBuilder(store: reopened, shop: builder.shop).draft(conversationID: id, agent: hanako).body, draft.body)
    }

    func instagramConversation(lastMessageMinutesAgo minutes: Double) throws -> Int64 {
        let customer = try store.customerID(channel: .instagram, address: "1784000") ?? {
            let id = try store.addCustomer(name: "yui")
            try store.addIdentity(customerID: id, channel: .instagram, address: "1784000", handle: "yui.hygge")
            return id
        }()
        let id = try store.addConversation(customerID: customer, channel: .instagram, subject: "", at: TestStore.now)
        try store.append(NewMessage(channel: .instagram, direction: .incoming, externalID: "mid.\(minutes)", fromName: "yui", fromAddress: "1784000",
                                    text: "このリース買えますか？", sentAt: TestStore.now.addingTimeInterval(-minutes * 60)), to: id)
        return id
    }

    func testInstagramReplyWithinTheWindowAndTheHumanAgentTag() throws {
        let recent = try instagramConversation(lastMessageMinutesAgo: 30)
        var draft = try builder.draft(conversationID: recent, agent: hanako)
        draft.body = "はい、ご用意できます！"
        let item = try XCTUnwrap(store.outboxItem(id: try builder.queue(draft, agent: hanako, now: TestStore.now)))
        let request = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(item.payload)) as? [String: Any])
        XCTAssertEqual((request["recipient"] as? [String: String])?["id"], "1784000")
        XCTAssertEqual((request["message"] as? [String: String])?["text"], "はい、ご用意できます！\n— Hanako")
        XCTAssertNil(request["tag"])

        let older = try instagramConversation(lastMessageMinutesAgo: 3 * 24 * 60)
        draft = try builder.draft(conversationID: older, agent: hanako)
        draft.body = "Sorry for the wait!"
        let tagged = try XCTUnwrap(store.outboxItem(id: try builder.queue(draft, agent: hanako, now: TestStore.now)))
        let taggedRequest = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(tagged.payload)) as? [String: Any])
        XCTAssertEqual(taggedRequest["tag"] as? String, "HUMAN_AGENT")
        XCTAssertEqual(taggedRequest["messaging_type"] as? String, "MESSAGE_TAG")

        let closed = try instagramConversation(lastMessageMinutesAgo: 8 * 24 * 60)
        draft = try builder.draft(conversationID: closed, agent: hanako)
        draft.body = "Hello?"
        XCTAssertThrowsError(try builder.queue(draft, agent: hanako, now: TestStore.now)) { error in
            XCTAssertTrue("\(error)".contains("window closed 1d"), "\(error)")
        }
    }

    func testInstagramThousandByteLimit() throws {
        let id = try instagramConversation(lastMessageMinutesAgo: 5)
        var draft = try builder.draft(conversationID: id, agent: hanako)
        draft.body = String(repeating: "あ", count: 340)
        XCTAssertThrowsError(try builder.queue(draft, agent: hanako, now: TestStore.now)) { error in
            XCTAssertEqual(error as? ReplyError, .tooLong(.instagram, size: 340 * 3 + 1 + "— Hanako".utf8.count, limit: TextLimit(maximum: 1000, unit: .utf8Bytes)))
            XCTAssertTrue("\(error)".contains("too many"))
        }
        let chunks = InstagramText.split(String(repeating: "あ", count: 400) + "👩‍👩‍👧")
        XCTAssertTrue(chunks.allSatisfy { $0.utf8.count <= 1000 })
        XCTAssertEqual(chunks.joined(), String(repeating: "あ", count: 400) + "👩‍👩‍👧")
    }

    func testMessagingWindowDescriptions() {
        XCTAssertEqual(MessagingWindow.status(lastCustomerMessage: TestStore.now.addingTimeInterval(-(24 * 3600 - 192 * 60)), now: TestStore.now).description,
                       "reply within 3h 12m")
        XCTAssertEqual(MessagingWindow.status(lastCustomerMessage: TestStore.now.addingTimeInterval(-(24 * 3600 + 60)), now: TestStore.now).description,
                       "reply within 5d 23h (human agent tag)")
        XCTAssertEqual(MessagingWindow.status(lastCustomerMessage: TestStore.now.addingTimeInterval(-9 * 86400), now: TestStore.now).description,
                       "window closed 2d 0h ago")
    }
}

extension ReplyTests {
    func testLongInstagramReplySplitOnRequest() throws {
        let id = try instagramConversation(lastMessageMinutesAgo: 5)
        var draft = try builder.draft(conversationID: id, agent: hanako)
        draft.body = String(repeating: "お問い合わせありがとうございます。", count: 40)
        try builder.queue(draft, agent: hanako, now: TestStore.now, splitLongInstagramText: true)
        let texts = try store.outbox(states: [.queued]).map { item -> String in
            let request = try JSONSerialization.jsonObject(with: Data(item.payload)) as? [String: Any]
            return (request?["message"] as? [String: String])?["text"] ?? ""
        }
        XCTAssertGreaterThan(texts.count, 1)
        XCTAssertTrue(texts.allSatisfy { $0.utf8.count <= 1000 })
        XCTAssertEqual(texts.joined(), draft.body + "\n— Hanako")
        XCTAssertTrue(texts.dropLast().allSatisfy { $0.hasSuffix("。") }, "cut after a sentence")
    }
}

final class QuoteTests: XCTestCase {
    func testQuoteRewrapsKeepsOlderQuotesAndDropsTheSignature() {
        let tokyo = TimeZone(identifier: "Asia/Tokyo")!
        let text = String(repeating: "word ", count: 30) + "\n" + String(repeating: "あ", count: 50) + "。\n> older quote\n\n-- \nTaro\n"
        let quote = Quote.make(text, author: "Taro", date: TestStore.now, style: .english, timeZone: tokyo)
        let lines = quote.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[0].hasPrefix("On Wed, 18 Nov 2026 at "), lines[0])
        XCTAssertTrue(lines.dropFirst().allSatisfy { $0.hasPrefix(">") })
        XCTAssertTrue(lines.dropFirst().allSatisfy { line in line.reduce(0) { $0 + ($1.isASCII ? 1 : 2) } <= 72 }, "\(lines)")
        XCTAssertTrue(lines.contains(">> older quote"))
        XCTAssertFalse(quote.contains("Taro\n") && quote.hasSuffix("> Taro"), "their signature is not quoted")
        XCTAssertFalse(lines.contains { $0.hasPrefix("> 。") }, "no line starts with closing punctuation")
        XCTAssertEqual(Quote.make("x", author: "山田 太郎", date: TestStore.now, style: .japanese, timeZone: tokyo).split(separator: "\n").first,
                       "2026年11月18日(水) 20:06 山田 太郎 様:")
    }
}

extension ReplyTests {
    func testQuoteAttributionFollowsTheTemplatesLanguage() throws {
        let id = try importMail("From: Emma Wilson <emma@example.com>\nTo: support@flourist.example.jp\nSubject: Order\nMessage-ID: <e1@x>\nDate: Wed, 18 Nov 2026 10:00:00 +0900\n\nWhere is it?\n")
        let draft = try builder.draft(conversationID: id, agent: hanako)
        XCTAssertTrue(draft.body.contains("On Wed, 18 Nov 2026 at 10:00, Emma Wilson wrote:"), draft.body)
        let japanese = try Template.parse("name: t\nlanguage: ja\n---\n{{customer.name}}\n", file: "t")
        let (filled, _) = try builder.apply(japanese, to: draft, agent: hanako, hours: nil)
        let body = try XCTUnwrap(filled?.body)
        XCTAssertTrue(body.hasPrefix("Emma Wilson 様"), body)
        XCTAssertTrue(body.contains("2026年11月18日(水) 10:00 Emma Wilson 様:\n> Where is it?"), body)
    }
}
