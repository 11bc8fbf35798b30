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

    /// "later", "tomorrow", "nextweek", "2026-12-01", "2026-12-01 14:00", "3h", "2d".
    public static func parse(_ text: String, now: Date, timeZone: TimeZone) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let choice = Choice(rawValue: trimmed.replacingOccurrences(of: " ", with: "")) {
            return date(for: choice, now: now, timeZone: timeZone)
        }
        if let unit = trimmed.last, let amount = Double(trimmed.dropLast()), amount > 0 {
            switch unit {
            case "m": return now.addingTimeInterval(amount * 60)
            case "h": return now.addingTimeInterval(amount * 3600)
            case "d": return now.addingTimeInterval(amount * 86400)
            default: break
            }
        }
        let parts = trimmed.split(whereSeparator: { $0 == " " || $0 == "t" })
        let day = parts.first?.split(separator: "-").compactMap { Int($0) } ?? []
        guard day.count == 3 else { return nil }
        let time = parts.count > 1 ? parts[1].split(separator: ":").compactMap { Int($0) } : [9, 0]
        guard time.count == 2 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        guard let date = calendar.date(from: DateComponents(year: day[0], month: day[1], day: day[2], hour: time[0], minute: time[1])),
              date > now else { return nil }
        return date
    }
}
