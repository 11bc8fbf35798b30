import Foundation

/// The part of a subject that stays the same across a thread: reply and forward prefixes in the
/// languages our customers' mailers use (Re:, RE:, Fwd:, FW:, AW:, WG:, SV:, 返信:, 転送:, Re[2]:,
/// 答复:, 回复:), and list tags like [shop], stripped however often they repeat.
public enum SubjectNormalizer {
    static let prefixes = ["re", "fwd", "fw", "aw", "wg", "sv", "vs", "tr", "rv", "antw", "返信", "転送", "答复", "回复", "回覆", "轉寄"]

    public static func threadKey(_ subject: String) -> String {
        // Stored subjects are cleaned; a new mail's subject must be compared the same way.
        var text = SearchText.fold(CustomerText.line(subject)).trimmingCharacters(in: .whitespaces)
        var changed = true
        while changed {
            changed = false
            if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
                text = String(text[text.index(after: close)...]).trimmingCharacters(in: .whitespaces)
                changed = true
                continue
            }
            for prefix in prefixes where text.hasPrefix(prefix) {
                var rest = text.dropFirst(prefix.count)
                // Re[2]: and Re^2:
                if rest.first == "[" { rest = rest.drop(while: { $0 != "]" }).dropFirst() } else if rest.first == "^" { rest = rest.drop(while: { $0 != ":" }) }
                if rest.first == ":" || rest.first == "：" {
                    text = String(rest.dropFirst()).trimmingCharacters(in: .whitespaces)
                    changed = true
                    break
                }
            }
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
