import Foundation

/// Reading a customer's message for evidence of who they are: the body apart from quoted lines,
/// the signature apart from the body, and the email addresses written in either.
public enum MessageEvidence {
    private static let address = try! NSRegularExpression(pattern: #"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"#)

    /// The body (without quoted "> " lines, which are usually our own words) and the signature:
    /// what follows the "-- " delimiter, else the last three non-empty lines.
    public static func split(_ text: String) -> (body: String, signature: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix(">") }
        if let delimiter = lines.lastIndex(where: { $0 == "-- " || $0 == "--" }) {
            return (lines[..<delimiter].joined(separator: "\n"), lines[(delimiter + 1)...].joined(separator: "\n"))
        }
        let filled = lines.indices.filter { !lines[$0].trimmingCharacters(in: .whitespaces).isEmpty }
        guard filled.count > 3, let start = filled.suffix(3).first else { return (lines.joined(separator: "\n"), "") }
        return (lines[..<start].joined(separator: "\n"), lines[start...].joined(separator: "\n"))
    }

    /// Email addresses in the text, each once, in order of appearance.
    public static func emailAddresses(in text: String) -> [String] {
        var found: [String] = []
        for match in address.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let range = Range(match.range, in: text) else { continue }
            let value = String(text[range]).trimmingCharacters(in: CharacterSet(charactersIn: "."))
            if !found.contains(where: { $0.caseInsensitiveCompare(value) == .orderedSame }) { found.append(value) }
        }
        return found
    }
}
