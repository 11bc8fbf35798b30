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

    func testConfigEditorChangesKeysInPlaceAndAddsMissingOnesToTheirSection() throws {
        let text = "theme = light\n# mine\n[shop]\nname = Old   # by hand\ninstagram = flourist.kyoto\n\n[email]\nsendmail = msmtp -t\n"
        let edited = ConfigEditor.set([("shop", "name", "Flourist"), ("shop", "address", "support@flourist.example.jp"), ("agents", "hanako", "hanako")], in: text)
        XCTAssertEqual(edited, "theme = light\n# mine\n[shop]\nname = Flourist   # by hand\ninstagram = flourist.kyoto\naddress = support@flourist.example.jp\n\n[email]\nsendmail = msmtp -t\n\n[agents]\nhanako = hanako\n")
        let config = try Config.parse(edited, file: "c")
        XCTAssertEqual(config["shop.name"], "Flourist")
        XCTAssertEqual(config["email.sendmail"], "msmtp -t")
        XCTAssertEqual(ConfigEditor.set([("shop", "name", "X")], in: ""), "[shop]\nname = X\n")
    }
}
