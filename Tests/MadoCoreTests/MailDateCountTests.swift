import Foundation
import XCTest
@testable import MadoCore

/// `MailDate.parse` counts days instead of asking a Calendar; it must land where Foundation's
/// Gregorian calendar lands, leap days, month ends and odd zones included.
final class MailDateCountTests: XCTestCase {
    private func byCalendar(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ min: Int, _ s: Int, offsetMinutes: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: offsetMinutes * 60) ?? TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: y, month: m, day: d, hour: h, minute: min, second: s))!
    }

    func testDaysCountedAsTheCalendarCountsThem() {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        for year in [1900, 1970, 1999, 2000, 2024, 2026, 2100, 2199] {
            for month in 1...12 {
                for day in [1, 15, 28, 29, 30, 31] {
                    let text = "\(day) \(months[month - 1]) \(year) 23:59:07 +0900"
                    XCTAssertEqual(MailDate.parse(text)?.date, byCalendar(year, month, day, 23, 59, 7, offsetMinutes: 540), text)
                }
            }
        }
    }

    func testZonesAndSeconds() {
        XCTAssertEqual(MailDate.parse("Tue, 24 Nov 2026 15:02:11 -0330")?.date, byCalendar(2026, 11, 24, 15, 2, 11, offsetMinutes: -210))
        XCTAssertEqual(MailDate.parse("Tue, 24 Nov 2026 15:02:60 +0000")?.date, byCalendar(2026, 11, 24, 15, 2, 59, offsetMinutes: 0))
        XCTAssertEqual(MailDate.parse("24 Nov 2026 15:02 JST")?.date, byCalendar(2026, 11, 24, 15, 2, 0, offsetMinutes: 540))
        // Beyond ±18 hours is no zone: read as UTC, as Foundation reads it.
        XCTAssertEqual(MailDate.parse("24 Nov 2026 15:02:00 +2000")?.date, byCalendar(2026, 11, 24, 15, 2, 0, offsetMinutes: 0))
        XCTAssertEqual(MailDate.parse("24 Nov 2026 15:02:00")?.zoneGuessed, true)
    }
}
