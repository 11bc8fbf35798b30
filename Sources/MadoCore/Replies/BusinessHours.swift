import Foundation

/// When the shop answers: opening hours per weekday (a day may have several spans, or none),
/// public holidays, a time zone, and the target reply time counted in open hours only.
public struct BusinessHours: Sendable, Equatable {
    /// Minutes after midnight, per weekday (1 = Sunday … 7 = Saturday, as Calendar counts).
    public var spans: [Int: [ClosedRange<Int>]]
    public var holidays: Set<String>   // "2027-01-01"
    public var timeZone: TimeZone
    public var target: TimeInterval

    public init(spans: [Int: [ClosedRange<Int>]], holidays: Set<String> = [], timeZone: TimeZone, target: TimeInterval = 4 * 3600) {
        self.spans = spans
        self.holidays = holidays
        self.timeZone = timeZone
        self.target = target
    }

    static let dayKeys = ["sun": 1, "mon": 2, "tue": 3, "wed": 4, "thu": 5, "fri": 6, "sat": 7]

    /// From `[hours]`: `mon = 10:00-18:00`, `sat = closed`, `wed = 10:00-12:00, 13:00-18:00`,
    /// `timezone = Asia/Tokyo`, `target = 4h`, `holidays = path`. Weekdays default to 10:00–18:00.
    public init(config: Config) throws {
        let section = config.section("hours")
        timeZone = section["timezone"].flatMap(TimeZone.init(identifier:)) ?? config["shop.timezone"].flatMap(TimeZone.init(identifier:)) ?? .current
        target = section["target"].flatMap(DurationText.parse) ?? 4 * 3600
        var spans: [Int: [ClosedRange<Int>]] = [:]
        for (key, day) in BusinessHours.dayKeys {
            let value = section[key] ?? (day == 1 || day == 7 ? "closed" : "10:00-18:00")
            spans[day] = try BusinessHours.parseSpans(value, key: key, file: config.file)
        }
        self.spans = spans
        holidays = []
        if let path = section["holidays"] {
            let expanded = (path as NSString).expandingTildeInPath
            guard let data = FileManager.default.contents(atPath: expanded) else {
                throw ConfigError(file: config.file, line: 0, message: "[hours] holidays: cannot read \(expanded)")
            }
            holidays = try HolidayCalendar.parse(String(decoding: data, as: UTF8.self), file: expanded)
        }
    }

    static func parseSpans(_ value: String, key: String, file: String) throws -> [ClosedRange<Int>] {
        if value.lowercased() == "closed" { return [] }
        return try value.split(separator: ",").map { piece in
            let ends = piece.split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
            guard ends.count == 2, let start = minutes(ends[0]), let end = minutes(ends[1]), start < end else {
                throw ConfigError(file: file, line: 0, message: "[hours] \(key): expected 10:00-18:00 (or closed), got '\(value)'")
            }
            return start...end
        }
    }

