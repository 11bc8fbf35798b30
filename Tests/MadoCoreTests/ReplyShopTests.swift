import Foundation
import XCTest
@testable import MadoCore

/// Who a reply comes from, and when a reply counts as empty.
final class ReplyShopTests: XCTestCase {
    var store: Store!
    let tokyo = TimeZone(identifier: "Asia/Tokyo")!

    override func setUpWithError() throws {
        store = try TestStore.make()
    }

    func shop(_ text: String) throws -> ShopSettings {
        ShopSettings(config: try Config.parse(text, file: "/home/hanako/.config/mado/config"))
    }

    func emailConversation() throws -> Int64 {
        let importer = MailImporter(store: store, shopAddresses: ["support@flourist.example.jp"])
        let mail = "From: Emma Wilson <emma@example.com>\nTo: support@flourist.example.jp\nSubject: Order\nMessage-ID: <e1@example.com>\nDate: Wed, 18 Nov 2026 10:00:00 +0900\n\nWhere is my order?\nIt was due on Monday.\n"
        guard case .imported(_, let id) = try importer.importMail(Array(mail.utf8), receivedAt: TestStore.now).0 else { throw StoreError.invalid("dup") }
        return id
    }

    func sent(_ outboxID: Int64) throws -> ParsedMail {
        MailParser.parse(try XCTUnwrap(store.outboxItem(id: outboxID)).payload)
    }

    // MARK: the shop's name and address

