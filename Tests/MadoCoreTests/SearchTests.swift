import Foundation
import XCTest
@testable import MadoCore

final class SearchTests: XCTestCase {
    var store: Store!
    var returnID: Int64 = 0, exchangeID: Int64 = 0, englishID: Int64 = 0, honorificID: Int64 = 0

    override func setUpWithError() throws {
        store = try TestStore.make()
        returnID = try TestStore.conversation(store, name: "山田 太郎", email: "taro@example.jp", subject: "返品について", minutesAgo: 30,
                                              text: "商品を返品したいです。")
        exchangeID = try TestStore.conversation(store, name: "佐藤 花子", email: "hanako@example.jp", subject: "サイズ", minutesAgo: 20,
                                                text: "Mサイズに交換できますか")
        englishID = try TestStore.conversation(store, name: "Emma Wilson", email: "emma@example.com", subject: "Order ABC1 missing",
                                               minutesAgo: 10, text: "Where is my ORDER?")
        honorificID = try TestStore.conversation(store, name: "Ken", email: "ken@example.net", subject: "宛名", minutesAgo: 5,
                                                 text: "宛名は田中様でお願いします")
    }

    func ids(_ query: String) throws -> [Int64] {
        try store.conversations(.search(try SearchQuery(query)), offset: 0, limit: 50).map(\.id).sorted()
    }

    func testTwoCharacterJapaneseWordsAreFound() throws {
        XCTAssertEqual(try ids("返品"), [returnID])
        XCTAssertEqual(try ids("交換"), [exchangeID])
    }

    func testOneCharacterWordIsFound() throws {
        XCTAssertEqual(try ids("様"), [honorificID])
    }

    func testLatinIsCaseInsensitiveAndFullWidthMatchesHalfWidth() throws {
        XCTAssertEqual(try ids("order"), [englishID])
        XCTAssertEqual(try ids("ＡＢＣ１"), [englishID])
        XCTAssertEqual(try ids("ｗｈｅｒｅ"), [englishID])
    }

    func testWordsMustAllMatchAndPhrasesStayTogether() throws {
        XCTAssertEqual(try ids("返品 交換"), [])
        XCTAssertEqual(try ids("\"where is\""), [englishID])
        XCTAssertEqual(try ids("\"is where\""), [])
    }

    func testCustomerNamesAndAddressesAreSearched() throws {
        XCTAssertEqual(try ids("Wilson"), [englishID])
        XCTAssertEqual(try ids("山田"), [returnID])
        XCTAssertEqual(try ids("from:example.jp"), [returnID, exchangeID])
    }

    func testFiltersCombineWithWords() throws {
        try store.setStatus(.closed, conversationID: returnID, by: nil)
        XCTAssertEqual(try ids("status:closed"), [returnID])
        XCTAssertEqual(try ids("status:open 返品"), [])
        XCTAssertEqual(try ids("channel:email is:unread order"), [englishID])
        try store.addTag("gift", conversationID: exchangeID, by: nil)
        XCTAssertEqual(try ids("tag:gift"), [exchangeID])
        XCTAssertEqual(try ids("before:2000-01-01"), [])
        XCTAssertEqual(try ids("after:2000-01-01 交換"), [exchangeID])
    }

    func testQuerySyntaxCannotBreakTheFullTextQuery() throws {
        XCTAssertEqual(try ids("\"unbalanced"), [])
        XCTAssertEqual(try ids("NEAR(order where)"), [])
        XCTAssertEqual(try ids("order*"), [])
    }

    func testBadFilterValueSaysWhatItTakes() {
        XCTAssertThrowsError(try SearchQuery("channel:fax")) { XCTAssertTrue("\($0)".contains("email, instagram")) }
        XCTAssertThrowsError(try SearchQuery("before:yesterday")) { XCTAssertTrue("\($0)".contains("2026-11-24")) }
    }

    func testShortGramsOfMixedText() {
        XCTAssertEqual(SearchText.shortGrams(SearchText.fold("返品 OK order")), "返 返品 品 ok", "longer Latin words are left to the trigram index")
        XCTAssertEqual(SearchText.fold("ＡＢＣ１ ｶﾀｶﾅ"), "abc1 カタカナ")
    }
}
