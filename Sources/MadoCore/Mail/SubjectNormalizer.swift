import Foundation

/// The part of a subject that stays the same across a thread: reply and forward prefixes in the
/// languages our customers' mailers use (Re:, RE:, Fwd:, FW:, AW:, WG:, SV:, 返信:, 転送:, Re[2]:,
/// 答复:, 回复:), and list tags like [shop], stripped however often they repeat.
public enum SubjectNormalizer {
    static let prefixes = ["re", "fwd", "fw", "aw", "wg", "sv", "vs", "tr", "rv", "antw", "返信", "転送", "答复", "回复", "回覆", "轉寄"]

    public static func threadKey(_ subject: String) -> String {
        // Stored subjects are cleaned; a new mail's subject must be compared the same way.
        let folded = SearchText.fold(CustomerText.line(subject))
        return stripped(folded[...], lowercased: true).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `subject` without its leading prefixes and tags. Works on one Substring, moving its start:
    /// making a new String per prefix is quadratic on "Re: Re: Re: …" a megabyte long.
    /// `lowercased` says the text is already folded, so prefixes match as they are.
    static func stripped(_ subject: Substring, lowercased: Bool, tags: Bool = true) -> Substring {
        var text = trimmed(subject)
        var changed = true
        while changed {
            changed = false
            if tags, text.hasPrefix("["), let close = text.firstIndex(of: "]") {
                text = trimmed(text[text.index(after: close)...])
                changed = true
                continue
            }
            for prefix in prefixes where hasPrefix(text, prefix, lowercased: lowercased) {
                var rest = text.dropFirst(prefix.count)
                // Re[2]: and Re^2:
                if rest.first == "[" { rest = rest.drop(while: { $0 != "]" }).dropFirst() } else if rest.first == "^" { rest = rest.drop(while: { $0 != ":" }) }
                if rest.first == ":" || rest.first == "：" {
                    text = trimmed(rest.dropFirst())
                    changed = true
                    break
                }
            }
        }
        return text
    }

    static func hasPrefix(_ text: Substring, _ prefix: String, lowercased: Bool) -> Bool {
        lowercased ? text.hasPrefix(prefix) : text.prefix(prefix.count).lowercased() == prefix
    }

    static func trimmed(_ text: Substring) -> Substring {
        let start = text.firstIndex { !$0.isWhitespace } ?? text.endIndex
        var end = text.endIndex
        while end > start, text[text.index(before: end)].isWhitespace { end = text.index(before: end) }
        return text[start..<end]
    }
}
