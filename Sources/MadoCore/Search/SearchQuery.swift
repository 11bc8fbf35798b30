import Foundation

/// A parsed search: free words (all must match) and filters.
///
///     返品 from:taro@example.jp channel:instagram status:open tag:gift assignee:hanako
///     before:2026-11-01 after:2026-10-01 is:unread "exact phrase"
public struct SearchQuery: Sendable, Equatable {
    public var words: [String] = []
    public var from: String?
    public var channel: Channel?
    public var statuses: [ConversationStatus] = []
    public var tag: String?
    public var assignee: String?
    public var unassigned = false
    public var before: Date?
    public var after: Date?
    public var unreadOnly = false
    public var text: String

    /// A filter word with a value it does not take. Typed, so the screen can say it in the
    /// user's language; `description` is the English the command line prints.
    public struct ParseError: Error, CustomStringConvertible, Equatable {
        public enum Reason: Sendable, Equatable {
            case channel, status, isWord, date
        }
        public var reason: Reason
        /// The filter as typed ("channel", "before" …) and the value it refused.
        public var key: String
        public var value: String

        public init(_ reason: Reason, key: String, value: String) {
            self.reason = reason
            self.key = key
            self.value = value
        }

        public var description: String {
            switch reason {
            case .channel: return "channel: takes " + Channel.allCases.map(\.rawValue).joined(separator: ", ") + ", not '\(value)'"
            case .status: return "status: takes open, pending or closed, not '\(value)'"
            case .isWord: return "is: takes unread, unassigned, open, pending or closed, not '\(value)'"
            case .date: return "\(key): takes a date like 2026-11-24, not '\(value)'"
            }
        }
    }

    /// `timeZone`: for `before:` and `after:`; the local one when nil, looked up only when a date
    /// is typed (it costs half a millisecond, a fair share of a whole `mado search`).
    public init(_ text: String, timeZone: TimeZone? = nil) throws {
        self.text = text
        for token in SearchQuery.tokens(text) {
            guard !token.quoted, let colon = token.text.firstIndex(of: ":"), colon != token.text.startIndex else {
                words.append(token.text)
                continue
            }
            let key = token.text[..<colon].lowercased()
            let value = String(token.text[token.text.index(after: colon)...])
            switch key {
            case "from": from = value
            case "channel":
                guard let parsed = Channel(rawValue: value.lowercased() == "ig" ? "instagram" : value.lowercased()) else {
                    throw ParseError(.channel, key: key, value: value)
                }
                channel = parsed
            case "status",
                 "is" where ConversationStatus(rawValue: value.lowercased()) != nil:
                guard let parsed = ConversationStatus(rawValue: value.lowercased()) else {
                    throw ParseError(.status, key: key, value: value)
                }
                statuses.append(parsed)
            case "is":
                switch value.lowercased() {
                case "unread": unreadOnly = true
                case "unassigned": unassigned = true
                default: throw ParseError(.isWord, key: key, value: value)
                }
            case "tag": tag = value
            case "assignee": assignee = value
            case "before": before = try SearchQuery.date(value, key: key, timeZone: timeZone)
            case "after": after = try SearchQuery.date(value, key: key, timeZone: timeZone)
            default:
                words.append(token.text)   // "re:" or a URL is just text
            }
        }
    }

    static func date(_ value: String, key: String, timeZone: TimeZone?) throws -> Date {
        let parts = value.split(separator: "-").compactMap { Int($0) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone ?? .current
        guard parts.count == 3, let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])) else {
            throw ParseError(.date, key: key, value: value)
        }
        return date
    }

    struct Token {
        var text: String
        var quoted: Bool
    }

    static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var quoted = false
        var inQuotes = false
        for character in text {
            if character == "\"" {
                if inQuotes {
                    if !current.isEmpty { tokens.append(Token(text: current, quoted: true)) }
                    current = ""
                    inQuotes = false
                } else {
                    if !current.isEmpty { tokens.append(Token(text: current, quoted: quoted)) }
                    current = ""
                    inQuotes = true
                    quoted = true
                }
            } else if (character == " " || character == "\u{3000}") && !inQuotes {
                if !current.isEmpty { tokens.append(Token(text: current, quoted: false)) }
                current = ""
                quoted = false
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append(Token(text: current, quoted: inQuotes)) }
        return tokens
    }
}
