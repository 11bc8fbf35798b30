import Foundation
import XCTest
@testable import MadoCore

final class SnoozeTextTests: XCTestCase {
    let tokyo = TimeZone(identifier: "Asia/Tokyo")!
    /// Weekdays 10:00–18:00, closed on weekends, in Tokyo.
    lazy var hours = BusinessHours(spans: [2: [600...1080], 3: [600...1080], 4: [600...1080], 5: [600...1080], 6: [600...1080]],
                                   timeZone: tokyo)

    /// A moment in Tokyo, as "2026-11-18 14:30".
    func tokyoTime(_ text: String) -> Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = tokyo
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.date(from: text)!
    }

    /// Wednesday 18 November 2026, 14:30 in Tokyo.
    var wednesday: Date { tokyoTime("2026-11-18 14:30") }

    func parsed(_ text: String, now: Date? = nil, withHours: Bool = true) -> Date? {
        SnoozeText.parse(text, now: now ?? wednesday, timeZone: tokyo, hours: withHours ? hours : nil)
    }

    func assertParses(_ text: String, _ expected: String, now: Date? = nil, withHours: Bool = true, line: UInt = #line) {
        XCTAssertEqual(parsed(text, now: now, withHours: withHours), tokyoTime(expected), "'\(text)'", line: line)
    }

    func testEnglishDaysAndTimes() {
        assertParses("tomorrow", "2026-11-19 10:00")              // the shop's opening time
        assertParses("tomorrow 9am", "2026-11-19 09:00")
        assertParses("Tomorrow 9:30 PM", "2026-11-19 21:30")
        assertParses("9am tomorrow", "2026-11-19 09:00")
        assertParses("4pm", "2026-11-18 16:00")                   // still ahead today
        assertParses("9am", "2026-11-19 09:00")                   // passed today: tomorrow
        assertParses("mon", "2026-11-23 10:00")
        assertParses("friday 3pm", "2026-11-20 15:00")
        assertParses("wed", "2026-11-25 10:00", )                  // today is Wednesday: a week away
        assertParses("next week", "2026-11-23 10:00")
        assertParses("next fri", "2026-11-27 10:00")
        assertParses("12/3", "2026-12-03 10:00")
        assertParses("12/3 14:00", "2026-12-03 14:00")
        assertParses("2026-12-01 14:30", "2026-12-01 14:30")
        assertParses("noon", "2026-11-19 12:00")
    }

    func testDurations() {
        XCTAssertEqual(parsed("3h"), wednesday.addingTimeInterval(3 * 3600))
        XCTAssertEqual(parsed("2d"), wednesday.addingTimeInterval(2 * 86400))
        XCTAssertEqual(parsed("30m"), wednesday.addingTimeInterval(30 * 60))
        XCTAssertEqual(parsed("in 2 hours"), wednesday.addingTimeInterval(2 * 3600))
        XCTAssertEqual(parsed("3時間"), wednesday.addingTimeInterval(3 * 3600))
        XCTAssertEqual(parsed("2日後"), wednesday.addingTimeInterval(2 * 86400))
        XCTAssertEqual(parsed("later"), wednesday.addingTimeInterval(3 * 3600))
    }

    func testJapaneseDaysAndTimes() {
        assertParses("明日", "2026-11-19 10:00")
        assertParses("明後日", "2026-11-20 10:00")
        assertParses("来週", "2026-11-23 10:00")
        assertParses("来週金曜", "2026-11-27 10:00")
        assertParses("月曜", "2026-11-23 10:00")
        assertParses("月曜日", "2026-11-23 10:00")
        assertParses("12月3日", "2026-12-03 10:00")
        assertParses("15時", "2026-11-18 15:00")
        assertParses("明日 10時", "2026-11-19 10:00")
        assertParses("明日10時", "2026-11-19 10:00")
        assertParses("明日の15時半", "2026-11-19 15:30")
        assertParses("午後3時", "2026-11-18 15:00")
        assertParses("12月3日 9時30分", "2026-12-03 09:30")
        assertParses("１０時", "2026-11-19 10:00")               // full-width digits, as an input method types them
        assertParses("明日　１０時", "2026-11-19 10:00")          // and an ideographic space
    }

    func testADayAloneWakesAtTheNextOpeningAndTheHourIsKeptWhenGiven() {
        let friday = tokyoTime("2026-11-20 15:00")
        assertParses("tomorrow", "2026-11-23 10:00", now: friday)   // closed on the weekend: Monday's opening
        assertParses("明日", "2026-11-23 10:00", now: friday)
        assertParses("明日 10時", "2026-11-21 10:00", now: friday)  // a time given is a time meant
        assertParses("tomorrow", "2026-11-19 09:00", withHours: false)
    }

    func testPastTimesRollForward() {
        let december = tokyoTime("2026-12-20 11:00")
        assertParses("12/3", "2027-12-03 10:00", now: december)      // December 3rd has passed: next year
        assertParses("1/5", "2027-01-05 10:00", now: december)
        assertParses("12/24", "2026-12-24 10:00", now: december)
        let january = tokyoTime("2027-01-05 11:00")
        assertParses("12/3", "2027-12-03 10:00", now: january)
        assertParses("12月3日", "2027-12-03 10:00", now: january)
        XCTAssertNil(parsed("2020-01-01"), "a full date in the past is no snooze")
        XCTAssertNil(parsed("today 9am"), "today at a time already gone")
    }

    func testNonsenseIsNilAndNeverCrashes() {
        for text in ["", "  ", "someday", "13/45", "2/30", "25時", "99:99", "0h", "-3h", "tomorrow 9", "12/3 25:00",
                     "明日 あさって", "3日", "9", "infh", "nanh", "月", "next", "at", "の", "12/", "/3", "2026-13-01", "午後13時"] {
            XCTAssertNil(parsed(text), "'\(text)'")
        }
        // Every prefix of real input, as the picker sees it while it is typed.
        for text in ["tomorrow 9:30pm", "明日の15時半", "12月3日 9時30分", "2026-12-01 14:30"] {
            for length in 0...text.count { _ = parsed(String(text.prefix(length))) }
        }
    }

    func testTheOldWordsStillWork() {
        XCTAssertEqual(SnoozeTimes.parse("nextweek", now: wednesday, timeZone: tokyo), tokyoTime("2026-11-23 09:00"))
        XCTAssertEqual(SnoozeTimes.parse("tomorrow", now: wednesday, timeZone: tokyo), tokyoTime("2026-11-19 09:00"))
    }
}
