import Foundation
import XCTest
@testable import MadoCore

/// LINE is everywhere email and Instagram are: search (with half-width kana), templates,
/// signatures, reports by channel.
final class LINEEverywhereTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/line")
    var store: Store!

    override func setUpWithError() throws {
        store = try TestStore.make()
        var report = LINEImporter.Report()
        let payload = try Data(contentsOf: Self.fixtures.appendingPathComponent("events.json"))
        try LINEImporter(store: store, api: nil).importEvents(try LINEWebhookParser.parseEach(payload, source: "events.json").events, report: &report)
        try TestStore.conversation(store, name: "Emma", email: "emma@example.com", subject: "サイズ交換について", minutesAgo: 5, text: "サイズ交換できますか")
    }

    func found(_ query: String) throws -> [Channel] {
        try store.conversations(.search(try SearchQuery(query)), offset: 0, limit: 10).map(\.channel).sorted()
    }

    func testHalfWidthKanaAndFullWidthKanaFindEachOther() throws {
        // The LINE customer wrote ｻｲｽﾞ交換 (half-width); the email says サイズ交換.
        XCTAssertEqual(try found("サイズ交換"), [.email, .line])
        XCTAssertEqual(try found("ｻｲｽﾞ交換"), [.email, .line])
        XCTAssertEqual(try found("ｻｲｽﾞ"), [.email, .line])
        XCTAssertEqual(SearchText.fold("ｶﾀｶﾅ"), SearchText.fold("カタカナ"))
        XCTAssertEqual(SearchText.fold("ﾊﾟﾝﾀﾞ"), "パンダ", "voiced and semi-voiced marks join their kana")
    }

    func testChannelLineFiltersSearchAndIsNamedInTheError() throws {
        XCTAssertEqual(try found("channel:line"), [.line])
        XCTAssertEqual(try found("channel:line サイズ"), [.line])
        XCTAssertEqual(try found("channel:email サイズ"), [.email])
        XCTAssertThrowsError(try SearchQuery("channel:fax")) { XCTAssertTrue("\($0)".contains("email, instagram, line"), "\($0)") }
    }

    func testTemplatesForLINE() throws {
        let line = try Template.parse("name: size\nchannel: line\n---\nサイズ交換を承ります\n", file: "size.tmpl")
        let any = try Template.parse("name: thanks\n---\nありがとうございます\n", file: "thanks.tmpl")
        let mail = try Template.parse("name: mail\nchannel: email\n---\nDear\n", file: "mail.tmpl")
        XCTAssertTrue(line.fits(.line))
        XCTAssertFalse(line.fits(.email))
        XCTAssertEqual(TemplateLibrary.search([line, any, mail], "", channel: .line).map(\.name), ["size", "thanks"])
        XCTAssertThrowsError(try Template.parse("name: x\nchannel: fax\n---\nx\n", file: "x.tmpl")) {
            XCTAssertTrue("\($0)".contains("channel is email, instagram, line or any, not 'fax'"), "\($0)")
        }
    }

    func testEachAgentSignsLINERepliesWithTheirLineSignature() throws {
        var hanako = try store.addAgent(login: "hanako", name: "Hanako Sato")
        let builder = ReplyBuilder(store: store, shop: ShopSettings(name: "Flourist"))
        let conversation = try XCTUnwrap(store.conversations(.search(try SearchQuery("channel:line")), offset: 0, limit: 1).first?.id)
        var draft = try builder.draft(conversationID: conversation, agent: hanako)
        draft.body = "承知しました"
        XCTAssertEqual(try builder.preview(draft, agent: hanako, now: TestStore.now.addingTimeInterval(600)).whole.text, "承知しました\n— Hanako")
        hanako = try store.updateAgent(hanako, field: "line-signature", value: "— はなこ（Flourist）")
        XCTAssertEqual(hanako.lineSignature, "— はなこ（Flourist）")
        XCTAssertEqual(try builder.preview(draft, agent: hanako, now: TestStore.now.addingTimeInterval(600)).whole.text, "承知しました\n— はなこ（Flourist）")
        XCTAssertNil(hanako.instagramSignature, "each channel has its own")
    }

    func testReportsHaveALineRow() throws {
        let hanako = try store.addAgent(login: "hanako", name: "Hanako Sato")
        let builder = ReplyBuilder(store: store, shop: ShopSettings(name: "Flourist", address: "shop@example.jp"))
        let conversation = try XCTUnwrap(store.conversations(.search(try SearchQuery("channel:line")), offset: 0, limit: 1).first?.id)
        var draft = try builder.draft(conversationID: conversation, agent: hanako)
        draft.body = "承知しました"
        let outbox = try builder.queue(draft, agent: hanako, now: TestStore.now.addingTimeInterval(600))
        try store.markSent(outbox, externalID: "5001")
        let report = try ReportBuilder(store: store, hours: try BusinessHours(config: Config()))
            .build(ReportRequest(since: TestStore.now.addingTimeInterval(-86400), until: TestStore.now.addingTimeInterval(86400), grouping: .channel))
        let line = try XCTUnwrap(report.rows.first { $0.key == "line" }, "\(report.rows.map(\.key))")
        XCTAssertEqual(line.received, 1)
        XCTAssertEqual(line.replied, 1)
        XCTAssertEqual(report.rows.map(\.key).sorted(), ["email", "line"])
    }

    func testAStoreIndexedBeforeTheFixFindsHalfWidthKanaAfterTheUpgrade() throws {
        let path = TestStore.folder() + "/old.sqlite"
        do {
            let db = try Database(path: path, create: true, migrate: false)
            try Migrations.migrate(db, upTo: 15)  // step 16 indexes half-width kana again
            try db.run("INSERT INTO customers (id, name, created_at) VALUES (1, 'ﾕｲ', 0)")
            try db.run("INSERT INTO conversations (id, customer_id, channel, created_at, updated_at, last_message_at) VALUES (1, 1, 'line', 0, 0, 0)")
            try db.run("INSERT INTO messages (id, conversation_id, channel, direction, text, sent_at, received_at) VALUES (1, 1, 'line', 'in', 'ｻｲｽﾞ交換', 0, 0)")
            // As the old fold left it: ス followed by a combining voiced mark.
            let old = "サイス\u{3099}交換"
            try db.run("INSERT INTO search_trigram (rowid, subject, body, people) VALUES (1, '', ?, 'ユイ')", [.text(old)])
            try db.run("INSERT INTO search_grams (rowid, grams) VALUES (1, ?)", [.text(SearchText.shortGrams(old))])
        }
        let upgraded = try Store(path: path, create: false, clock: { TestStore.now })
        XCTAssertEqual(try upgraded.conversations(.search(try SearchQuery("サイズ交換")), offset: 0, limit: 10).map(\.id), [1])
        XCTAssertEqual(try upgraded.conversations(.search(try SearchQuery("ズ")), offset: 0, limit: 10).map(\.id), [1])
    }
}
