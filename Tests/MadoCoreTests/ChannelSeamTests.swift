import Foundation
import XCTest
@testable import MadoCore

/// The channel registry: names are unique, only registered names are channels, and each adapter
/// answers for its channel.
final class ChannelSeamTests: XCTestCase {
    func testRegisteredChannelsHaveUniqueNamesAndAnswerForThemselves() {
        let names = Channels.all.map(\.channel.rawValue)
        XCTAssertEqual(Set(names).count, names.count)
        XCTAssertEqual(Array(names.prefix(2)), ["email", "instagram"])
        for adapter in Channels.all {
            XCTAssertEqual(adapter.channel.adapter.channel, adapter.channel)
            XCTAssertEqual(Channel(rawValue: adapter.channel.rawValue), adapter.channel)
            XCTAssertFalse(adapter.name.english.isEmpty)
            XCTAssertFalse(adapter.name.japanese.isEmpty)
            XCTAssertFalse(adapter.mark(ascii: true).contains { !$0.isASCII }, adapter.channel.rawValue)
        }
    }

    func testAnUnknownNameIsNoChannel() throws {
        XCTAssertNil(Channel(rawValue: "fax"))
        XCTAssertNil(Channel(rawValue: "Email"))
        XCTAssertThrowsError(try Channel.stored("fax", in: "messages")) {
            XCTAssertEqual("\($0)", "The store has a row in messages for channel 'fax', which this mado does not know (it knows \(Channel.allCases.map(\.rawValue).joined(separator: ", "))); upgrade mado to read it.")
        }
        XCTAssertThrowsError(try JSONDecoder().decode([Channel].self, from: Data(#"["email", "fax"]"#.utf8)))
        XCTAssertEqual(try JSONDecoder().decode([Channel].self, from: JSONEncoder().encode([Channel.instagram, .email])), [.instagram, .email])
    }

    func testEmailAndInstagramKeepTheirRules() {
        XCTAssertTrue(Channel.email.adapter.rules.hasSubject)
        XCTAssertNil(Channel.email.adapter.rules.limit)
        XCTAssertEqual(Channel.email.adapter.identity, .mailAddress)
        XCTAssertFalse(Channel.instagram.adapter.rules.hasSubject)
        XCTAssertEqual(Channel.instagram.adapter.rules.limit, TextLimit(maximum: 1000, unit: .utf8Bytes))
        XCTAssertEqual(Identity(id: 1, customerID: 1, channel: .instagram, address: "1784", handle: "yui.hygge").shownAddress, "@yui.hygge")
        XCTAssertEqual(Identity(id: 1, customerID: 1, channel: .email, address: "a@b.jp", handle: "x").shownAddress, "a@b.jp")
    }

    func testTextLimitSplitsByItsUnitBetweenCharacters() {
        let bytes = TextLimit(maximum: 10, unit: .utf8Bytes)
        let parts = bytes.split("あいうえおかきくけこ")
        XCTAssertEqual(parts, ["あいう", "えおか", "きくけ", "こ"])
        XCTAssertTrue(parts.allSatisfy { $0.utf8.count <= 10 })
        let units = TextLimit(maximum: 4, unit: .utf16Units)
        // An emoji outside the BMP is two UTF-16 units and is never cut in half.
        XCTAssertEqual(units.split("ab😀cd😀"), ["ab😀", "cd😀"])
        XCTAssertEqual(units.count("😀"), 2)
        XCTAssertEqual(TextLimit(maximum: 8, unit: .utf8Bytes).split("abc. defghij"), ["abc. ", "defghij"], "cut after the sentence end")
    }
}
