import XCTest
@testable import MadoCore
@testable import MadoUI

/// A LINE refusal is kept in the outbox as its English description; the Japanese screen says it
/// in Japanese with LINE's own words quoted, for the status line and the thread alike.
final class LINEErrorsJapaneseTests: XCTestCase {
    let ja = UIStrings.japanese

    func testAStoredRefusalIsSaidInJapanese() {
        let refusal = LINEAPI.Refusal(status: 429, message: "You have reached your monthly limit.", details: [], action: "send the push message")
        XCTAssertEqual(ja.deliveryFailure(refusal.description),
                       "LINE がプッシュメッセージを送ることを断りました（429: 「You have reached your monthly limit.」）。今月のメッセージ数の上限に達しました。お客様のメッセージから1分以内の返信は送れます。または「LINE Official Account Manager」でプランを上げてください")
        XCTAssertEqual(ja.deliveryFailure(refusal.description), ja.describe(refusal), "stored or thrown, the same words")
        XCTAssertEqual(UIStrings.english.deliveryFailure(refusal.description), refusal.description)
    }

    func testARefusalWithoutAdviceAndAnUnreachableLINE() {
        let refusal = LINEAPI.Refusal(status: 400, message: "Invalid reply token", details: [], action: "send the reply")
        XCTAssertEqual(ja.deliveryFailure(refusal.description), "LINE が返信を送ることを断りました（400: 「Invalid reply token」）")
        XCTAssertEqual(ja.deliveryFailure("LINE could not be reached to send the reply: The request timed out."),
                       "LINE に接続できませんでした（返信を送るため）: 「The request timed out.」")
    }
}
