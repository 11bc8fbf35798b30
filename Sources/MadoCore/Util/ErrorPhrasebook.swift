import Foundation

/// An English message built from a template with values in it, and its Japanese. `{}` marks a
/// value in the English; `{1}`, `{2}`… put the same values into the Japanese, in any order.
/// Needed where an error carries a free sentence (`StoreError.invalid`, `ConfigError.message` …)
/// rather than a case per problem. In MadoCore so each channel's folder can hold its own phrases.
public struct ErrorPhrase: Sendable {
    public var english: String
    public var japanese: String

    public init(_ english: String, _ japanese: String) {
        self.english = english
        self.japanese = japanese
    }

    /// The Japanese for `text` when it was made from this phrase's English; nil otherwise.
    public func japanese(for text: String) -> String? {
        let pieces = english.components(separatedBy: "{}")
        let pattern = "^" + pieces.map(NSRegularExpression.escapedPattern(for:)).joined(separator: "(.*?)") + "$"
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        var result = japanese
        // From the last value down, so {1} never eats the start of {12}.
        for index in stride(from: match.numberOfRanges - 1, through: 1, by: -1) {
            guard let range = Range(match.range(at: index), in: text) else { continue }
            result = result.replacingOccurrences(of: "{\(index)}", with: String(text[range]))
        }
        return result
    }
}

public enum ErrorPhrasebook {
    /// The first phrase of `phrases` that `text` was made from, in Japanese.
    public static func japanese(_ text: String, _ phrases: [ErrorPhrase]) -> String? {
        for phrase in phrases {
            if let said = phrase.japanese(for: text) { return said }
        }
        return nil
    }
}
