import Foundation

/// The customer's words under a reply: an attribution line, then their last message with "> ",
/// their own signature left out.
public enum Quote {
    public enum Style: Sendable { case english, japanese }

    public static func make(_ text: String, author: String, date: Date, style: Style, timeZone: TimeZone, width: Int = 72) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "-- " || line == "--" { break }   // their signature
            lines.append(String(line))
        }
        while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
        var quoted: [String] = []
        for line in lines {
            if line.hasPrefix(">") {
                quoted.append(">" + line)   // an older quote keeps its own lines, one level deeper
            } else if line.trimmingCharacters(in: .whitespaces).isEmpty {
                quoted.append(">")
            } else {
                quoted += wrap(line, width: width - 2).map { "> " + $0 }
            }
        }
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

    /// Whether a line has the shape of an attribution `attribution` writes, in either language:
    /// "On Wed, 18 Nov 2026 at 10:00, Emma wrote:" or "2026年11月18日(水) 10:00 山田 太郎 様:".
    public static func isAttribution(_ line: String) -> Bool {
        let text = line.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("On ") && text.hasSuffix(" wrote:") { return true }
        return text.hasSuffix(":") && text.range(of: #"^\d{4}年\d{1,2}月\d{1,2}日\(.\) \d{1,2}:\d{2} "#, options: .regularExpression) != nil
    }

    /// Re-wraps one line to `width` columns, East Asian characters counting two: Latin breaks at
    /// spaces, Japanese between characters but not before closing punctuation.
    static func wrap(_ line: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var columns = 0
        var lastSpace: String.Index?
        for character in line {
            let w = character.unicodeScalars.contains { ($0.value >= 0x1100 && $0.value <= 0x115F) || ($0.value >= 0x2E80 && $0.value <= 0xA4CF)
                || ($0.value >= 0xAC00 && $0.value <= 0xD7A3) || ($0.value >= 0xF900 && $0.value <= 0xFAFF) || ($0.value >= 0xFF00 && $0.value <= 0xFF60)
                || ($0.value >= 0x1F300 && $0.value <= 0x1FAFF) } ? 2 : 1
            if columns + w > width && !current.isEmpty && !"、。」）！？,.)".contains(character) {
                if let space = lastSpace {
                    lines.append(String(current[..<space]))
                    current = String(current[current.index(after: space)...])
                } else {
                    lines.append(current)
                    current = ""
                }
                columns = current.reduce(0) { $0 + ($1.isASCII ? 1 : 2) }
                lastSpace = nil
            }
            if character == " " { lastSpace = current.endIndex }
            current.append(character)
            columns += w
        }
        lines.append(current)
        return lines
    }

    /// Japanese when the customer wrote in Japanese.
    public static func style(for text: String) -> Style {
        text.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) } ? .japanese : .english
    }
}
