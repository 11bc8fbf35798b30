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

    /// The same, saying what was left out. One mailbox has one address: a second `<…>` after the
    /// first is ignored with a warning, so the address we show is the one a reply goes to.
    public static func list(_ header: String, warnings: inout [String]) -> [MailAddress] {
        var result: [MailAddress] = []
        var phrase = ""            // the display name, or a bare address
        var angle: String?         // inside the first <…>
        var comment = ""
        var depth = 0
        var quoted = false
        var inAngle = false
        var extraAngle = false     // inside a second <…>, which is dropped
        var escaped = false
        var inGroup = false
        func finish() {
            if var address = make(phrase: phrase, angle: angle, comment: comment) {
                // `"a <b8@x>" <bcc@evil>`: a name dressed as another address. The brackets go, so
                // no screen can draw a second <address>, and the mail says where replies go.
                if let name = address.name, name.containsByte(UInt8(ascii: "@")) || name.containsByte(UInt8(ascii: "<")) || name.containsByte(UInt8(ascii: ">")) {
                    let plain = name.filter { $0 != "<" && $0 != ">" }
                    if plain.lowercased() != address.address.lowercased() && plain.containsByte(UInt8(ascii: "@")) {
                        warnings.append("the display name \"\(plain.prefix(80))\" looks like another address; replies go to <\(address.address)>")
                    }
                    address.name = plain
                }
                result.append(address)
            }
            phrase = ""
            angle = nil
            comment = ""
        }
        // A comma or semicolon before any address is part of an unquoted display name
        // (`Doe; John <john@x>`): splitting there would make "Doe" a recipient.
        func endsMailbox() -> Bool { angle != nil || phrase.containsByte(UInt8(ascii: "@")) || phrase.allSatisfy(\.isWhitespace) }
        // Scalar by scalar: every character that means something here is ASCII, and appending
        // scalars costs a fraction of appending grapheme clusters.
        for character in header.unicodeScalars {
            if escaped {
                if depth > 0 { comment.unicodeScalars.append(character) } else { phrase.unicodeScalars.append(character) }
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
                comment.unicodeScalars.append(character)
                continue
            }
            if quoted {
                if character == "\"" { quoted = false } else { phrase.unicodeScalars.append(character) }
                continue
            }
            if inAngle {
                if character == ">" {
                    inAngle = false
                    extraAngle = false
                } else if !extraAngle {
                    angle?.unicodeScalars.append(character)
                }
                continue
            }
            switch character {
            case "\"": quoted = true
            case "(": depth = 1
            case "<":
                inAngle = true
                if let first = angle {
                    extraAngle = true
                    warnings.append("a second <address> in one mailbox was ignored; replies go to <\(first.trimmingCharacters(in: .whitespaces))>")
                } else {
                    angle = ""
                }
            case "," where endsMailbox() || inGroup:
                finish()
            case ";" where endsMailbox() || inGroup:
                finish()
                inGroup = false
            case ":" where angle == nil:
                // A group's name is not an address: drop it, keep its members.
                phrase = ""
                comment = ""
                inGroup = true
            default:
                // Text after the address (`a <b@x> junk`) is not part of the name.
                if angle == nil { phrase.unicodeScalars.append(character) }
            }
        }
        finish()
        return result
    }

    static func make(phrase: String, angle: String?, comment: String) -> MailAddress? {
        let text = phrase.trimmingWhitespaceAndNewlines()
        let note = comment.trimmingWhitespaceAndNewlines()
        if let angle {
            let address = angle.filter { !$0.isWhitespace }
            var name = EncodedWord.decode(text).text.trimmingWhitespace()
            if name.isEmpty { name = EncodedWord.decode(note).text }
            guard !address.isEmpty else { return nil }
            return MailAddress(name: name.isEmpty ? nil : name, address: address)
        }
        // Without <…>, a mailbox is a bare address; a word without "@" is no recipient.
        guard text.containsByte(UInt8(ascii: "@")) else { return nil }
        // Old style: "taro@example.jp (Taro Yamada)".
        let name = EncodedWord.decode(note).text
        return MailAddress(name: name.isEmpty ? nil : name, address: text.filter { !$0.isWhitespace })
    }
}
