import Foundation

/// Times in JSON ("2026-11-30T18:24:33+09:00") written out by hand: a DateFormatter made per
/// call costs about a quarter of a millisecond on Linux, and `mado list --json` writes up to
/// eight times a row (15.8 s for 10k conversations). Same text as the formatter it replaces.
enum JSONTime {
    static func format(_ date: Date, timeZone: TimeZone) -> String {
        let offset = timeZone.secondsFromGMT(for: date)
        let seconds = date.timeIntervalSince1970.rounded(.down)
        guard seconds.magnitude < 2.5e11 else { return formatted(date, timeZone: timeZone) }
        var local = time_t(Int(seconds) + offset)
        var parts = tm()
        guard gmtime_r(&local, &parts) != nil, (1...9999).contains(Int(parts.tm_year) + 1900) else {
            return formatted(date, timeZone: timeZone)
        }
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        return digits(Int(parts.tm_year) + 1900, 4) + "-" + digits(Int(parts.tm_mon) + 1, 2) + "-" + digits(Int(parts.tm_mday), 2)
            + "T" + digits(Int(parts.tm_hour), 2) + ":" + digits(Int(parts.tm_min), 2) + ":" + digits(Int(parts.tm_sec), 2)
            + sign + digits(minutes / 60, 2) + ":" + digits(minutes % 60, 2)
    }

    private static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    /// Years outside 1…9999 (never met in mail, but a date header can say anything).
    static func formatted(_ date: Date, timeZone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ssxxx"
        return formatter.string(from: date)
    }
}
