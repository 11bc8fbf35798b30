import Foundation

/// `BusinessHours.businessSeconds` for many segments at once: each day's open spans are worked out
/// with the calendar once and kept, since a report over a year asks about the same days again and
/// again (the calendar is the slow part).
final class BusinessClock {
    let hours: BusinessHours
    private var spansByDay: [Int64: [(open: Int64, close: Int64)]] = [:]
    private var names: [Int64: String] = [:]

    init(_ hours: BusinessHours) { self.hours = hours }

    /// Days since 1970-01-01 in the hours' time zone.
    func day(_ moment: Int64) -> Int64 {
        let offset = Int64(hours.timeZone.secondsFromGMT(for: Date(unixSeconds: moment)))
        return Int64((Double(moment + offset) / 86400).rounded(.down))
    }

    /// "2026-11-24" for a day number.
    func dayName(_ day: Int64) -> String {
        if let known = names[day] { return known }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: Date(unixSeconds: day * 86400))
        let name = String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
        names[day] = name
        return name
    }

    private func spans(_ day: Int64) -> [(open: Int64, close: Int64)] {
        if let known = spansByDay[day] { return known }
        // Noon of that local day is safely inside it whatever the offset.
        let noon = Date(unixSeconds: day * 86400 + 43200 - Int64(hours.timeZone.secondsFromGMT(for: Date(unixSeconds: day * 86400))))
        let spans = hours.openSpans(onDayOf: noon).map { (Int64($0.0.timeIntervalSince1970), Int64($0.1.timeIntervalSince1970)) }
        spansByDay[day] = spans
        return spans
    }

    /// Open seconds in [from, to); the same as `BusinessHours.businessSeconds`.
    func seconds(from: Int64, to: Int64) -> Double {
        guard to > from else { return 0 }
        var total: Int64 = 0
        for day in self.day(from)...self.day(to) {
            for span in spans(day) {
                let overlap = min(span.close, to) - max(span.open, from)
                if overlap > 0 { total += overlap }
            }
        }
        return Double(total)
    }
}
