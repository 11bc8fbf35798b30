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

    func testRequestIsAddedInTheReplysLanguageBeforeTheSignature() {
        let english = CSAT.addingRequest(to: "Thanks, closing this now.\n\n-- \nHanako, Flourist\n")
        XCTAssertEqual(english, "Thanks, closing this now.\n\n\(CSAT.requestEnglish)\n\n-- \nHanako, Flourist\n")
        let japanese = CSAT.addingRequest(to: "ありがとうございました。")
        XCTAssertTrue(japanese.hasSuffix("1〜5の数字でご返信ください（5が最高です）。"))
        XCTAssertTrue(CSAT.asksForRating(japanese))
        XCTAssertEqual(CSAT.addingRequest(to: japanese), japanese, "asked once")
    }
}
