import Foundation
import MadoCore
import XCTest
@testable import MadoUI

/// Short words drawn by the list and the thread, in the screen's language.
final class JapaneseScreenWordsTests: XCTestCase {
    func testTheWaitColumnSaysNowInJapanese() {
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        XCTAssertEqual(UIStrings.japanese.waiting(since: now.addingTimeInterval(-20), now: now), "今")
        XCTAssertEqual(UIStrings.english.waiting(since: now.addingTimeInterval(-20), now: now), "now")
        XCTAssertEqual(UIStrings.japanese.waiting(since: now.addingTimeInterval(-7200), now: now), "2h")
        var state = Fixtures.state(width: 100, height: 30)
        state.strings = .japanese
        state.now = now
        state.list.rows[0].waitingSince = now.addingTimeInterval(-20)
        XCTAssertTrue(Renderer.render(state).line(2).contains(" 今 "), Renderer.render(state).line(2))
    }

    func testAnAttachmentWithoutANameIsSaidInJapanese() {
        XCTAssertEqual(UIStrings.japanese.unnamedAttachment, "（名前なし）")
        XCTAssertEqual(UIStrings.english.unnamedAttachment, "(unnamed)")
    }
}
