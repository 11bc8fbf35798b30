import XCTest
@testable import MadoCore

/// `SearchText.shortGrams` walks ASCII byte by byte for speed; it must cut exactly the grams the
/// character-by-character definition cuts, or old stores and new queries would disagree.
final class ShortGramsTests: XCTestCase {
    /// The definition, character by character (as the index has always been built).
    private func reference(_ folded: String) -> String {
        var grams: [String] = []
        var word = ""
        var run: [Character] = []
        func flushWord() {
            if !word.isEmpty && word.count <= 2 { grams.append(word) }
            word = ""
        }
        func flushRun() {
            for (index, character) in run.enumerated() {
                grams.append(String(character))
                if index + 1 < run.count { grams.append(String(character) + String(run[index + 1])) }
            }
            run = []
        }
        for character in folded {
            if character.isASCII {
                flushRun()
                if character.isLetter || character.isNumber { word.append(character) } else { flushWord() }
            } else if character.isLetter || character.isNumber {
                flushWord()
                run.append(character)
            } else {
                flushWord()
                flushRun()
            }
        }
        flushWord()
        flushRun()
        return grams.joined(separator: " ")
    }

    func testSameGramsAsCharacterByCharacter() {
        let samples = [
            "", "a", "ab", "abc", "a b cd efg", "返品", "返品したい", "注文番号 12 の返品", "ab返品cd", "x返",
            "e\u{301}t\u{e9} ok", "cafe\u{301} au lait", "line one\r\nline two\rthree\nfour", "\r\n\r\n",
            "👍🏽 ok 👨‍👩‍👧 ya", "ｱｲｳ ａｂ", "\u{0600}1 test", "a\u{200D}b", "k\u{308}", "1\u{20E3} 2",
            "tag:返品 from:emma@example.jp", "ß ŉ σς", "한국어 텍스트", "مرحبا بك", "x\u{301}\u{302}y", "ok!", "!?", " a ",
        ]
        for sample in samples {
            XCTAssertEqual(SearchText.shortGrams(sample), reference(sample), "grams of \(sample.debugDescription)")
        }
    }

    func testSameGramsOnGeneratedText() {
        // Every mix of a few awkward pieces, two and three at a time.
        let pieces = ["a", "Z9", " ", "\r\n", "返", "品x", "e\u{301}", "👍🏽", "\u{0600}", "ｱ", "-", "\u{200D}", "ab"]
        for first in pieces {
            for second in pieces {
                for third in pieces {
                    let sample = first + second + third
                    XCTAssertEqual(SearchText.shortGrams(sample), reference(sample), "grams of \(sample.debugDescription)")
                }
            }
        }
    }
}
