import XCTest
@testable import MadoUI

final class SafeTextTests: XCTestCase {
    func testEscapeSequencesAreRemovedWhole() {
        XCTAssertEqual(SafeText.line("a\u{1B}[2Jb"), "ab")
        XCTAssertEqual(SafeText.line("x\u{1B}]0;pwned\u{07}y"), "xy", "OSC title change")
        XCTAssertEqual(SafeText.line("x\u{1B}]52;c;ZXZpbA==\u{1B}\\y"), "xy", "OSC 52 clipboard write")
        XCTAssertEqual(SafeText.line("x\u{9B}31my"), "xy", "C1 CSI")
        XCTAssertEqual(SafeText.line("x\u{1B}Py"), "x", "an unterminated DCS swallows the rest, never reaches the terminal")
    }

    func testControlsBecomeVisibleAndBidiOverridesGo() {
        XCTAssertEqual(SafeText.line("bell\u{07}"), "bell\u{2407}")
        XCTAssertEqual(SafeText.line("evil\u{202E}txt.exe"), "eviltxt.exe")
        XCTAssertEqual(SafeText.line("two\nlines\ttab"), "two lines tab")
        XCTAssertEqual(SafeText.block("two\r\nlines"), "two\nlines")
        XCTAssertEqual(SafeText.line("ご注文 🌸"), "ご注文 🌸", "ordinary text is untouched")
    }
}
