import Foundation
import MadoCore
import MadoUI
import XCTest

/// The Send API's errors, kept as English text in the outbox, read in Japanese on a Japanese screen
/// with the API's code and own words intact; other errors stay as they came.
final class InstagramAPIStringsTests: XCTestCase {
    func error(_ code: Int, subcode: Int? = nil, said: String) -> String {
        GraphAPIError.api(status: 400, code: code, subcode: subcode, message: said, transient: false).description
    }

    func testEachAPIErrorReadsInJapaneseWithItsCode() {
        let cases: [(String, String, String)] = [
            (error(190, subcode: 463, said: "Session has expired"), "アクセストークン", "API code 190, subcode 463, HTTP 400"),
            (error(10, subcode: 2018278, said: "outside of allowed window"), "もう返信できません", "API code 10, subcode 2018278"),
            (error(613, said: "Calls exceeded") + " (tried 3 times)", "上限", "API code 613"),
            (error(551, said: "This person isn't available right now."), "ブロック", "API code 551"),
        ]
        for (english, words, code) in cases {
            let japanese = UIStrings.japanese.sendError(english)
            XCTAssertTrue(japanese.contains(words), japanese)
            XCTAssertTrue(japanese.contains(code), japanese)
            XCTAssertFalse(japanese.contains("Instagram refused"), japanese)
            XCTAssertEqual(UIStrings.english.sendError(english), english, "English stays as the outbox has it")
        }
        XCTAssertTrue(UIStrings.japanese.sendError(error(613, said: "x") + " (tried 3 times)").hasSuffix("(tried 3 times)"))
        XCTAssertTrue(UIStrings.japanese.sendError(error(551, said: "This person isn't available right now.")).contains("Instagram: This person isn't available right now."))
    }

    func testOtherErrorsAreShownAsTheyCame() {
        let sendmail = "'sendmail -t -i' exited with 75: connection refused"
        XCTAssertEqual(UIStrings.japanese.sendError(sendmail), sendmail)
    }
}