    static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":").compactMap { Int($0) }
        guard parts.count == 2, (0...24).contains(parts[0]), (0...59).contains(parts[1]) else { return nil }
        return parts[0] * 60 + parts[1]
    }

    var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    func dayKey(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }

    /// The open spans of the day containing `date`, as absolute times.
    func openSpans(onDayOf date: Date) -> [(Date, Date)] {
        if holidays.contains(dayKey(date)) { return [] }
        let start = calendar.startOfDay(for: date)
        let weekday = calendar.component(.weekday, from: date)
        return (spans[weekday] ?? []).map { (start.addingTimeInterval(Double($0.lowerBound) * 60), start.addingTimeInterval(Double($0.upperBound) * 60)) }
    }

    public func isOpen(at date: Date) -> Bool {
        openSpans(onDayOf: date).contains { $0.0 <= date && date < $0.1 }
    }

    /// When a message received at `received` should be answered: `target` counted in open time only,
    /// across nights, weekends and holidays.
    public func replyBy(receivedAt received: Date) -> Date {
        var remaining = target
        var cursor = received
        for _ in 0..<400 {   // more than a year of closed days means the configuration is wrong
            for (open, close) in openSpans(onDayOf: cursor) where close > cursor {
                let from = max(open, cursor)
                let available = close.timeIntervalSince(from)
                if available >= remaining { return from.addingTimeInterval(remaining) }
                remaining -= available
            }
            cursor = calendar.startOfDay(for: cursor).addingTimeInterval(86400 + 3600)
            cursor = calendar.startOfDay(for: cursor)
        }
        return received.addingTimeInterval(target)
    }

    /// Open time between two moments, in seconds: the overlap of [from, to) with every open span
    /// of every day between them (several spans a day, closed weekdays and holidays count nothing).
    /// Zero when `to` is not after `from`.
    public func businessSeconds(from: Date, to: Date) -> TimeInterval {
        guard to > from else { return 0 }
        var total: TimeInterval = 0
        var day = calendar.startOfDay(for: from)
        while day < to {
            for (open, close) in openSpans(onDayOf: day) {
                let overlap = min(close, to).timeIntervalSince(max(open, from))
                if overlap > 0 { total += overlap }
            }
            // Noon of the next day, then its start: a DST change never skips or repeats a day.
            day = calendar.startOfDay(for: day.addingTimeInterval(86400 + 12 * 3600))
        }
        return total
    }

    /// "Mon–Fri 10:00–18:00 (JST), closed on weekends and public holidays" / "平日 10:00〜18:00（土日祝休み）".
    public func describe(language: String) -> String {
        let weekdays = (2...6).map { spans[$0] ?? [] }
        let weekendOpen = !(spans[1] ?? []).isEmpty || !(spans[7] ?? []).isEmpty
        func text(_ ranges: [ClosedRange<Int>], dash: String) -> String {
            ranges.map { String(format: "%02d:%02d%@%02d:%02d", $0.lowerBound / 60, $0.lowerBound % 60, dash, $0.upperBound / 60, $0.upperBound % 60) }
                .joined(separator: ", ")
        }
        let zone = timeZone.abbreviation() ?? timeZone.identifier
        if Set(weekdays.map { text($0, dash: "-") }).count == 1, let hours = weekdays.first, !hours.isEmpty {
            if language == "ja" { return "平日 \(text(hours, dash: "〜"))" + (weekendOpen ? "（祝日休み）" : "（土日祝休み）") }
            return "Mon–Fri \(text(hours, dash: "–")) (\(zone))" + (weekendOpen ? ", closed on public holidays" : ", closed on weekends and public holidays")
        }
        let names = language == "ja" ? ["日", "月", "火", "水", "木", "金", "土"] : ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        return (1...7).map { day in
            let hours = spans[day] ?? []
            return "\(names[day - 1]) " + (hours.isEmpty ? (language == "ja" ? "休み" : "closed") : text(hours, dash: "–"))
        }.joined(separator: ", ")
    }

    /// "11月24日(火) 13:00まで" / "by Tuesday 24 November, 13:00 (JST)"; "本日17:00まで" / "today by 17:00".
    public func describeDeadline(_ date: Date, now: Date, language: String) -> String {
        let c = calendar.dateComponents([.month, .day, .hour, .minute, .weekday], from: date)
        let time = String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
        let today = calendar.isDate(date, inSameDayAs: now)
        if language == "ja" {
            if today { return "本日\(time)まで" }
            let weekday = ["日", "月", "火", "水", "木", "金", "土"][(c.weekday ?? 1) - 1]
            return "\(c.month ?? 0)月\(c.day ?? 0)日(\(weekday)) \(time)まで"
        }
        if today { return "today by \(time)" }
        let weekday = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][(c.weekday ?? 1) - 1]
        let month = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][(c.month ?? 1) - 1]
        return "by \(weekday) \(c.day ?? 0) \(month), \(time) (\(timeZone.abbreviation(for: date) ?? timeZone.identifier))"
    }
}

/// A holidays file: one date per line (`2027-01-01 元日`), `#` comments.
public enum HolidayCalendar {
    public static func parse(_ text: String, file: String) throws -> Set<String> {
        var days = Set<String>()
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)?.trimmingCharacters(in: .whitespaces) ?? ""
            if line.isEmpty { continue }
            let date = String(line.prefix { !$0.isWhitespace })
            let parts = date.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else {
                throw ConfigError(file: file, line: index + 1, message: "expected a date like 2027-01-01, got '\(line)'")
            }
            days.insert(String(format: "%04d-%02d-%02d", parts[0], parts[1], parts[2]))
        }
        return days
    }
}
