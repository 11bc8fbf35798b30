import Foundation

/// Customer satisfaction: the line a closing reply may end with, and reading a customer's answer
/// that is nothing but a rating.
public enum CSAT {
    public static let requestEnglish = "Reply with a number from 1 to 5 (5 is best) to tell us how we did."
    public static let requestJapanese = "今回の対応はいかがでしたか。1〜5の数字でご返信ください（5が最高です）。"

    /// The request in the reply's language: Japanese when the reply has kana or kanji.
    public static func request(for body: String) -> String {
        body.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) }
            ? requestJapanese : requestEnglish
    }

    /// The reply with the request added after the text, before an email signature ("-- ") or an
    /// Instagram sign-off the builder adds later. Unchanged when it already asks.
    public static func addingRequest(to body: String) -> String {
        guard !asksForRating(body) else { return body }
        let line = request(for: body)
        if let range = body.range(of: "\n-- \n") {
            let text = body[..<range.lowerBound].trimmingCharacters(in: .newlines)
            return text + "\n\n" + line + "\n" + body[range.lowerBound...]
        }
        return body.trimmingCharacters(in: .newlines) + "\n\n" + line
    }

    /// Whether a reply's text carries the request (it is what the customer saw).
    public static func asksForRating(_ text: String) -> Bool {
        text.contains(requestEnglish) || text.contains(requestJapanese)
    }

    /// 1…5 when the customer's answer is just a rating: "4", "５", "5!", "4です", "★★★★", "★★★☆☆",
    /// "4/5". Quoted text and the quote's header line below the answer are ignored. Anything more
    /// ("4 but the box was damaged") is a message, not a rating, and reopens as usual.
    public static func rating(in text: String) -> Int? {
        // Line by line, and no further than a second line of answer: every mail into a closed
        // conversation is asked, and a long mail is not a rating by its second line.
        var answer: String?
        var rest = text[...]
        while !rest.isEmpty {
            let end = rest.firstIndex(of: "\n") ?? rest.endIndex
            let line = rest[..<end].trimmingWhitespace()
            rest = end == rest.endIndex ? rest[end...] : rest[rest.index(after: end)...]
            if line.hasPrefix(">") || line.hasPrefix("-- ") || line == "--" || line.hasSuffix("wrote:") || line.contains("書きました") { break }
            if line.isEmpty { continue }
            if answer != nil { return nil }
            answer = line
        }
        guard let answer else { return nil }
        var token = answer.precomposedStringWithCompatibilityMapping   // ５ → 5, ！ → !
        for suffix in ["です。", "です", "点です", "点", "/5", "!", ".", "。", "!", "~"] {
            while token.hasSuffix(suffix) { token = String(token.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces) }
        }
        if let digit = Int(token), (1...5).contains(digit), token.count == 1 { return digit }
        let stars = token.filter { $0 == "★" }.count
        if !token.isEmpty, token.allSatisfy({ $0 == "★" || $0 == "☆" }), (1...5).contains(stars), token.count <= 5 { return stars }
        return nil
    }
}
