import Foundation
import XCTest
@testable import MadoUI

final class ThemeTests: XCTestCase {
    static var themesFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("themes")
    }

    func testShippedThemesParse() throws {
        for name in ["dark", "light", "high-contrast"] {
            let url = Self.themesFolder.appendingPathComponent(name + ".theme")
            let theme = try ThemeParser.parse(try String(contentsOf: url, encoding: .utf8), file: url.path)
            XCTAssertEqual(theme.name, name)
            XCTAssertEqual(Set(theme.styles.keys), Set(StyleRole.allCases), "\(name) sets every role")
        }
    }

    func testStyleSyntax() throws {
        let theme = try ThemeParser.parse("selected = black on bright-cyan, bold, underline\ndim = 244\n", file: "t")
        XCTAssertEqual(theme.style(for: .selected), ThemeStyle(foreground: .index(0), background: .index(14), attributes: [.bold, .underline]))
        XCTAssertEqual(theme.style(for: .dim).foreground, .index(244))
        XCTAssertEqual(theme.style(for: .status).attributes, [.reverse], "an unset role keeps its monochrome look")
    }

    func testBadThemeNamesFileLineAndKey() {
        XCTAssertThrowsError(try ThemeParser.parse("name = x\n\nselected = purple on black\n", file: "mine.theme")) { error in
            let e = error as! ThemeError
            XCTAssertEqual(e.file, "mine.theme")
            XCTAssertEqual(e.line, 3)
            XCTAssertEqual(e.key, "selected")
            XCTAssertTrue(e.description.hasPrefix("mine.theme:3: selected: unknown colour 'purple'"), e.description)
        }
        XCTAssertThrowsError(try ThemeParser.parse("selectd = red\n", file: "f")) { error in
            XCTAssertTrue("\(error)".hasPrefix("f:1: selectd: unknown role"))
        }
    }
}
