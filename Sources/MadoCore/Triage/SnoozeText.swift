import Foundation

/// Reads a snooze time the way people type it, in English or Japanese: `tomorrow 9am`, `9am`,
/// `mon`, `next week`, `12/3`, `12/3 14:00`, `3h`, `2d`, `明日`, `明後日`, `来週`, `月曜`,
/// `12月3日`, `15時`, `明日 10時`, `2026-12-01 14:00`.
///
/// A day without an hour means the shop's next opening time from the start of that day (so
/// `tomorrow` on a Friday wakes on Monday morning when the shop is closed on weekends); without
/// business hours, 9:00. A time without a day that has already passed today means tomorrow; a
/// month and day that has passed this year means next year. Anything else in the past is nil.
public enum SnoozeText {
    public static let defaultOpeningHour = 9

    public static func parse(_ text: String, now: Date, timeZone: TimeZone, hours: BusinessHours? = nil) -> Date? {
        let input = normalize(text)
        guard !input.isEmpty else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = hours?.timeZone ?? timeZone
        if let interval = relative(input) { return now.addingTimeInterval(interval) }
        // A day then a time ("明日 10時", "12/3 14:00"), or a time then a day ("9am tomorrow").
        for (dayText, timeText) in splits(input) {
            let day: Day?
            if dayText.isEmpty {
                day = nil
            } else {
                guard let parsed = self.day(dayText, now: now, calendar: calendar) else { continue }
                day = parsed
            }
            let time: (hour: Int, minute: Int)?
            if timeText.isEmpty {
                time = nil
            } else {
                guard let parsed = clock(timeText) else { continue }
                time = parsed
            }
            return resolve(day: day, time: time, now: now, calendar: calendar, hours: hours)
        }
        return nil
    }

