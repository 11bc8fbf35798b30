import Foundation
import XCTest
@testable import MadoCore

/// The query side's own trimming and quote doubling give exactly what Foundation's did.
final class QueryTextTests: XCTestCase {
    func testTrimmingWhitespaceMatchesFoundationScalarByScalar() {
        // Every space-like scalar Foundation knows or might, and neighbours that are not whitespace.
        let candidates: [UInt32] = [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x180E] + Array(0x2000...0x200D)
            + [0x2028, 0x2029, 0x202F, 0x205F, 0x2060, 0x3000, 0xFEFF, 0x61, 0x3042]
        for value in candidates {
            let s = String(Unicode.Scalar(value)!)
            for text in [s, s + "a" + s, "a" + s + "b", s + s + "返品" + s, "\"x\"" + s] {
                XCTAssertEqual(text.trimmingWhitespace, text.trimmingCharacters(in: .whitespaces),
                               String(format: "U+%04X in %@", value, text.debugDescription))
            }
        }
        XCTAssertEqual("   ".trimmingWhitespace, "")
        XCTAssertEqual("".trimmingWhitespace, "")
    }

    func testDoublingQuotesMatchesFoundation() {
        for text in ["", "plain", "\"", "a\"b\"\"c", "返品\"です", "\u{1F600}\""] {
            XCTAssertEqual(text.doublingQuotes, text.replacingOccurrences(of: "\"", with: "\"\""), text.debugDescription)
        }
    }

    /// FTS5 reads code points: a quote that a combining mark follows still ends the phrase unless
    /// doubled. (Foundation's replacingOccurrences compares characters and left that one alone.)
    func testDoublingQuotesDoublesAQuoteACombiningMarkFollows() {
        XCTAssertEqual(Array("\"\u{301}x".doublingQuotes.unicodeScalars), ["\"", "\"", "\u{301}", "x"])
    }

    func testSearchPhraseIsQuotedForFTS5() {
        XCTAssertEqual(SearchIndex.phrase("say \"hi\""), "\"say \"\"hi\"\"\"")
        XCTAssertEqual(SearchIndex.match(for: "  Arrived\t")?.table, "search_trigram")
    }
}