    func testReplyIsRefusedUntilTheShopNameAndAddressAreSet() throws {
        let agent = try store.addAgent(login: "hanako", name: "Hanako Sato")
        let id = try emailConversation()
        let unset = try shop("theme = light\n")
        XCTAssertEqual(unset.missing, ["shop.name", "shop.address"])
        XCTAssertThrowsError(try ReplyBuilder(store: store, shop: unset).draft(conversationID: id, agent: agent)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("[shop] name") && text.contains("[shop] address"), text)
            XCTAssertTrue(text.contains("/home/hanako/.config/mado/config") && text.contains("mado setup"), text)
        }
        // A draft written before (or by a colleague's settings) is still never queued without them.
        let configured = ReplyBuilder(store: store, shop: try shop("[shop]\nname = Flourist\naddress = support@flourist.example.jp\n"))
        var draft = try configured.draft(conversationID: id, agent: agent)
        draft.body = "It left today." + draft.body
        let onlyName = try shop("[shop]\nname = Flourist\n")
        XCTAssertEqual(onlyName.missing, ["shop.address"])
        XCTAssertThrowsError(try ReplyBuilder(store: store, shop: onlyName).queue(draft, agent: agent)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("[shop] address") && !text.contains("[shop] name"), text)
        }
        XCTAssertEqual(try store.outbox(states: [.queued]).count, 0, "nothing was queued")
    }

    func testNoPlaceholderShopEverReachesATemplateOrSignature() throws {
        let unset = try shop("")
        XCTAssertEqual(unset.name, "")
        XCTAssertEqual(unset.address, "")
        XCTAssertFalse(Signature.email(agent: Agent(id: 1, login: "h", name: "Hanako Sato"), shop: unset).contains("Our shop"))
    }

    func testFromUsesTheShopAddressTheWholeNameAndTheShopDomainForMessageID() throws {
        let agent = try store.addAgent(login: "hanako", name: "佐藤 花子")
        let id = try emailConversation()
        let builder = ReplyBuilder(store: store, shop: try shop("[shop]\nname = Flourist\naddress = support@flourist.example.jp\n"))
        var draft = try builder.draft(conversationID: id, agent: agent)
        draft.body = "Emma 様\n\n本日発送しました。" + draft.body
        let mail = try sent(try builder.queue(draft, agent: agent, now: TestStore.now))
        XCTAssertEqual(mail.from.first, MailAddress(name: "佐藤 花子 (Flourist)", address: "support@flourist.example.jp"))
        XCTAssertTrue(mail.replyTo.isEmpty, "From is the shop address already")
        XCTAssertTrue(mail.messageID?.hasSuffix("@flourist.example.jp") == true, mail.messageID ?? "no Message-ID")
    }

    func testAgentsOwnShopAddressIsTheFromAndAnswersComeBackToTheShop() throws {
        let agent = try store.addAgent(login: "hanako", name: "Hanako Sato", email: "hanako@flourist.example.jp")
        let id = try emailConversation()
        let builder = ReplyBuilder(store: store, shop: try shop("[shop]\nname = Flourist\naddress = support@flourist.example.jp\n"))
        var draft = try builder.draft(conversationID: id, agent: agent)
        draft.body = "It left today." + draft.body
        let mail = try sent(try builder.queue(draft, agent: agent, now: TestStore.now))
        XCTAssertEqual(mail.from.first, MailAddress(name: "Hanako Sato (Flourist)", address: "hanako@flourist.example.jp"))
        XCTAssertEqual(mail.replyTo.first?.address, "support@flourist.example.jp")
        XCTAssertEqual(try store.messages(inConversation: id).last?.fromAddress, "hanako@flourist.example.jp")
    }

    func testAgentsPrivateAddressIsNotUsedButAListedOneIs() throws {
        let settings = try shop("[shop]\nname = Flourist\naddress = support@flourist.example.jp\naddresses = support@flourist.example.jp, flourist.kyoto@gmail.com\n")
        XCTAssertEqual(settings.fromAddress(for: Agent(id: 1, login: "h", name: "H", email: "hanako.sato@gmail.com")), "support@flourist.example.jp")
        XCTAssertEqual(settings.fromAddress(for: Agent(id: 1, login: "h", name: "H", email: "flourist.kyoto@gmail.com")), "flourist.kyoto@gmail.com")
        XCTAssertEqual(settings.fromAddress(for: Agent(id: 1, login: "h", name: "H", email: "Ken@Flourist.example.jp")), "Ken@Flourist.example.jp")
        XCTAssertEqual(settings.fromAddress(for: Agent(id: 1, login: "h", name: "H", email: "ken@evil-flourist.example.jp")), "support@flourist.example.jp")
        XCTAssertEqual(settings.fromAddress(for: Agent(id: 1, login: "h", name: "H")), "support@flourist.example.jp")
    }

    // MARK: empty replies

    func builderAndDraft() throws -> (ReplyBuilder, ReplyDraft, Agent) {
        let agent = try store.addAgent(login: "hanako", name: "Hanako Sato")
        let id = try emailConversation()
        let builder = ReplyBuilder(store: store, shop: ShopSettings(name: "Flourist", address: "support@flourist.example.jp", timeZone: tokyo))
        return (builder, try builder.draft(conversationID: id, agent: agent), agent)
    }

    func testTopPostedReplyIsQueued() throws {
        var (builder, draft, agent) = try builderAndDraft()
        draft.body = "It left today." + draft.body
        XCTAssertNoThrow(try builder.queue(draft, agent: agent))
    }

    func testBottomPostedReplyBelowTheQuoteIsQueued() throws {
        var (builder, draft, agent) = try builderAndDraft()
        draft.body += "\nIt left today; the tracking number follows.\n"
        let outboxID = try builder.queue(draft, agent: agent)
        XCTAssertTrue(try sent(outboxID).text.contains("It left today"))
    }

    func testInlineAnswerBetweenQuoteLinesIsQueued() throws {
        var (builder, draft, agent) = try builderAndDraft()
        draft.body = draft.body.replacingOccurrences(of: "> Where is my order?\n", with: "> Where is my order?\n\nOn its way since this morning.\n\n")
        XCTAssertTrue(draft.body.contains("On its way"), draft.body)
        XCTAssertNoThrow(try builder.queue(draft, agent: agent))
    }

    func testOnlyQuoteAttributionAndSignatureIsEmpty() throws {
        let (builder, draft, agent) = try builderAndDraft()
        XCTAssertTrue(draft.body.contains("wrote:\n> Where is my order?"), draft.body)
        XCTAssertThrowsError(try builder.queue(draft, agent: agent)) { XCTAssertEqual($0 as? ReplyError, .emptyReply) }
        var noSignature = draft
        noSignature.body = draft.body.replacingOccurrences(of: "-- \nHanako Sato\nFlourist\n", with: "")
        XCTAssertThrowsError(try builder.queue(noSignature, agent: agent)) { XCTAssertEqual($0 as? ReplyError, .emptyReply) }
        let japanese = "\n\n-- \nHanako Sato\nFlourist\n\n2026年11月18日(水) 10:00 山田 太郎 様:\n> 注文はいつ届きますか？\n"
        XCTAssertTrue(builder.isOnlySignatureAndQuote(japanese))
        XCTAssertFalse(builder.isOnlySignatureAndQuote(japanese + "\n明日お届けします。\n"))
    }
}
