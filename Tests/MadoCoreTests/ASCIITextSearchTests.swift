import Foundation
import XCTest
@testable import MadoCore

/// The byte-level `containsASCII` and `replacingASCII` stand in for Foundation's `contains` and
/// `replacingOccurrences` on the import's hot path; they must answer the same.
final class ASCIITextSearchTests: XCTestCase {
    let texts = ["", "=?", "a=?b", "=", "?=", "abc", "返品=?utf-8?", "\r\n", "a\r\nb\rc\n", "\r\r\n\n", "\\\"quoted\\\\\"",
                 "Mon, 30 Nov 2026 10:00:00 +0900", "name@example.jp", "<a@b>", "👍🏽=?", "x=?=?y"]
    let needles = ["=?", "@", ":", "\r\n", "\r", "\\\"", "\\\\", ",", "xyz"]

    func testContainsAnswersAsFoundation() {
        for text in texts {
            for needle in needles {
                XCTAssertEqual(text.containsASCII(needle), text.contains(needle), "\(text.debugDescription) contains \(needle.debugDescription)")
            }
        }
    }

    func testReplacingGivesWhatFoundationGives() {
        for text in texts {
            for needle in needles {
                for replacement in ["", "\n", " ", "\""] {
                    XCTAssertEqual(text.replacingASCII(needle, with: replacement), text.replacingOccurrences(of: needle, with: replacement),
                                   "\(text.debugDescription): \(needle.debugDescription) → \(replacement.debugDescription)")
                }
            }
        }
    }
}
