import Foundation
import XCTest
@testable import MadoCore

/// A search walk may check a word as a substring of the stored folded text instead of through the
/// full-text index (`WordCheck`). That is only right if both find exactly the same messages, for
/// every word that takes the substring way: checked here on text as customers write it.
final class WordCheckTests: XCTestCase {
    let texts = [
        "My Order #1234 arrived CRUSHED, I want a refund.",
        "my order never came\nPlease check my\norder status",
        "ＦＵＬＬ－ＷＩＤＴＨ ｒｅｆｕｎｄ ｐｌｅａｓｅ ①②",
        "ﾊﾝｶｸｶﾀｶﾅ の ｶﾞｲﾄﾞ です",
        "返品をお願いします。花瓶が割れていました。",
        "母の日のギフトに。交換できますか？",
        "Café crème, naïve façade — Straße ÉTÉ",
        "İstanbul'dan sipariş; ΣΊΣΥΦΟΣ ǅemal",
        "emoji 🎁🙏 gift wrap, tv and a tvs",
        "ﬁnal ﬂower ㈱ショップ ㌔",
        "注文番号12345、ｻｲｽﾞM、色は青",
    ]
    let queries = [
        "my order", "order", "ORDER", "crushed", "refund", "ｒｅｆｕｎｄ", "full-width", "ＦＵＬＬ", "12",
        "ハンカク", "ｶﾀｶﾅ", "ガイド", "返品", "返", "花瓶", "母", "日の", "交換", "café", "CAFÉ", "straße", "été",
        "istanbul", "sipariş", "σίσυφος", "ǆemal", "🎁🙏", "gift", "final", "flower", "(株)", "キロ", "1234", "番号", "サイズ",
        "ｻｲｽﾞ", "m、色", "\nplease", "my\norder", "k m", "order status",
    ]

    func testSubstringChecksFindTheSameMessagesAsTheIndex() throws {
        let store = try TestStore.make()
        var ids: [Int64] = []
        for (number, text) in texts.enumerated() {
            let conversation = try TestStore.conversation(store, name: "Customer \(number)", email: "c\(number)@example.jp",
                                                          subject: "Subject \(number)", minutesAgo: number + 1, text: text)
            ids.append(conversation)
        }
        var checked = 0
        for query in queries {
            guard let check = WordCheck(query), case .substring = check,
                  let indexed = SearchIndex.messageCondition(for: query) else { continue }
            checked += 1
            let byIndex = try store.db.rows("SELECT m.conversation_id FROM messages m WHERE \(indexed.sql) ORDER BY 1",
                                            [indexed.binding]) { $0.int(0) }
            let condition = check.conversationCondition(alias: "c")
            let bySubstring = try store.db.rows("SELECT c.id FROM conversations c WHERE \(condition.sql) ORDER BY 1",
                                                condition.bindings) { $0.int(0) }
            XCTAssertEqual(bySubstring, byIndex, "«\(query)»")
        }
        XCTAssertGreaterThan(checked, 25, "most words take the substring way")
    }

    func testShortLatinWordsAndSignsStayWithTheIndex() {
        for word in ["a", "tv", "k", "M", "1", "、", "a返", "σίσυφος", "café"] {
            guard let check = WordCheck(word) else { continue }
            if case .substring = check { XCTFail("«\(word)» is a whole word or not indexed, not a substring") }
        }
        for word in ["返品", "母", "ｶﾞ", "order", "my order", "12番"] {
            guard case .substring = WordCheck(word) else { return XCTFail("«\(word)» should be checked as a substring") }
        }
    }
}
