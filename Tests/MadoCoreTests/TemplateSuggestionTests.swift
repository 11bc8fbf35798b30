import Foundation
import XCTest
@testable import MadoCore

/// Which templates the picker offers first: usable ones, suggested by the customer's words, in
/// the customer's language and channel.
final class TemplateSuggestionTests: XCTestCase {
    func template(_ name: String, _ language: String, channel: String = "any", keywords: String = "", body: String = "x") throws -> Template {
        try Template.parse("name: \(name)\nlanguage: \(language)\nchannel: \(channel)\nkeywords: \(keywords)\n---\n\(body)", file: "\(name).tmpl")
    }

    func testKeywordsAreReadFromTheHeader() throws {
        let parsed = try template("late", "ja", keywords: "届かない, 配送、追跡, where is my order, tracking")
        XCTAssertEqual(parsed.keywords, ["届かない", "配送", "追跡", "where is my order", "tracking"])
        XCTAssertEqual(try template("plain", "en").keywords, [])
    }

    func testTheCustomersLanguageIsGuessedFromTheirScript() {
        XCTAssertEqual(TemplateSuggestions.language(of: "商品がまだ届きません"), "ja")
        XCTAssertEqual(TemplateSuggestions.language(of: "カタカナだけ"), "ja")
        XCTAssertEqual(TemplateSuggestions.language(of: "Where is my order? #1042"), "en")
        XCTAssertEqual(TemplateSuggestions.language(of: ""), "en")
    }

    func testMatchingIsPlainOnFoldedText() throws {
        let late = try template("late", "en", keywords: "届かない, Where is my order, ＴＲＡＣＫＩＮＧ")
        XCTAssertEqual(TemplateSuggestions.matches(late, in: "Hi, WHERE IS MY ORDER? No tracking number yet"), ["Where is my order", "ＴＲＡＣＫＩＮＧ"])
        XCTAssertEqual(TemplateSuggestions.matches(late, in: "まだ届かないです"), ["届かない"])
        XCTAssertEqual(TemplateSuggestions.matches(late, in: "thanks!"), [])
    }

    func testUsableSuggestedInTheCustomersLanguageAndChannelComeFirst() throws {
        let templates = [
            try template("thanks", "en"), try template("thanks", "ja"),
            try template("damaged", "en", keywords: "broken, 破損"), try template("damaged", "ja", keywords: "破損, 割れ, broken"),
            try template("where", "ja", keywords: "届かない, 配送", body: "{{order.number}}"),
            try template("dm-only", "ja", channel: "instagram"),
        ]
        let ranked = TemplateSuggestions.rank(templates, channel: .email, customerText: "花瓶が割れて届きました。破損です", missing: { template in
            template.body.contains("order.") ? ["order.number"] : []
        })
        XCTAssertEqual(ranked.map { "\($0.template.name).\($0.template.language)" },
                       ["damaged.ja", "damaged.en", "thanks.ja", "thanks.en", "where.ja", "dm-only.ja"])
        XCTAssertEqual(ranked[0].matched, ["破損", "割れ"])
        XCTAssertTrue(ranked[0].usable)
        XCTAssertEqual(ranked[4].needs, ["order.number"])
        XCTAssertEqual(ranked[5].needs, ["channel:instagram"], "a template for another channel says so instead of being refused")
    }

    func testShippedTemplatesCarryKeywordsInBothLanguages() throws {
        let (templates, errors) = TemplateLibrary.load(folders: [TemplateTests.shipped])
        XCTAssertEqual(errors, [])
        for template in templates where !["ack", "out-of-hours"].contains(template.name) {
            XCTAssertTrue(template.keywords.contains { TemplateSuggestions.language(of: $0) == "ja" }, "\(template.file): Japanese keywords")
            XCTAssertTrue(template.keywords.contains { TemplateSuggestions.language(of: $0) == "en" }, "\(template.file): English keywords")
        }
        let ranked = TemplateSuggestions.rank(templates, channel: .email, customerText: "注文した商品がまだ届かないのですが、配送状況を教えてください",
                                              missing: { _ in [] })
        XCTAssertEqual(ranked.first.map { "\($0.template.name).\($0.template.language)" }, "where-is-my-order.ja")
    }
}
