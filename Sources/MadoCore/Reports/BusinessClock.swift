import Foundation

/// `BusinessHours.businessSeconds` for many segments at once: each day's open spans are worked out
/// with the calendar once and kept, since a report over a year asks about the same days again and
/// again (the calendar is the slow part).
final class BusinessClock {
    let hours: BusinessHours
    private var spansByDay: [Int64: [(open: Int64, close: Int64)]] = [:]
    private var names: [Int64: String] = [:]

    init(_ hours: BusinessHours) { self.hours = hours }

    /// The zone's offset per UTC hour, for hours without a change of offset inside them.
    private var offsetsByHour: [Int64: Int64] = [:]
    private var lastHour: Int64 = .min
    private var lastOffset: Int64 = 0

    /// Seconds east of UTC at `moment`: asked of the time zone once per hour of the period, since
    /// a report asks for the day of hundreds of thousands of moments.
    func offset(_ moment: Int64) -> Int64 {
        let hour = moment.floorDiv(3600)
        if hour == lastHour { return lastOffset }
        let zone = hours.timeZone
        let known: Int64
        if let cached = offsetsByHour[hour] {
            known = cached
        } else {
            let first = Int64(zone.secondsFromGMT(for: Date(unixSeconds: hour * 3600)))
            let last = Int64(zone.secondsFromGMT(for: Date(unixSeconds: hour * 3600 + 3599)))
            // The offset changes inside this hour: ask about the moment itself.
            guard first == last else { return Int64(zone.secondsFromGMT(for: Date(unixSeconds: moment))) }
            offsetsByHour[hour] = first
            known = first
        }
        lastHour = hour
        lastOffset = known
        return known
    }

    /// Days since 1970-01-01 in the hours' time zone.
    func day(_ moment: Int64) -> Int64 {
        (moment + offset(moment)).floorDiv(86400)
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

    /// The day asked last: segments come in start order, so the next one is often on the same day.
    private var lastSpanDay: Int64 = .min
    private var lastSpans: [(open: Int64, close: Int64)] = []

    private func spans(_ day: Int64) -> [(open: Int64, close: Int64)] {
        if day == lastSpanDay { return lastSpans }
        let spans = workedOutSpans(day)
        lastSpanDay = day
        lastSpans = spans
        return spans
    }

    private func workedOutSpans(_ day: Int64) -> [(open: Int64, close: Int64)] {
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
