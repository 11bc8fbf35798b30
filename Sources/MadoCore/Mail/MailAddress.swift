import Foundation

/// A mailbox: an optional display name and an address.
public struct MailAddress: Sendable, Equatable {
    public var name: String?
    public var address: String

    public init(name: String? = nil, address: String) {
        self.name = name
        self.address = address
    }

    /// Parses an address list header: display names (quoted, encoded, or bare), comments, angle
    /// addresses, bare addresses, and groups (`team: a@x, b@y;`, `undisclosed-recipients:;`).
    public static func list(_ header: String) -> [MailAddress] {
        var ignored: [String] = []
        return list(header, warnings: &ignored)
    }

    public static func list(_ header: String, warnings: inout [String]) -> [MailAddress] {
        var result: [MailAddress] = []
        var item = ""
        var comment = ""
        var depth = 0
        var quoted = false
        var angle = false
        var escaped = false
        func finish() {
            if let address = parse(item, comment: comment) { result.append(address) }
            item = ""
            comment = ""
        }
        for character in header {
            if escaped {
                if depth > 0 { comment.append(character) } else { item.append(character) }
                escaped = false
                continue
            }
            if character == "\\" && (quoted || depth > 0) {
                escaped = true
                continue
            }
            if depth > 0 {
                if character == "(" { depth += 1 }
                if character == ")" { depth -= 1; if depth == 0 { comment.append(" "); continue } }
                comment.append(character)
                continue
            }
            if quoted {
                if character == "\"" { quoted = false }
                item.append(character)
                continue
            }
            switch character {
            case "\"": quoted = true; item.append(character)
            case "(": depth = 1
            case "<": angle = true; item.append(character)
            case ">": angle = false; item.append(character)
            case "," where !angle, ";" where !angle: finish()
            case ":" where !angle:
                // A group's name is not an address: drop it, keep its members.
                item = ""
                comment = ""
            default: item.append(character)
            }
        }
        finish()
        return result
    }

    static func parse(_ raw: String, comment: String) -> MailAddress? {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        let note = comment.trimmingCharacters(in: .whitespacesAndNewlines)
        if let open = text.lastIndex(of: "<") {
            let close = text[open...].firstIndex(of: ">") ?? text.endIndex
            let address = text[text.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
            var name = String(text[..<open]).trimmingCharacters(in: .whitespaces)
            if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 { name = String(name.dropFirst().dropLast()) }
            name = EncodedWord.decode(name).text.trimmingCharacters(in: .whitespaces)
            if name.isEmpty { name = EncodedWord.decode(note).text }
            guard !address.isEmpty else { return nil }
            return MailAddress(name: name.isEmpty ? nil : name, address: address)
        }
        guard !text.isEmpty, text.contains("@") || !text.contains(" ") else { return nil }
        // Old style: "taro@example.jp (Taro Yamada)".
        let name = EncodedWord.decode(note).text
        return MailAddress(name: name.isEmpty ? nil : name, address: text.replacingOccurrences(of: " ", with: ""))
    }
}
