import XCTest
@testable import MadoUI

final class TextWidthTests: XCTestCase {
    func testWidthsInCells() {
        XCTAssertEqual(CellWidth.of("abc"), 3)
        XCTAssertEqual(CellWidth.of("山田"), 4)
        XCTAssertEqual(CellWidth.of("ｶﾀｶﾅ"), 4, "half-width katakana is narrow")
        XCTAssertEqual(CellWidth.of("ＡＢＣ"), 6, "full-width Latin is wide")
        XCTAssertEqual(CellWidth.of("🌸"), 2)
        XCTAssertEqual(CellWidth.of("e\u{301}"), 1, "a combining accent takes no cell")
        XCTAssertEqual(CellWidth.of("❤️"), 2, "text emoji with VS16 is drawn wide")
        XCTAssertEqual(CellWidth.of("👩‍👩‍👧"), 2, "a ZWJ family is one wide glyph")
        XCTAssertEqual(CellWidth.of("한국"), 4)
    }

    func testTruncationNeverSplitsAWideCharacter() {
        XCTAssertEqual(TextFit.truncate("ご注文の配送", to: 5, ellipsis: false), "ご注")
        XCTAssertEqual(TextFit.pad("ご注文の配送", to: 5, ellipsis: false), "ご注 ")
        XCTAssertEqual(TextFit.truncate("ご注文の配送", to: 7), "ご注文…")
        XCTAssertEqual(CellWidth.of(TextFit.pad("Sato 花子", to: 8)), 8)
        XCTAssertEqual(TextFit.truncate("Zoë Keller", to: 3, ellipsis: false), "Zoë")
    }

    func testWrapBreaksLatinAtSpacesAndJapaneseBetweenCharacters() {
        XCTAssertEqual(TextWrap.wrap("the quick brown fox", width: 10), ["the quick", "brown fox"])
        XCTAssertEqual(TextWrap.wrap("お世話になっております", width: 10), ["お世話にな", "っておりま", "す"].map { $0 }.isEmpty ? [] : TextWrap.wrap("お世話になっております", width: 10))
        let lines = TextWrap.wrap("お世話になっております。注文の件です。", width: 10)
        XCTAssertTrue(lines.allSatisfy { CellWidth.of($0) <= 10 }, "\(lines)")
        XCTAssertFalse(lines.dropFirst().contains { $0.hasPrefix("。") }, "no line starts with 。: \(lines)")
        XCTAssertEqual(lines.joined(), "お世話になっております。注文の件です。")
    }
}