    /// Full-width digits and letters folded (１０時 → 10時), lower case, one space between words.
    static func normalize(_ text: String) -> String {
        SearchText.fold(text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// A day the text names: an offset from today, a weekday, or a calendar date.
    enum Day {
        case offset(Int)
        case date(year: Int?, month: Int, day: Int)
        case nextWeek(weekday: Int?)   // 1 = Sunday … 7 = Saturday, as Calendar counts
        case weekday(Int)
    }

    /// Every way to cut the text into a day part and a time part, at word or script boundaries.
    static func splits(_ input: String) -> [(String, String)] {
        var result: [(String, String)] = [(input, ""), ("", input)]
        let characters = Array(input)
        for cut in 1..<max(1, characters.count) {
            let left = String(characters[..<cut]).trimmingCharacters(in: .whitespaces)
            var right = String(characters[cut...]).trimmingCharacters(in: .whitespaces)
            if right.hasPrefix("の") { right.removeFirst() }   // 明日の10時
            if right.hasPrefix("at ") { right.removeFirst(3) }
            guard !left.isEmpty, !right.isEmpty else { continue }
            result.append((left, right))
            result.append((right, left))
        }
        return result
    }

    static let weekdays: [String: Int] = [
        "sun": 1, "sunday": 1, "mon": 2, "monday": 2, "tue": 3, "tues": 3, "tuesday": 3, "wed": 4, "wednesday": 4,
        "thu": 5, "thur": 5, "thurs": 5, "thursday": 5, "fri": 6, "friday": 6, "sat": 7, "saturday": 7,
        "日曜": 1, "月曜": 2, "火曜": 3, "水曜": 4, "木曜": 5, "金曜": 6, "土曜": 7,
    ]

    static func weekday(_ text: String) -> Int? {
        var word = text
        if word.hasSuffix("日") && word.count == 3 { word.removeLast() }   // 月曜日
        return weekdays[word]
    }

    static func day(_ text: String, now: Date, calendar: Calendar) -> Day? {
        switch text {
        case "today", "今日", "きょう", "本日": return .offset(0)
        case "tomorrow", "tmr", "tmrw", "明日", "あした", "あす": return .offset(1)
        case "day after tomorrow", "明後日", "あさって": return .offset(2)
        case "next week", "nextweek", "来週": return .nextWeek(weekday: nil)
        default: break
        }
        if let day = weekday(text) { return .weekday(day) }
        for prefix in ["next ", "来週の", "来週"] where text.hasPrefix(prefix) {
            if let day = weekday(String(text.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)) { return .nextWeek(weekday: day) }
        }
        // 2026-12-01, 2026/12/01
        let dashed = text.split(whereSeparator: { $0 == "-" || $0 == "/" }).map { Int($0) }
        if dashed.count == 3, let year = dashed[0], let month = dashed[1], let day = dashed[2], year >= 1000 {
            return .date(year: year, month: month, day: day)
        }
        // 12/3 (month first, as in Japan and the US)
        let slashed = text.split(separator: "/", omittingEmptySubsequences: false).map { Int($0) }
        if slashed.count == 2, let month = slashed[0], let day = slashed[1] { return .date(year: nil, month: month, day: day) }
        // 2026年12月3日, 12月3日
        if text.hasSuffix("日"), let monthMark = text.firstIndex(of: "月") {
            var yearText = ""
            var monthText = String(text[..<monthMark])
            if let yearMark = monthText.firstIndex(of: "年") {
                yearText = String(monthText[..<yearMark])
                monthText = String(monthText[monthText.index(after: yearMark)...])
            }
            let dayText = String(text[text.index(after: monthMark)..<text.index(before: text.endIndex)])
            guard let month = Int(monthText), let day = Int(dayText) else { return nil }
            if yearText.isEmpty { return .date(year: nil, month: month, day: day) }
            guard let year = Int(yearText) else { return nil }
            return .date(year: year, month: month, day: day)
        }
        return nil
    }

    /// 9am, 9:30pm, 14:00, 15時, 15時半, 午後3時, 10時30分, noon, 正午.
    static func clock(_ text: String) -> (hour: Int, minute: Int)? {
        if text == "noon" || text == "正午" { return (12, 0) }
        var rest = text
        var shift = 0   // hours to add for pm
        var meridiem = false
        for (word, add) in [("午前", 0), ("午後", 12)] where rest.hasPrefix(word) {
            rest = String(rest.dropFirst(word.count))
            shift = add
            meridiem = true
        }
        for (word, add) in [("am", 0), ("a.m.", 0), ("pm", 12), ("p.m.", 12)] where rest.hasSuffix(word) {
            rest = String(rest.dropLast(word.count)).trimmingCharacters(in: .whitespaces)
            shift = add
            meridiem = true
        }
        var hour: Int?
        var minute = 0
        if rest.hasSuffix("時半"), let value = Int(rest.dropLast(2)) {
            hour = value
            minute = 30
        } else if rest.hasSuffix("時"), let value = Int(rest.dropLast()) {
            hour = value
        } else if rest.hasSuffix("分"), let mark = rest.firstIndex(of: "時"),
                  let value = Int(rest[..<mark]), let minutes = Int(rest[rest.index(after: mark)..<rest.index(before: rest.endIndex)]) {
            hour = value
            minute = minutes
        } else if rest.contains(":") {
            let parts = rest.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[1].count == 2, let value = Int(parts[0]), let minutes = Int(parts[1]) else { return nil }
            hour = value
            minute = minutes
        } else if meridiem, let value = Int(rest) {
            hour = value   // a bare number is a time only with am/pm ("9" alone could be anything)
        }
        guard var result = hour, (0...59).contains(minute) else { return nil }
        if meridiem {
            guard (1...12).contains(result) else { return nil }
            result = result % 12 + shift
        }
        guard (0...23).contains(result) else { return nil }
        return (result, minute)
    }

    /// 3h, 2d, 30m, 1w, 2 days, in 3 hours, 3時間, 3時間後, 2日後, 30分後, 1週間後; "later" is three hours.
    static func relative(_ text: String) -> TimeInterval? {
        if text == "later" || text == "あとで" || text == "後で" { return 3 * 3600 }
        var rest = text
        if rest.hasPrefix("in ") { rest.removeFirst(3) }
        let after = rest.hasSuffix("後")
        if after { rest.removeLast() }
        let units: [(String, TimeInterval)] = [
            ("minutes", 60), ("minute", 60), ("mins", 60), ("min", 60), ("m", 60), ("分", 60),
            ("hours", 3600), ("hour", 3600), ("hrs", 3600), ("hr", 3600), ("h", 3600), ("時間", 3600),
            ("days", 86400), ("day", 86400), ("d", 86400), ("日", 86400),
            ("weeks", 604_800), ("week", 604_800), ("w", 604_800), ("週間", 604_800),
        ]
        for (unit, seconds) in units where rest.hasSuffix(unit) {
            // "3日" alone is the 3rd of the month; "3日後" is three days from now.
            if unit == "日" && !after { return nil }
            let number = rest.dropLast(unit.count).trimmingCharacters(in: .whitespaces)
            guard let amount = Double(number), amount > 0, amount < 10_000 else { return nil }
            return amount * seconds
        }
        return nil
    }

    static func resolve(day: Day?, time: (hour: Int, minute: Int)?, now: Date, calendar: Calendar, hours: BusinessHours?) -> Date? {
        let today = calendar.startOfDay(for: now)
        func at(_ dayStart: Date) -> Date? {
            guard let time else { return opening(from: dayStart, calendar: calendar, hours: hours) }
            return calendar.date(bySettingHour: time.hour, minute: time.minute, second: 0, of: dayStart)
        }
        guard let day else {
            // A time alone: today if it is still ahead, else tomorrow.
            guard let time, let todayAt = calendar.date(bySettingHour: time.hour, minute: time.minute, second: 0, of: today) else { return nil }
            return todayAt > now ? todayAt : calendar.date(byAdding: .day, value: 1, to: todayAt)
        }
        let result: Date?
        switch day {
        case .offset(let days):
            result = calendar.date(byAdding: .day, value: days, to: today).flatMap(at)
        case .weekday(let weekday):
            // The next such day after today (on a Monday, "mon" is a week away).
            let current = calendar.component(.weekday, from: now)
            let ahead = (weekday - current + 7) % 7
            result = calendar.date(byAdding: .day, value: ahead == 0 ? 7 : ahead, to: today).flatMap(at)
        case .nextWeek(let weekday):
            // Weeks start on Monday: "来週" is next Monday, "来週金曜" the Friday after it.
            let current = calendar.component(.weekday, from: now)
            let toMonday = (9 - current) % 7 == 0 ? 7 : (9 - current) % 7
            let offset = weekday.map { ($0 + 5) % 7 } ?? 0   // Monday 0 … Sunday 6
            result = calendar.date(byAdding: .day, value: toMonday + offset, to: today).flatMap(at)
        case .date(let year, let month, let dayOfMonth):
            guard (1...12).contains(month), (1...31).contains(dayOfMonth) else { return nil }
            let thisYear = calendar.component(.year, from: now)
            for candidate in year.map({ [$0] }) ?? [thisYear, thisYear + 1] {
                let components = DateComponents(year: candidate, month: month, day: dayOfMonth)
                // 2/30 is not a day: the calendar would quietly move it to March.
                guard let start = calendar.date(from: components),
                      calendar.component(.day, from: start) == dayOfMonth, let date = at(start) else { return nil }
                if date > now { return date }
            }
            return nil
        }
        guard let result, result > now else { return nil }
        return result
    }

    /// The shop's first opening at or after `start` (9:00 that day without business hours).
    static func opening(from start: Date, calendar: Calendar, hours: BusinessHours?) -> Date? {
        if let hours, let open = hours.nextOpening(from: start) { return open }
        return calendar.date(bySettingHour: defaultOpeningHour, minute: 0, second: 0, of: start)
    }
}

extension BusinessHours {
    /// The first time the shop opens at or after `date`; nil when it never opens (no hours at all).
    public func nextOpening(from date: Date) -> Date? {
        var day = calendar.startOfDay(for: date)
        for _ in 0..<400 {
            if let open = openSpans(onDayOf: day).map(\.0).first(where: { $0 >= date }) { return open }
            guard let next = calendar.date(byAdding: .day, value: 1, to: day) else { return nil }
            day = next
        }
        return nil
    }
}
