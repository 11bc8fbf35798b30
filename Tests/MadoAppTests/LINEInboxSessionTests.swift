import Foundation
@testable import MadoCore
import MadoUI
import XCTest
@testable import MadoApp

/// The open inbox asks a LINE reply's quota when it would go as a push, once a minute at most.
final class LINEInboxSessionTests: XCTestCase {
    func testAPushPreviewCarriesTheQuotaAskedOnceAMinute() throws {
        let folder = NSTemporaryDirectory() + "mado-app-line-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let store = try Store(path: folder + "/s.sqlite")
        let agent = try store.addAgent(login: "hanako", name: "Hanako Sato")
        // An hour-old message: its reply token has expired, so the answer is a push.
        let ms = Int64((Date().timeIntervalSince1970 - 3600) * 1000)
        let body = #"{"destination":"U0","events":[{"type":"message","timestamp":\#(ms),"webhookEventId":"E1","replyToken":"rt","#
            + #""source":{"type":"user","userId":"U1"},"message":{"id":"1","type":"text","text":"在庫ありますか"}}]}"#
        var report = LINEImporter.Report()
        try LINEImporter(store: store, api: nil).importEvents(try LINEWebhookParser.parseEach(Data(body.utf8), source: "t").events, report: &report)
        let conversation = try XCTUnwrap(store.conversations(ConversationFilter(snooze: .any), offset: 0, limit: 1).first?.id)

        let session = InboxSession(store: store, agent: agent)
        session.shop = ShopSettings(name: "Flourist")
        var asked: [Channel] = []
        session.quota = { channel in
            asked.append(channel)
            return MessageQuota(limit: 200, used: 198)
        }
        var draft = try ReplyBuilder(store: store, shop: session.shop).draft(conversationID: conversation, agent: agent)
        draft.body = "ございます"
        let preview = try XCTUnwrap(session.preview(draft))
        XCTAssertEqual(preview.route, .counted)
        XCTAssertEqual(preview.quota, MessageQuota(limit: 200, used: 198))
        XCTAssertEqual(session.preview(draft)?.quota?.remaining, 2)
        XCTAssertEqual(asked, [.line], "asked once for two previews")
        XCTAssertEqual(session.monthQuota(.line, now: Date().addingTimeInterval(61))?.used, 198)
        XCTAssertEqual(asked, [.line, .line], "asked again after a minute")
    }
}
