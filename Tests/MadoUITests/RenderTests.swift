import Foundation
import MadoCore
import XCTest
@testable import MadoUI

final class RenderTests: XCTestCase {
    let tokyo = TimeZone(identifier: "Asia/Tokyo")!

    func testColumnsLineUpWithJapaneseAndEnglishNames() {
        let grid = Renderer.render(Fixtures.state(width: 200, height: 40), timeZone: tokyo)
        // Rows 2…5 hold the four conversations; each column starts at the same cell on every row.
        let rows = 2...5
        for column in ["open", "#"] where column != "#" {
            let starts = rows.compactMap { grid.column(of: column, inRow: $0) }
            XCTAssertEqual(Set(starts).count, 1, "\(column) column at \(starts)")
        }
        let waitColumnEnds = rows.map { row -> Int? in
            let line = grid.line(row)
            for unit in ["3d", "2h", "3m"] where line.contains(" \(unit) ") {
                return grid.column(of: " \(unit) ", inRow: row).map { $0 + 1 + unit.count }
            }
            return nil
        }.compactMap { $0 }
        XCTAssertEqual(waitColumnEnds.count, 3, grid.text)
        XCTAssertEqual(Set(waitColumnEnds).count, 1, "waiting times are right-aligned: \(waitColumnEnds)\n\(grid.text)")
        let subjectStarts = rows.compactMap { row -> Int? in
            for s in ["ご注文", "Order #1042", "ストーリー", "Café"] { if let c = grid.column(of: s, inRow: row) { return c } }
            return nil
        }
        XCTAssertEqual(Set(subjectStarts).count, 1, "subjects start together: \(subjectStarts)")
    }

    func testEveryRowIsExactlyTheScreenWidth() {
        let grid = Renderer.render(Fixtures.state(width: 200, height: 40), timeZone: tokyo)
        for y in 0..<grid.height {
            XCTAssertEqual(CellWidth.of(grid.line(y)), 200, "row \(y): \(grid.line(y))")
        }
    }

    func testEightyByTwentyFourShowsTheListWithAllColumnsAndTheHints() {
        let grid = Renderer.render(Fixtures.state(width: 80, height: 24), timeZone: tokyo)
        XCTAssertTrue(grid.line(0).contains("Inbox"))
        let first = grid.line(2)
        XCTAssertTrue(first.contains("▶"), "the selection has a marker that needs no colour: \(first)")
        XCTAssertTrue(first.contains("山田 太郎") && first.contains("3d") && first.contains("open") && first.contains("hanako") && first.contains("#shipping"), first)
        XCTAssertTrue(grid.line(23).contains("? keys"), grid.line(23))
        XCTAssertEqual(grid[0, 2].role, .selected)
        for y in 0..<24 { XCTAssertEqual(CellWidth.of(grid.line(y)), 80, "row \(y)") }
    }

    func testEightyColumnsShowTheReaderFullWidthAfterEnter() {
        var state = Fixtures.state(width: 80, height: 24)
        state.reader.detail = Fixtures.detail(for: Fixtures.mixed[0], messages: [Fixtures.message(.incoming, "注文 #1042 はいつ届きますか？")])
        _ = Reducer.reduce(&state, .key(.enter))
        let grid = Renderer.render(state, timeZone: tokyo)
        XCTAssertTrue(grid.text.contains("注文 #1042 はいつ届きますか？"), grid.text)
        XCTAssertFalse(grid.text.contains("Emma Wilson"), "the list is hidden at 80 columns while reading")
    }

