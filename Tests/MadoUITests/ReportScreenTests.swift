import Foundation
import MadoCore
import XCTest
@testable import MadoUI

final class ReportScreenTests: XCTestCase {
    /// Ten first responses in the buckets 4/3/2/1/0, three resolutions, a week of backlog.
    static func report() -> Report {
        var total = ReportRow(key: "total")
        total.received = 12
        total.replied = 10
        total.closed = 4
        total.closedWithoutReply = 1
        total.resolved = 3
        total.resolvedOnFirstReply = 2
        total.reopened = 1
        let responses: [Double] = [600, 900, 1200, 1800, 4000, 5000, 9000, 20000, 25000, 40000]
        total.firstResponse = MeasuredTime(wall: responses, business: responses)
        total.resolution = MeasuredTime(wall: [3600, 7200, 90000], business: [3600, 7200, 90000])
        total.csat.asked = 2
        total.csat.add(5)
        total.finish()
        let days = (20...26).map { "2026-11-\($0)" }
        let backlog = zip(days, [1, 3, 5, 8, 4, 2, 0]).map { BacklogDay(day: $0, open: $1) }
        var busy = ReportRow(key: "2026-11-24")
        busy.replied = 6
        return Report(since: Date(timeIntervalSince1970: 0), until: Date(timeIntervalSince1970: 7 * 86400), grouping: .day,
                      total: total, rows: [busy], backlog: backlog,
                      conversations: [.received: [1, 2, 3], .replied: [1, 2], .firstResponse(bucket: 0): [2, 7],
                                      .closedWithoutReply: [3], .reopened: [1], .resolvedOnFirstReply: [1, 2], .rated: [2], .backlog: [5, 6]])
    }

    func state(ascii: Bool = false, japanese: Bool = false) -> AppState {
        var state = Fixtures.state(width: 80, height: 24)
        state.strings = japanese ? .japanese : .english
        state.asciiOnly = ascii
        state.report = Self.report()
        state.reportDays = 7
        return state
    }

    func testReportScreenFitsEightyByTwentyFourWithBarsAndSparklines() {
        let grid = Renderer.render(state(), timeZone: .current)
        let text = grid.text
        XCTAssertTrue(grid.line(0).contains("Report — last 7 days"), text)
        XCTAssertTrue(text.contains("Received 12  Replied 10  Closed 4  Closed without reply 1  Reopen 25%"), text)
        XCTAssertTrue(text.contains("First response (business hours)  median 1h 15m  90th 6h 57m  n=10"), text)
        let fastest = (0..<24).first { grid.line($0).contains("0-1h") }!
        XCTAssertTrue(grid.line(fastest).contains("0-1h   " + String(repeating: "█", count: 50) + " 4"), grid.line(fastest))
        XCTAssertTrue(text.contains("Resolved on first reply 67%"), text)
        XCTAssertTrue(text.contains("CSAT average 5.0 (4–5: 100%, response rate 50%)"), text)
        XCTAssertTrue(text.contains("Backlog (end of day)  ▁▃▅█▄▂▁"), text)
        XCTAssertTrue(text.contains("Replies per day       ▁▁▁▁█▁▁"), text)
        XCTAssertTrue(grid.line(23).contains("Esc/q close"), grid.line(23))
        for y in 0..<24 { XCTAssertEqual(CellWidth.of(grid.line(y)), 80, "row \(y)") }
    }

    func testASCIIFallbackAndJapanese() {
        let ascii = Renderer.render(state(ascii: true), timeZone: .current).text
        XCTAssertFalse(ascii.contains("█") || ascii.contains("▁"), ascii)
        XCTAssertTrue(ascii.contains(String(repeating: "#", count: 50) + " 4"), ascii)
        let japanese = Renderer.render(state(japanese: true), timeZone: .current).text
        XCTAssertTrue(japanese.contains("レポート（直近7日）"), japanese)
        XCTAssertTrue(japanese.contains("初回返信時間（営業時間）"), japanese)
    }

    func testColonReportAsksForTheReportAndEscClosesIt() {
        var state = Fixtures.state(width: 80, height: 24)
        var effects: [Effect] = []
        for key in [Key.char(":")] + "report 7".map { Key.char($0) } + [Key.enter] { effects = Reducer.reduce(&state, .key(key)) }
        XCTAssertEqual(effects, [.loadReport(days: 7)])
        _ = Reducer.reduce(&state, .reportLoaded(Self.report()))
        XCTAssertNotNil(state.report)
        _ = Reducer.reduce(&state, .key(.escape))
        XCTAssertNil(state.report)
    }

