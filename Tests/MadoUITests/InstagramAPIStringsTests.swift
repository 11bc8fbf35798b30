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
            (error(190, subcode: 463, said: "Session has expired"), "アクセストークン", "API コード 190、サブコード 463、HTTP 400"),
            (error(10, subcode: 2018278, said: "outside of allowed window"), "もう返信できません", "API コード 10、サブコード 2018278"),
            (error(613, said: "Calls exceeded") + " (tried 3 times)", "上限", "API コード 613"),
            (error(551, said: "This person isn't available right now."), "ブロック", "API コード 551"),
        ]
        for (english, words, code) in cases {
            let japanese = UIStrings.japanese.deliveryFailure(english)
            XCTAssertTrue(japanese.contains(words), japanese)
            XCTAssertTrue(japanese.contains(code), japanese)
            XCTAssertFalse(japanese.contains("Instagram refused"), japanese)
            XCTAssertEqual(UIStrings.english.deliveryFailure(english), english, "English stays as the outbox has it")
        }
        XCTAssertTrue(UIStrings.japanese.deliveryFailure(error(613, said: "x") + " (tried 3 times)").hasSuffix("（3 回試しました）"))
        XCTAssertTrue(UIStrings.japanese.deliveryFailure(error(551, said: "This person isn't available right now.")).contains("Instagram: 「This person isn't available right now.」"))
    }

    func testTheOtherSendFailuresAreJapaneseToo() {
        for stored in [GraphAPIError.notConnected("Connection refused").description, GraphAPIError.noAnswer("timed out").description,
                       GraphAPIError.noToken.description,
                       "Instagram replies cannot be sent: set [instagram] token_command (the Send API) or send_command in the config.",
                       "This Instagram reply has 1200 bytes; Instagram takes 1000 per message. Nothing was sent: take it back with E and send it split (m)."] {
            let said = UIStrings.japanese.deliveryFailure(stored)
            XCTAssertFalse(said.hasPrefix("送信コマンドのエラー"), said)
            XCTAssertTrue(said.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) }, said)
        }
        XCTAssertEqual(UIStrings.japanese.deliveryFailure("'sendmail -t -i' exited with 75"), "「sendmail -t -i」が終了コード 75 で終了しました", "mail's failures as before")
    }
}
