import MadoCore
@testable import MadoUI
import XCTest

/// The line `mado import` keeps rewriting on a terminal: count, rate and time left, in both languages.
final class ImportProgressStringsTests: XCTestCase {
    func testEnglishLineSaysCountRateAndTimeLeft() {
        let line = UIStrings.english.importProgress(imported: 12_000, duplicates: 0, done: 12_000, expected: 100_000, perSecond: 4_000)
        XCTAssertEqual(line, "imported 12000 (12000 of 100000) — 4000/s, 22 s left")
    }

    func testJapaneseLineSaysCountRateAndTimeLeft() {
        let line = UIStrings.japanese.importProgress(imported: 12_000, duplicates: 0, done: 12_000, expected: 100_000, perSecond: 4_000)
        XCTAssertEqual(line, "取り込み 12000 件（12000 / 100000 件目） — 毎秒 4000 件、残り約 22 秒")
    }

    func testMailsAlreadyThereAreCountedApartAndLongWaitsInMinutes() {
        let en = UIStrings.english.importProgress(imported: 1_000, duplicates: 500, done: 1_500, expected: 100_000, perSecond: 500)
        XCTAssertEqual(en, "imported 1000 (1500 of 100000), 500 already there — 500/s, 3 min 17 s left")
        let ja = UIStrings.japanese.importProgress(imported: 1_000, duplicates: 500, done: 1_500, expected: 100_000, perSecond: 500)
        XCTAssertEqual(ja, "取り込み 1000 件（1500 / 100000 件目）、既にあり 500 件 — 毎秒 500 件、残り約 3 分 17 秒")
        XCTAssertEqual(UIStrings.english.duration(4_000), "1 h 6 min")
        XCTAssertEqual(UIStrings.japanese.duration(4_000), "1 時間 6 分")
    }

    func testWithoutAKnownTotalNoTimeLeftIsGuessed() {
        let line = UIStrings.english.importProgress(imported: 300, duplicates: 0, done: 300, expected: nil, perSecond: 1_000)
        XCTAssertEqual(line, "imported 300 — 1000/s")
        XCTAssertFalse(UIStrings.japanese.importProgress(imported: 300, duplicates: 0, done: 300, expected: nil, perSecond: 1_000).contains("残り"))
    }

    func testSummaryInBothLanguages() {
        XCTAssertEqual(UIStrings.english.importSummary(imported: 3, duplicates: 1, failed: 0, seconds: 0.44),
                       "imported 3, already there 1, failed 0 in 0.4 s")
        XCTAssertEqual(UIStrings.japanese.importSummary(imported: 3, duplicates: 1, failed: 0, seconds: 0.44),
                       "取り込み 3 件、既にあり 1 件、失敗 0 件（0.4 秒）")
    }
}