    func selectedLine(_ grid: CellGrid) -> Int? {
        (1..<23).first { grid[0, $0].role == .selected }
    }

    func testJAndKMoveBetweenFiguresAndTheScreenMarksTheOneUnderTheCursor() {
        var state = state()
        var grid = Renderer.render(state, timeZone: .current)
        XCTAssertTrue(grid.line(selectedLine(grid)!).hasPrefix("▸Received 12"), grid.text)
        for key in [Key.char("j"), .char("j")] { _ = Reducer.reduce(&state, .key(key)) }
        grid = Renderer.render(state, timeZone: .current)
        XCTAssertTrue(grid.line(selectedLine(grid)!).contains("0-1h   ███"), grid.text)
        XCTAssertEqual(grid[70, selectedLine(grid)!].role, .selected, "the whole line")
        _ = Reducer.reduce(&state, .key(.char("k")))
        grid = Renderer.render(state, timeZone: .current)
        XCTAssertTrue(grid.line(selectedLine(grid)!).contains("First response (business hours)"), grid.text)
        for _ in 0..<20 { _ = Reducer.reduce(&state, .key(.char("j"))) }
        grid = Renderer.render(state, timeZone: .current)
        XCTAssertTrue(grid.line(selectedLine(grid)!).hasPrefix("▸Backlog (end of day)"), "stops at the backlog, the last line: \(grid.text)")
        XCTAssertEqual(state.reportFigure, ReportKeys.figures.count - 1)
        for _ in 0..<20 { _ = Reducer.reduce(&state, .key(.up)) }
        XCTAssertEqual(state.reportFigure, 0)
    }

    func testEnterListsTheConversationsBehindAFigureAndEscComesBackToTheReport() {
        var state = state()
        let before = state.currentView.name
        for key in [Key.char("j"), .char("j")] { _ = Reducer.reduce(&state, .key(key)) }
        let effects = Reducer.reduce(&state, .key(.enter))
        XCTAssertNil(state.report, "the list is on screen")
        XCTAssertEqual(state.currentView.name, "# First response 0-1h")
        XCTAssertEqual(state.currentView.filter.conversationIDs, [2, 7])
        XCTAssertEqual(state.currentView.filter.snooze, .any)
        guard case .loadList(let view, _, _, _)? = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(view.filter.conversationIDs, [2, 7])
        let grid = Renderer.render(state, timeZone: .current)
        XCTAssertTrue(grid.line(23).contains("# First response 0-1h"), grid.line(23))
        // Esc on the list: the report again, at the same figure, over the view it came from.
        _ = Reducer.reduce(&state, .key(.escape))
        XCTAssertEqual(state.report, Self.report())
        XCTAssertEqual(state.reportFigure, 2)
        XCTAssertEqual(state.currentView.name, before)
        XCTAssertFalse(state.views.contains { $0.name.hasPrefix("# ") })
        // Drilling again replaces the list rather than stacking a second one.
        _ = Reducer.reduce(&state, .key(.char("k")))
        _ = Reducer.reduce(&state, .key(.enter))
        _ = Reducer.reduce(&state, .viewsLoaded(InboxView.builtIn(agentLogin: "hanako")))
        XCTAssertEqual(state.currentView.name, "# First response", "a reload of the views keeps the list")
        XCTAssertEqual(state.currentView.filter.conversationIDs, [1, 2])
        _ = Reducer.reduce(&state, .key(.escape))
        XCTAssertEqual(state.views.filter { $0.name.hasPrefix("# ") }.count, 0)
    }

    func testAFigureWithNothingBehindItSaysSoAndStays() {
        var state = state()
        for _ in 0..<3 { _ = Reducer.reduce(&state, .key(.char("j"))) }
        XCTAssertEqual(Reducer.reduce(&state, .key(.enter)), [])
        XCTAssertNotNil(state.report)
        XCTAssertEqual(state.flash, "No conversations behind this figure")
        XCTAssertTrue(Renderer.render(state, timeZone: .current).line(23).contains("No conversations behind this figure"), "said on the report's status line")
        _ = Reducer.reduce(&state, .key(.char("j")))
        XCTAssertTrue(Renderer.render(state, timeZone: .current).line(23).contains("Esc/q close"), "the next key brings the hint back")
        state.strings = .japanese
        for _ in 0..<4 { _ = Reducer.reduce(&state, .key(.char("k"))) }
        _ = Reducer.reduce(&state, .key(.enter))
        XCTAssertEqual(state.currentView.name, "# 受付")
    }