    func testEscapeSequencesInMessagesNeverReachTheGrid() {
        let hostile = Fixtures.conversation(9, name: "Mallory\u{1B}]0;owned\u{07}", subject: "Hi\u{1B}[2J\u{202E}gnp.exe", minutesWaiting: 5)
        var state = Fixtures.state(width: 160, height: 30, rows: [hostile])
        state.reader.detail = Fixtures.detail(for: hostile, messages: [Fixtures.message(.incoming, "see\u{1B}[31mred\u{1B}[0m and \u{1B}]52;c;Zm9v\u{07}bell\u{07}")])
        let grid = Renderer.render(state, timeZone: tokyo)
        for cell in grid.cells {
            for scalar in cell.text.unicodeScalars {
                XCTAssertFalse(scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) || (0x202A...0x202E).contains(scalar.value),
                               "control U+\(String(scalar.value, radix: 16)) reached the grid")
            }
        }
        XCTAssertTrue(grid.text.contains("seered and bell␇"), grid.text)
        XCTAssertTrue(grid.text.contains("Hignp.exe"), "the bidi override is gone, the text kept in order")
    }

    func testThreadTellsIncomingOutgoingAndNotesApartWithoutColour() {
        let conversation = Fixtures.mixed[0]
        let detail = Fixtures.detail(for: conversation, messages: [
            Fixtures.message(.incoming, "届きません", minutesAgo: 30),
            Fixtures.message(.outgoing, "確認します", from: "Hanako Sato", minutesAgo: 20),
            Fixtures.message(.note, "ヤマトに確認済み", from: "Hanako Sato", minutesAgo: 10),
        ])
        let lines = ThreadLines.lines(detail, width: 60, strings: .english, asciiOnly: false, timeZone: tokyo)
        let text = lines.map(\.text)
        XCTAssertTrue(text.contains { $0.hasPrefix("◀ Customer: 山田 太郎") })
        XCTAssertTrue(text.contains { $0.hasPrefix("▶ Reply: Hanako Sato") })
        XCTAssertTrue(text.contains { $0.hasPrefix("✎ Internal note") })
        XCTAssertTrue(text.contains("┃ ヤマトに確認済み"), "\(text)")
        XCTAssertEqual(lines.first { $0.text.hasPrefix("▶") }?.role, .outgoing)
    }

    func testLongMessagesWrapToThePaneWidth() {
        let long = String(repeating: "とても長いメッセージです。", count: 20)
        let detail = Fixtures.detail(for: Fixtures.mixed[0], messages: [Fixtures.message(.incoming, long)])
        let lines = ThreadLines.lines(detail, width: 40, strings: .english, asciiOnly: false, timeZone: tokyo)
        XCTAssertTrue(lines.allSatisfy { CellWidth.of($0.text) <= 40 })
        XCTAssertGreaterThan(lines.count, 10)
    }

    func testCustomerPaneListsIdentitiesOnEachChannel() {
        var state = Fixtures.state(width: 200, height: 40)
        state.reader.detail = Fixtures.detail(for: Fixtures.mixed[0], messages: [])
        let text = Renderer.render(state, timeZone: tokyo).text
        XCTAssertTrue(text.contains("✉ taro@example.jp"), text)
        XCTAssertTrue(text.contains("IG @taro_y"), text)
    }

    func testHelpOverlayListsKeys() {
        var state = Fixtures.state(width: 100, height: 30)
        _ = Reducer.reduce(&state, .key(.char("?")))
        let text = Renderer.render(state, timeZone: tokyo).text
        XCTAssertTrue(text.contains("close, reopen, set pending"), text)
        XCTAssertTrue(text.contains("quit"))
    }

    func testTooSmallTerminalSaysSo() {
        let grid = Renderer.render(Fixtures.state(width: 30, height: 6))
        XCTAssertTrue(grid.line(0).hasPrefix("Terminal too small"))
    }

    func testJapaneseUIWhenLocaleIsJapanese() {
        XCTAssertEqual(UIStrings.forEnvironment(["LANG": "ja_JP.UTF-8"]).language, "ja")
        XCTAssertEqual(UIStrings.forEnvironment(["LANG": "en_US.UTF-8", "LC_ALL": "ja_JP.UTF-8"]).language, "ja")
        XCTAssertEqual(UIStrings.forEnvironment(["LANG": "C.UTF-8"]).language, "en")
        var state = Fixtures.state(width: 100, height: 30)
        state.strings = .japanese
        let text = Renderer.render(state).text
        XCTAssertTrue(text.contains("受信箱") && text.contains("未対応"), text)
    }

    func testGridPutNeverLeavesHalfAWideCharacter() {
        var grid = CellGrid(width: 5, height: 1)
        grid.put("あいう", x: 0, y: 0)
        XCTAssertEqual(grid.line(0), "あい ")
        grid.put("x", x: 1, y: 0)
        XCTAssertEqual(grid.line(0), " xい ", "overwriting half of あ blanks the other half")
    }
}

final class HelpFitsTests: XCTestCase {
    func testListKeysFitTheFirstPageAtEightyByTwentyFour() {
        for strings in [UIStrings.english, UIStrings.japanese] {
            var state = Fixtures.state(width: 80, height: 24)
            state.strings = strings
            state.showHelp = true
            let text = Renderer.render(state).text
            for entry in HelpTable.listKeys.entries {
                let shown = entry.text(japanese: strings.ja)
                XCTAssertTrue(text.contains(shown), "\(strings.language): '\(shown)' missing\n\(text)")
            }
        }
    }
}

extension HelpFitsTests {
    func testStatusLineHintsFitEightyColumnsInBothLanguages() {
        for strings in [UIStrings.english, UIStrings.japanese] {
            var state = Fixtures.state(width: 80, height: 24)
            state.strings = strings
            let line = Renderer.render(state).line(23)
            XCTAssertTrue(line.contains(strings.language == "ja" ? "q 終了" : "q quit"), line)
        }
    }
}

extension HelpFitsTests {
    func testASCIIFallbackMarks() {
        var state = Fixtures.state(width: 160, height: 30)
        state.asciiOnly = true
        state.reader.detail = Fixtures.detail(for: Fixtures.mixed[0], messages: [Fixtures.message(.incoming, "hello")])
        let text = Renderer.render(state).text
        XCTAssertTrue(text.contains("> ") && text.contains(" @  山田 太郎") && text.contains("|"), text)
        XCTAssertFalse(text.contains("✉") || text.contains("▶") || text.contains("│"), text)
    }
}
