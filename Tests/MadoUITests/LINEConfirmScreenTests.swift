import Foundation
import MadoCore
import XCTest
@testable import MadoUI

/// The confirm screen of a LINE reply says whether it goes free (reply token) or as a push that
/// counts against the month's quota, how much of the quota is left, and warns near the end.
final class LINEConfirmScreenTests: XCTestCase {
    let draft = ReplyDraft(conversationID: 5, channel: .line, to: "U1f2e3d4c5b6a79880123456789abcdef", subject: "", body: "承知しました")
    let tokyo = TimeZone(identifier: "Asia/Tokyo")!

    func preview(route: ReplyRoute, quota: MessageQuota? = nil) -> ReplyPreview {
        let text = "承知しました\n— Hanako"
        var preview = ReplyPreview(from: "Flourist", to: "ゆい (…cdef)", subject: nil, whole: .init(text: text, bytes: text.utf16.count), limit: 5000)
        preview.unit = .utf16Units
        preview.route = route
        preview.quota = quota
        return preview
    }

    func screen(_ preview: ReplyPreview, japanese: Bool = false) -> (text: String, grid: CellGrid) {
        var state = Fixtures.state(width: 120, height: 30)
        if japanese { state.strings = .japanese }
        _ = Reducer.reduce(&state, .draftEdited(draft, preview: preview))
        let grid = Renderer.render(state)
        return (grid.text, grid)
    }

    func testAFreeReplySaysUntilWhen() {
        let until = Date(timeIntervalSince1970: 1_795_000_060)
        XCTAssertEqual(UIStrings.english.replyRoute(.free(until: until), quota: nil, timeZone: tokyo),
                       "Goes as a free reply (until 20:07:40; after that as a push message)")
        XCTAssertEqual(UIStrings.japanese.replyRoute(.free(until: until), quota: nil, timeZone: tokyo),
                       "無料の応答メッセージで送ります（20:07:40 まで。過ぎるとプッシュメッセージになります）")
        let text = screen(preview(route: .free(until: until))).text
        XCTAssertTrue(text.contains("Goes as a free reply"), text)
        XCTAssertTrue(text.contains("\("承知しました\n— Hanako".utf16.count)/5000 characters"), text)
        XCTAssertTrue(text.contains("Check your reply — LINE"), text)
    }

    func testAPushShowsTheQuotaLeftAndWarnsNearTheEnd() {
        let plenty = screen(preview(route: .counted, quota: MessageQuota(limit: 200, used: 63)))
        XCTAssertTrue(plenty.text.contains("Goes as a push message (counts against this month's quota): 137 of 200 left"), plenty.text)
        XCTAssertFalse(plenty.text.contains("Only a few"))
        let few = screen(preview(route: .counted, quota: MessageQuota(limit: 200, used: 197)))
        XCTAssertTrue(few.text.contains("3 of 200 left. Only a few left this month"), few.text)
        let none = screen(preview(route: .counted, quota: MessageQuota(limit: 200, used: 200)), japanese: true)
        XCTAssertTrue(none.text.contains("残り 0 / 200 通。今月の上限に達しているため送れません"), none.text)
        XCTAssertTrue(none.text.contains("文字"), none.text)
        // The warning is drawn in the warning role, the ordinary line dimmed.
        func role(of needle: String, in result: (text: String, grid: CellGrid)) -> StyleRole? {
            let rows = result.text.split(separator: "\n", omittingEmptySubsequences: false)
            guard let row = rows.firstIndex(where: { $0.contains(needle) }) else { return nil }
            return result.grid[1, row].role
        }
        XCTAssertEqual(role(of: "Only a few", in: few), .warning)
        XCTAssertEqual(role(of: "137 of 200", in: plenty), .dim)
        let unlimited = screen(preview(route: .counted, quota: MessageQuota(limit: nil, used: 12)))
        XCTAssertTrue(unlimited.text.contains("no limit (12 sent this month)"), unlimited.text)
        let unknown = screen(preview(route: .counted))
        XCTAssertTrue(unknown.text.contains("Goes as a push message (counts against this month's quota)"), unknown.text)
    }

    func testLINEIsDrawnInItsOwnRoleInTheList() {
        let state = Fixtures.state(rows: [Fixtures.mixed[0], Fixtures.conversation(5, name: "ゆい", subject: "ｻｲｽﾞ交換", channel: .line)])
        let grid = Renderer.render(state)
        let row = try! XCTUnwrap(grid.text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("ゆい") })
        let column = try! XCTUnwrap(grid.column(of: "LN", inRow: row))
        XCTAssertEqual(grid[column, row].role, .line)
    }

    func testATemplateForAnotherChannelSaysWhichInBothLanguages() {
        XCTAssertEqual(UIStrings.english.templateNeeds(["channel:line"]), "needs LINE only")
        XCTAssertEqual(UIStrings.japanese.templateNeeds(["channel:line"]), "使えません: LINE 専用")
        XCTAssertEqual(UIStrings.english.templateNeeds(["channel:email"]), "needs email only")
        XCTAssertEqual(UIStrings.japanese.templateNeeds(["channel:email", "shop.name"]), "使えません: メール 専用、店名（mado setup）")
        XCTAssertEqual(UIStrings.english.templateNeeds(["channel:instagram"]), "needs Instagram only")
    }

    func testTheThreadListsKeptPicturesButNotInstagramLinks() {
        let line = Fixtures.conversation(5, name: "ゆい", subject: "[image]", channel: .line)
        var picture = Fixtures.message(.incoming, "[image]")
        picture.channel = .line
        picture.attachments = [Attachment(filename: "468789577898262532.jpg", contentType: "image/jpeg", size: 2048, locator: "file:/x/468789577898262532")]
        var link = Fixtures.message(.incoming, "[image] https://lookaside.example/1")
        link.channel = .instagram
        link.attachments = [Attachment(filename: "image", contentType: "instagram/image", size: 0, locator: "https://lookaside.example/1")]
        var state = Fixtures.state(width: 120, height: 30)
        state.reader.detail = Fixtures.detail(for: line, messages: [picture, link])
        state.focus = .reader
        let text = Renderer.render(state).text
        XCTAssertTrue(text.contains("468789577898262532.jpg (image/jpeg"), text)
        XCTAssertFalse(text.contains("instagram/image"), text)
    }
}
