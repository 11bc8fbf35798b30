import Foundation

/// The customer's words under a reply: an attribution line, then their last message with "> ",
/// their own signature left out.
public enum Quote {
    public enum Style: Sendable { case english, japanese }

    public static func make(_ text: String, author: String, date: Date, style: Style, timeZone: TimeZone) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "-- " || line == "--" { break }   // their signature
            lines.append(String(line))
        }
        while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
        let quoted = lines.map { $0.hasPrefix(">") ? ">" + $0 : ($0.isEmpty ? ">" : "> " + $0) }
        return attribution(author: author, date: date, style: style, timeZone: timeZone) + "\n" + quoted.joined(separator: "\n")
    }

    static func attribution(author: String, date: Date, style: Style, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .weekday], from: date)
        let time = String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
        switch style {
        case .japanese:
            let weekday = ["日", "月", "火", "水", "木", "金", "土"][(c.weekday ?? 1) - 1]
            let honorific = author.hasSuffix("様") ? "" : " 様"
            return "\(c.year ?? 0)年\(c.month ?? 0)月\(c.day ?? 0)日(\(weekday)) \(time) \(author)\(honorific):"
        case .english:
            let weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][(c.weekday ?? 1) - 1]
            let month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][(c.month ?? 1) - 1]
            return "On \(weekday), \(c.day ?? 0) \(month) \(c.year ?? 0) at \(time), \(author) wrote:"
        }
    }

    /// Japanese when the customer wrote in Japanese.
    public static func style(for text: String) -> Style {
        text.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) } ? .japanese : .english
    }
}
