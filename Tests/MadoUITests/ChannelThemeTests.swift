import Foundation
import MadoCore
import XCTest
@testable import MadoUI

/// Every registered channel is drawn in its own theme role, which every shipped theme colours:
/// no channel borrows another's colour.
final class ChannelThemeTests: XCTestCase {
    func testEveryChannelHasItsOwnRoleInEveryTheme() throws {
        let roles = Channels.all.map { StyleRole(rawValue: $0.themeRole) }
        XCTAssertFalse(roles.contains(nil), "a channel names a role StyleRole does not have")
        XCTAssertEqual(Set(roles.compactMap { $0 }).count, roles.count)
        let themes = try FileManager.default.contentsOfDirectory(at: ThemeTests.themesFolder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "theme" }
        XCTAssertFalse(themes.isEmpty)
        for file in themes + [nil] {
            let theme = try file.map { try ThemeParser.parse(String(contentsOf: $0, encoding: .utf8), file: $0.path) } ?? Theme.builtIn
            for adapter in Channels.all {
                XCTAssertNotNil(theme.styles[.channel(adapter.channel)], "\(theme.name) has no '\(adapter.themeRole)' line")
            }
        }
        XCTAssertEqual(StyleRole.channel(.email), .email)
        XCTAssertEqual(StyleRole.channel(.instagram), .instagram)
    }

    func testChannelNamesInBothLanguages() {
        XCTAssertEqual(UIStrings.japanese.channelName(.email), "メール")
        XCTAssertEqual(UIStrings.english.channelName(.email), "Email")
        XCTAssertEqual(UIStrings.japanese.channelName(.instagram), "Instagram")
    }
}