    /// ? on the report: its own keys first (not the list's), in both languages, and Esc goes back to the report.
    func testQuestionMarkOnTheReportListsItsKeys() {
        for japanese in [false, true] {
            var state = state(japanese: japanese)
            _ = Reducer.reduce(&state, .key(.char("j")))
            XCTAssertEqual(Reducer.reduce(&state, .key(.char("?"))), [])
            XCTAssertTrue(state.showHelp)
            let grid = Renderer.render(state, timeZone: .current)
            let text = grid.text
            if japanese {
                XCTAssertTrue(text.contains("レポート（0 または :report 日数）"), text)
                XCTAssertTrue(text.contains("その数値に該当する会話を一覧"), text)
            } else {
                XCTAssertTrue(text.contains("Report (0 or :report DAYS)"), text)
                XCTAssertTrue(text.contains("choose a figure"), text)
                XCTAssertTrue(text.contains("list the conversations behind the figure"), text)
                XCTAssertTrue(text.contains("on that list: back to the report"), text)
                XCTAssertFalse(text.contains("Conversation list"), "the report's keys, not the list's: \(text)")
            }
            for y in 0..<24 { XCTAssertEqual(CellWidth.of(grid.line(y)), 80, "row \(y)") }
            _ = Reducer.reduce(&state, .key(.escape))
            XCTAssertFalse(state.showHelp)
            XCTAssertNotNil(state.report, "closing the help leaves the report open")
            XCTAssertEqual(state.reportFigure, 1, "at the same figure")
        }
        XCTAssertTrue(HelpTable.sections(for: .keys).contains { $0.english.hasPrefix("Report") }, "mado help keys lists them too")
    }

    /// Below the bars: closed without reply, reopened, resolved on first reply, CSAT and the
    /// backlog are figures too; each line opens the conversations behind it.
    func testEveryLineOfTheReportListsItsConversations() {
        let expected: [(String, String, [Int64])] = [
            ("▸Closed without reply 1 (not counted as resolved)", "# Closed without reply", [3]),
            ("▸Reopened by the customer 1 (reopen rate 25%)", "# Reopened", [1]),
            ("▸Resolved on first reply 67%", "# Resolved on first reply", [1, 2]),
            ("▸CSAT average 5.0 (4–5: 100%, response rate 50%)", "# CSAT ratings", [2]),
            ("▸Backlog (end of day)  ▁▃▅█▄▂▁ 0", "# Open at the end", [5, 6]),
        ]
        var state = state()
        _ = Reducer.reduce(&state, .key(.char("G")))
        for _ in 1..<expected.count { _ = Reducer.reduce(&state, .key(.char("k"))) }
        for (line, view, ids) in expected {
            let grid = Renderer.render(state, timeZone: .current)
            XCTAssertTrue(grid.line(selectedLine(grid)!).hasPrefix(line), grid.text)
            for y in 0..<24 { XCTAssertEqual(CellWidth.of(grid.line(y)), 80, "row \(y)") }
            _ = Reducer.reduce(&state, .key(.enter))
            XCTAssertNil(state.report, line)
            XCTAssertEqual(state.currentView.name, view)
            XCTAssertEqual(state.currentView.filter.conversationIDs, ids)
            _ = Reducer.reduce(&state, .key(.escape))
            XCTAssertNotNil(state.report)
            _ = Reducer.reduce(&state, .key(.char("j")))
        }
        XCTAssertEqual(state.reportFigure, ReportKeys.figures.count - 1)
        state.strings = .japanese
        _ = Reducer.reduce(&state, .key(.enter))
        XCTAssertEqual(state.currentView.name, "# 期間末に未完了")
    }

    func testZeroOpensTheReportLikeAViewNumber() {
        var state = Fixtures.state(width: 80, height: 24)
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("0"))), [.loadReport(days: 30)])
        XCTAssertEqual(state.flash, "Working out the report…")
        XCTAssertTrue(HelpScreen.allCases.flatMap(HelpTable.sections(for:)).flatMap(\.entries).contains { $0.keys == "0" }, "in the help table")
    }
}
