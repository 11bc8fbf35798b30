import Foundation
import MadoCore
import XCTest
@testable import MadoUI

/// The prompts and the Instagram box edit like a shell line: the cursor moves and text goes in
/// where it is; the Instagram box takes several lines.
final class LineEditingTests: XCTestCase {
    func type(_ text: String, _ state: inout AppState) {
        for character in text { _ = Reducer.reduce(&state, .key(.char(character))) }
    }

    func press(_ keys: Key..., state: inout AppState) {
        for key in keys { _ = Reducer.reduce(&state, .key(key)) }
    }

    func searchPrompt() -> AppState {
        var state = Fixtures.state()
        _ = Reducer.reduce(&state, .key(.char("/")))
        return state
    }

    func instagramBox(body: String = "") -> AppState {
        var state = Fixtures.state()
        let draft = ReplyDraft(conversationID: 3, channel: .instagram, to: "1784", subject: "", body: body)
        _ = Reducer.reduce(&state, .draftReady(draft, window: nil))
        return state
    }

    func testTypingGoesWhereTheCursorIs() {
        var state = searchPrompt()
        type("helo wrld", &state)
        press(.left, .left, .left, state: &state)
        type("o", &state)
        press(.ctrl("a"), state: &state)
        type("say ", &state)
        XCTAssertEqual(state.prompt?.text, "say helo world")
        press(.ctrl("e"), .left, .left, .left, .left, .left, .left, .backspace, state: &state)
        type("l", &state)
        XCTAssertEqual(state.prompt?.text, "say hell world")
        press(.home, .delete, .delete, .delete, .delete, state: &state)
        XCTAssertEqual(state.prompt?.text, "hell world")
    }

    func testWordAndLineDeletionStopAtTheCursor() {
        var state = searchPrompt()
        type("from:emma refund vase", &state)
        press(.left, .left, .left, .left, .left, state: &state)
        press(.ctrl("w"), state: &state)
        XCTAssertEqual(state.prompt?.text, "from:emma  vase")
        press(.ctrl("k"), state: &state)
        XCTAssertEqual(state.prompt?.text, "from:emma ")
        press(.ctrl("u"), state: &state)
        XCTAssertEqual(state.prompt?.text, "")
        XCTAssertNotNil(state.prompt, "an emptied line stays open")
    }

    func testCtrlJIsEnterInASingleLinePrompt() {
        var state = searchPrompt()
        type("花瓶", &state)
        let effects = Reducer.reduce(&state, .key(.ctrl("j")))
        XCTAssertNil(state.prompt, "the search ran")
        XCTAssertFalse(effects.isEmpty)
    }

    func testTheInstagramBoxTakesSeveralLinesAndMovesBetweenThem() {
        var state = instagramBox()
        type("はい、ご用意できます！", &state)
        press(.ctrl("j"), state: &state)
        type("発送は明日です", &state)
        XCTAssertEqual(state.prompt?.text, "はい、ご用意できます！\n発送は明日です")
        // ↑ keeps the column on the line above; typing goes there.
        press(.ctrl("a"), .right, .right, .up, state: &state)
        type("X", &state)
        XCTAssertEqual(state.prompt?.text, "はいX、ご用意できます！\n発送は明日です")
        press(.down, .ctrl("e"), state: &state)
        type("🌸", &state)
        let effects = Reducer.reduce(&state, .key(.enter))
        XCTAssertNil(state.prompt)
        XCTAssertEqual(state.composer?.draft.body, "はいX、ご用意できます！\n発送は明日です🌸")
        XCTAssertEqual(effects.count, 1, "\(effects)")
    }

    func testTheBoxGrowsUpwardsWithTheCursorOnItsLine() {
        var state = instagramBox()
        state.width = 80
        state.height = 24
        type("一行目", &state)
        press(.ctrl("j"), state: &state)
        type("second line", &state)
        press(.ctrl("a"), .right, .right, state: &state)
        let grid = Renderer.render(state)
        let leader = state.strings.leader(.instagramReply)
        XCTAssertTrue(grid.line(22).hasPrefix(leader + "一行目"), grid.line(22))
        XCTAssertTrue(grid.line(23).hasPrefix(String(repeating: " ", count: CellWidth.of(leader)) + "second line"), grid.line(23))
        XCTAssertEqual(grid.cursor?.y, 23)
        XCTAssertEqual(grid.cursor?.x, CellWidth.of(leader) + 2)
        press(.up, state: &state)
        let above = Renderer.render(state)
        XCTAssertEqual(above.cursor?.y, 22)
        XCTAssertEqual(above.cursor?.x, CellWidth.of(leader) + 4, "two double-width characters before the cursor")
    }

    func testALongLineScrollsSidewaysToKeepTheCursorVisible() {
        var state = searchPrompt()
        state.width = 40
        type(String(repeating: "あ", count: 50) + "end", &state)
        var grid = Renderer.render(state)
        XCTAssertTrue(grid.line(state.height - 1).contains("end"), grid.line(state.height - 1))
        press(.home, state: &state)
        grid = Renderer.render(state)
        XCTAssertEqual(grid.cursor?.x, CellWidth.of(state.strings.leader(.search)))
        XCTAssertFalse(grid.line(state.height - 1).contains("end"))
    }
}

/// Errors from the reply rules and the store, said in Japanese on a Japanese screen.
final class ErrorWordsTests: XCTestCase {
    func testKnownErrorsAreSaidInJapanese() {
        let errors: [Error] = [ReplyError.emptyReply, ReplyError.tooLong(.instagram, size: 1200, limit: TextLimit(maximum: 1000, unit: .utf8Bytes)), ReplyError.noRecipient(3),
                               ReplyError.shopNotSet(missing: ["shop.name", "shop.address"], configFile: "~/.config/mado/config"),
                               StoreError.busy("locked"), StoreError.full("disk")]
        for error in errors {
            let said = UIStrings.japanese.describe(error)
            let english = said.replacingOccurrences(of: "[shop] name", with: "").replacingOccurrences(of: "[shop] address", with: "").replacingOccurrences(of: "mado setup", with: "")
                .replacingOccurrences(of: "Instagram", with: "").replacingOccurrences(of: "~/.config/mado/config", with: "")
            XCTAssertNil(english.range(of: "[A-Za-z]{3,}", options: .regularExpression), said)
            XCTAssertEqual(UIStrings.english.describe(error), "\(error)")
        }
    }
}
