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
            if let index = months.firstIndex(where: { token.hasPrefix($0) }) {
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
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: (offset ?? 0) * 60) ?? TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: DateComponents(year: y, month: m, day: d, hour: hour, minute: minute, second: min(second, 59))) else {
            return nil
        }
        return (date, offset == nil)
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
