import Foundation
import XCTest
@testable import MadoCore

final class CSATTests: XCTestCase {
    func testRatingsInBothLanguages() {
        let answers: [(String, Int?)] = [
            ("5", 5), ("4", 4), ("5!", 5), ("１", 1), ("５", 5), ("４です", 4), ("3です。", 3), ("5点", 5), ("★★★★", 4),
            ("★★★☆☆", 3), ("4/5", 4), ("  2  ", 2), ("５！", 5),
            ("5\n\nOn Tue, 24 Nov 2026 Flourist wrote:\n> Reply with a number from 1 to 5", 5),
            ("4\n\n2026年11月24日 Flourist さんは書きました：\n> 1〜5の数字でご返信ください", 4),
            ("6", nil), ("0", nil), ("45", nil), ("4 but the box was damaged", nil), ("箱が潰れていました", nil),
            ("★★★★★★", nil), ("", nil), ("5\nthanks", nil),
        ]
        for (text, expected) in answers { XCTAssertEqual(CSAT.rating(in: text), expected, text) }
    }

    /// `rating(in:)` stops at a second line of answer; it must still read every text as the rule
    /// written out in full does (every line up to the quote, exactly one of them not empty).
    func testStoppingEarlyReadsWhatTheFullRuleReads() {
        func byTheRule(_ text: String) -> Int? {
            var answer: [String] = []
            for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let line = raw.trimmingCharacters(in: .whitespaces)
                if line.hasPrefix(">") || line.hasPrefix("-- ") || line == "--" || line.hasSuffix("wrote:") || line.contains("書きました") { break }
                if !line.isEmpty { answer.append(line) }
            }
            guard answer.count == 1 else { return nil }
            return CSAT.rating(in: answer[0])
        }
        let lines = ["4", "５！", "★★★", "", "  ", "\t", "thanks", "> 1〜5の数字で", "-- ", "--", "On Tue Flourist wrote:",
                     "Flourist さんは書きました：", "お世話になっております。", "3です"]
        var texts: [String] = []
        for a in lines { for b in lines { for c in lines { texts.append([a, b, c].joined(separator: "\n")) } } }
        texts.append("5\n" + String(repeating: "long mail line\n", count: 2000))
        texts.append(String(repeating: "\n", count: 500) + "2" + String(repeating: "\n \n", count: 500))
        for text in texts { XCTAssertEqual(CSAT.rating(in: text), byTheRule(text), text.debugDescription) }
        XCTAssertNil(CSAT.rating(in: "5\n" + String(repeating: "long mail line\n", count: 2000)))
        XCTAssertEqual(CSAT.rating(in: String(repeating: "\n", count: 500) + "2" + String(repeating: "\n \n", count: 500)), 2)
    }

    func testRequestIsAddedInTheReplysLanguageBeforeTheSignature() {
        let english = CSAT.addingRequest(to: "Thanks, closing this now.\n\n-- \nHanako, Flourist\n")
        XCTAssertEqual(english, "Thanks, closing this now.\n\n\(CSAT.requestEnglish)\n\n-- \nHanako, Flourist\n")
        let japanese = CSAT.addingRequest(to: "ありがとうございました。")
        XCTAssertTrue(japanese.hasSuffix("1〜5の数字でご返信ください（5が最高です）。"))
        XCTAssertTrue(CSAT.asksForRating(japanese))
        XCTAssertEqual(CSAT.addingRequest(to: japanese), japanese, "asked once")
    }
}
