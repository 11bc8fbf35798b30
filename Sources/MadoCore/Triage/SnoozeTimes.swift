import Foundation

/// The snooze choices people think in: later today, tomorrow morning, next week, or a date.
public enum SnoozeTimes {
    public enum Choice: String, Sendable, CaseIterable {
        case laterToday = "later"
        case tomorrowMorning = "tomorrow"
        case nextWeek = "nextweek"
    }

    public static func date(for choice: Choice, now: Date, timeZone: TimeZone, morningHour: Int = 9) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        switch choice {
        case .laterToday:
            return now.addingTimeInterval(3 * 3600)
        case .tomorrowMorning:
            let tomorrow = calendar.date(byAdding: .day, value: 1, to: calendar.startOfDay(for: now))!
            return calendar.date(bySettingHour: morningHour, minute: 0, second: 0, of: tomorrow)!
        case .nextWeek:
            // Next Monday morning.
            let weekday = calendar.component(.weekday, from: now)   // 1 = Sunday
            let days = (9 - weekday) % 7 == 0 ? 7 : (9 - weekday) % 7
            let monday = calendar.date(byAdding: .day, value: days, to: calendar.startOfDay(for: now))!
            return calendar.date(bySettingHour: morningHour, minute: 0, second: 0, of: monday)!
        }
    }

    /// Typed text, read by `SnoozeText` (without business hours: a day alone means 9:00).
    public static func parse(_ text: String, now: Date, timeZone: TimeZone) -> Date? {
        SnoozeText.parse(text, now: now, timeZone: timeZone)
    }
}
