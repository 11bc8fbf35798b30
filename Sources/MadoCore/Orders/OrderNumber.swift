import Foundation

/// Order numbers as customers write them: `#1042`, `＃１０４２`, `注文番号1042`, `ご注文番号：1042`,
/// `order 1042`, `Order #1042`, `order no. 1042`. Found as the shop's order name, "#1042".
public enum OrderNumber {
    // Three digits or more: "#1" is a ranking, not an order (Shopify starts at #1001).
    private static let pattern = try! NSRegularExpression(
        pattern: #"(?:(?<![0-9A-Za-z&])#|注文番号\s*(?:[:は]\s*)?#?|\border\s*(?:(?:no\.?|number|num\.?)\s*)?[:]?\s*#?)\s*([0-9]{3,10})(?![0-9])"#,
        options: [.caseInsensitive])

    /// Every order name in the text, in order of appearance, each once.
    public static func find(in text: String) -> [String] {
        let folded = halfWidth(text)
        var names: [String] = []
        for match in pattern.matches(in: folded, range: NSRange(folded.startIndex..., in: folded)) {
            guard let range = Range(match.range(at: 1), in: folded) else { continue }
            let name = "#" + folded[range]
            if !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// Full-width digits, ＃ and ： as their ASCII selves, so one pattern reads both.
    static func halfWidth(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            switch scalar.value {
            case 0xFF10...0xFF19, 0xFF03, 0xFF1A: return Unicode.Scalar(scalar.value - 0xFEE0)!
            default: return scalar
            }
        }))
    }
}
