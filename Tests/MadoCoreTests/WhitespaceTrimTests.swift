import Foundation
import XCTest
@testable import MadoCore

/// The import's own trimming must cut exactly what Foundation's `trimmingCharacters` cuts.
final class WhitespaceTrimTests: XCTestCase {
    func testTrimsWhatFoundationTrims() {
        let samples = ["", " ", "\t \u{3000}", " a ", "\u{3000}全角スペース\u{3000}", "\u{00A0}nbsp\u{00A0}", "\r\n line \r\n",
                       " e\u{0301} ", " \u{0301}mark", "🇯🇵 flag ", "\u{2028}sep\u{2029}", "\u{200B}zero width\u{200B}", "\u{85}next\u{85}",
                       "a b\tc", "\u{1680}ogham\u{202F}", " \u{FEFF}bom "]
        for text in samples {
            XCTAssertEqual(text.trimmingWhitespace(), text.trimmingCharacters(in: .whitespaces), text.debugDescription)
            XCTAssertEqual(text.trimmingWhitespaceAndNewlines(), text.trimmingCharacters(in: .whitespacesAndNewlines), text.debugDescription)
            let slice = text.dropFirst()
            XCTAssertEqual(slice.trimmingWhitespace(), slice.trimmingCharacters(in: .whitespaces), slice.debugDescription)
        }
    }
}
