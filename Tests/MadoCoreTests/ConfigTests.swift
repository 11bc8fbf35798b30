import XCTest
@testable import MadoCore

final class ConfigTests: XCTestCase {
    func testSectionsAndComments() throws {
        let config = try Config.parse("""
            # mine
            theme = light
            [agents]
            root = hanako   # the owner
            [Shop]
            name = Flourist#1
            """, file: "config")
        XCTAssertEqual(config["theme"], "light")
        XCTAssertEqual(config.section("agents"), ["root": "hanako"])
        XCTAssertEqual(config["shop.name"], "Flourist#1")
    }

    func testBadLineNamesFileAndLine() {
        XCTAssertThrowsError(try Config.parse("theme = dark\nnonsense\n", file: "/home/x/.config/mado/config")) { error in
            XCTAssertEqual("\(error)", "/home/x/.config/mado/config:2: expected 'key = value', got 'nonsense'")
        }
    }
}
