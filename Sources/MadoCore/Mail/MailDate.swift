import Foundation

/// RFC 5322 dates and the broken forms mail really carries: no weekday, two-digit years, no
/// seconds, named zones (JST, PST), "+0900 (JST)", lowercase months, asctime order.
enum MailDate {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let zones: [String: Int] = ["ut": 0, "utc": 0, "gmt": 0, "z": 0, "jst": 540, "kst": 540, "est": -300, "edt": -240,
                                       "cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
                                       "bst": 60, "cet": 60, "cest": 120, "hkt": 480, "sgt": 480, "aest": 600]

    /// The date, and whether the zone had to be guessed.
    static func parse(_ text: String) -> (date: Date, zoneGuessed: Bool)? {
        var value = text
        if let comment = value.firstIndex(of: "(") { value = String(value[..<comment]) }
        let tokens = value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).map { $0.lowercased() }
        var day: Int?, month: Int?, year: Int?
        var hour = 0, minute = 0, second = 0
        var offset: Int?
        for token in tokens {
            // Every month name is three letters: one comparison, not twelve `hasPrefix` (which
            // compares by Unicode equivalence) per token.
            if token.utf8.count >= 3, let first = token.utf8.first, first >= 0x61, first <= 0x7A,
               let index = months.firstIndex(of: String(token.prefix(3))) {
                month = index + 1
            } else if token.containsByte(UInt8(ascii: ":")) {
                let parts = token.split(separator: ":").map { Int($0) }
                guard parts.count >= 2, let h = parts[0], let m = parts[1] else { continue }
                hour = h
                minute = m
                second = parts.count > 2 ? (parts[2] ?? 0) : 0
            } else if (token.hasPrefix("+") || token.hasPrefix("-")), token.count == 5, let number = Int(token.dropFirst()) {
                offset = (token.hasPrefix("-") ? -1 : 1) * (number / 100 * 60 + number % 100)
            } else if let zone = zones[token] {
                offset = offset ?? zone
            } else if let number = Int(token) {
                if token.count >= 3 { year = number } else if day == nil { day = number } else if year == nil { year = number }
            }
        }
        guard let d = day, let m = month, var y = year else { return nil }
        if y < 50 { y += 2000 } else if y < 100 { y += 1900 }
        guard (1...31).contains(d), (0...23).contains(hour), (0...59).contains(minute), (1900...2200).contains(y) else { return nil }
        // Counted, not asked of a Calendar (ICU, for every mail of an import). A zone beyond ±18
        // hours is no zone (read as UTC), and a day past the month's end runs on into the next.
        let zone = abs(offset ?? 0) <= 18 * 60 ? (offset ?? 0) : 0
        let seconds = daysFromCivil(year: y, month: m, day: d) * 86400 + hour * 3600 + minute * 60 + min(second, 59) - zone * 60
        return (Date(timeIntervalSince1970: TimeInterval(seconds)), offset == nil)
    }

    /// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (H. Hinnant's
    /// `days_from_civil`): years counted from March, so the leap day falls at a year's end.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// RFC 5322 form for outgoing mail: "Tue, 24 Nov 2026 15:02:11 +0900".
    static func format(_ date: Date, timeZone: TimeZone = .current) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.weekday, .day, .month, .year, .hour, .minute, .second], from: date)
        let weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][(c.weekday ?? 1) - 1]
        let month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][(c.month ?? 1) - 1]
        let offset = timeZone.secondsFromGMT(for: date) / 60
        let zone = String(format: "%@%02d%02d", offset < 0 ? "-" : "+", abs(offset) / 60, abs(offset) % 60)
        return String(format: "%@, %d %@ %04d %02d:%02d:%02d %@", weekday, c.day ?? 1, month, c.year ?? 1970, c.hour ?? 0, c.minute ?? 0, c.second ?? 0, zone)
    }
}
