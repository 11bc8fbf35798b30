import Foundation

/// Instagram's messaging rules: a reply within 24 hours of the customer's last message; with the
/// HUMAN_AGENT tag up to 7 days; never after. A text is at most 1000 bytes of UTF-8.
public enum MessagingWindow: Sendable, Equatable {
    case standard(remaining: TimeInterval)
    case humanAgent(remaining: TimeInterval)
    case closed(since: TimeInterval)

    public static let standardLength: TimeInterval = 24 * 3600
    public static let humanAgentLength: TimeInterval = 7 * 24 * 3600

    public static func status(lastCustomerMessage: Date, now: Date) -> MessagingWindow {
        let age = now.timeIntervalSince(lastCustomerMessage)
        if age < standardLength { return .standard(remaining: standardLength - age) }
        if age < humanAgentLength { return .humanAgent(remaining: humanAgentLength - age) }
        return .closed(since: age - humanAgentLength)
    }

    /// "reply within 3h 12m", "reply within 5d 4h (human agent tag)", "window closed 2d ago".
    public var description: String {
        switch self {
        case .standard(let remaining): return "reply within " + MessagingWindow.span(remaining)
        case .humanAgent(let remaining): return "reply within " + MessagingWindow.span(remaining) + " (human agent tag)"
        case .closed(let since): return "window closed " + MessagingWindow.span(since) + " ago"
        }
    }

    static func span(_ seconds: TimeInterval) -> String {
        let minutes = Int(seconds / 60)
        if minutes < 60 { return "\(minutes)m" }
        if minutes < 24 * 60 { return "\(minutes / 60)h \(minutes % 60)m" }
        return "\(minutes / 1440)d \((minutes % 1440) / 60)h"
    }
}

public enum InstagramText {
    public static let maximumBytes = 1000

    /// The size Instagram limits: UTF-8 bytes. The queue checks it and the confirm screen shows it.
    public static func byteCount(_ text: String) -> Int { text.utf8.count }

    /// Splits at character boundaries (never inside a UTF-8 sequence or a grapheme), preferring a
    /// line break or sentence end near the limit: the channel's `TextLimit` in UTF-8 bytes.
    public static func split(_ text: String) -> [String] {
        TextLimit(maximum: maximumBytes, unit: .utf8Bytes).split(text)
    }
}
