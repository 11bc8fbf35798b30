import Foundation

/// A reply about to leave by mail.
public struct OutgoingMail: Sendable {
    public var from: MailAddress
    public var to: [MailAddress]
    public var cc: [MailAddress] = []
    /// Where the customer's answer should go, when not to From.
    public var replyTo: [MailAddress] = []
    public var subject: String
    public var body: String
    public var messageID: String
    public var date: Date
    public var inReplyTo: String?
    public var references: [String] = []

    public init(from: MailAddress, to: [MailAddress], cc: [MailAddress] = [], subject: String, body: String, messageID: String,
                date: Date, inReplyTo: String? = nil, references: [String] = []) {
        self.from = from
        self.to = to
        self.cc = cc
        self.subject = subject
        self.body = body
        self.messageID = messageID
        self.date = date
        self.inReplyTo = inReplyTo
        self.references = references
    }
}

/// Writes RFC 5322 + MIME mail for `sendmail -t`: UTF-8 text, encoded words for non-ASCII
/// headers folded between characters, no line over 998 octets, and no way for a customer's name or
/// subject to add a header.
public enum MailComposer {
    public static func compose(_ mail: OutgoingMail, timeZone: TimeZone = .current) -> [UInt8] {
        var lines: [String] = []
        lines.append("Date: " + MailDate.format(mail.date, timeZone: timeZone))
        lines.append(addressHeader("From", [mail.from]))
        lines.append(addressHeader("To", mail.to))
        if !mail.cc.isEmpty { lines.append(addressHeader("Cc", mail.cc)) }
        if !mail.replyTo.isEmpty { lines.append(addressHeader("Reply-To", mail.replyTo)) }
        lines.append(textHeader("Subject", mail.subject))
        lines.append("Message-ID: <\(cleanID(mail.messageID))>")
        if let parent = mail.inReplyTo.map(cleanID), !parent.isEmpty {
            lines.append("In-Reply-To: <\(parent)>")
            var references = mail.references.map(cleanID).filter { !$0.isEmpty }
            if references.last != parent { references.append(parent) }
            lines.append(fold("References:", references.map { "<\($0)>" }))
        }
        lines.append("MIME-Version: 1.0")
        lines.append("Content-Type: text/plain; charset=UTF-8")
        let (encoding, body) = encodeBody(mail.body)
        lines.append("Content-Transfer-Encoding: " + encoding)
        lines.append("User-Agent: Madoguchi")
        return Array((lines.joined(separator: "\n") + "\n\n" + body).utf8)
    }

    /// "Re: " once: "Re: Re: x" and "Re: 返信: x" are not stacked.
    public static func replySubject(_ original: String) -> String {
        let key = original.trimmingCharacters(in: .whitespaces)
        let stripped = strippedPrefixes(key)
        return "Re: " + (stripped.isEmpty ? key : stripped)
    }

    static func strippedPrefixes(_ subject: String) -> String {
        // List tags stay: the list expects to see its own tag on a reply.
        String(SubjectNormalizer.stripped(subject[...], lowercased: false, tags: false))
    }

    public static func newMessageID(domain: String) -> String {
        let random = (0..<12).map { _ in String(UInt8.random(in: 0...35), radix: 36) }.joined()
        return "\(Int(Date().timeIntervalSince1970)).\(random)@\(domain.isEmpty ? "madoguchi.invalid" : domain)"
    }

    // MARK: - Headers

    /// Control characters (CR and LF above all) become spaces: data can never start a header.
    static func clean(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) ? " " : Character($0) })
    }

    static func cleanID(_ id: String) -> String {
        clean(id).filter { !$0.isWhitespace && $0 != "<" && $0 != ">" }
    }

    static func cleanAddress(_ address: String) -> String {
        clean(address).filter { !$0.isWhitespace && $0 != "<" && $0 != ">" && $0 != "," && $0 != ";" && $0 != "\"" }
    }

    static func textHeader(_ name: String, _ value: String) -> String {
        let text = clean(value)
        if text.allSatisfy({ $0.isASCII }) { return fold(name + ":", text.split(separator: " ").map(String.init)) }
        return fold(name + ":", encodedWords(text))
    }

    static func addressHeader(_ name: String, _ addresses: [MailAddress]) -> String {
        var words: [String] = []
        for (index, address) in addresses.enumerated() {
            let mailbox = "<" + cleanAddress(address.address) + ">" + (index < addresses.count - 1 ? "," : "")
            if let rawName = address.name.map(clean)?.trimmingCharacters(in: .whitespaces), !rawName.isEmpty {
                if rawName.allSatisfy({ $0.isASCII }) {
                    let specials = "()<>[]:;@\\,.\""
                    words.append(rawName.contains { specials.contains($0) }
                        ? "\"" + rawName.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
                        : rawName)
                } else {
                    words += encodedWords(rawName)
                }
            }
            words.append(mailbox)
        }
        return fold(name + ":", words)
    }

    /// Joins words with spaces, breaking lines before 78 columns where possible.
    static func fold(_ start: String, _ words: [String]) -> String {
        var result = start
        var column = start.count
        for word in words {
            let width = word.utf8.count
            if column + 1 + width > 78 && column > start.count {
                result += "\n "
                column = 1
            } else {
                result += " "
                column += 1
            }
            result += word
            column += width
        }
        return result
    }

    /// RFC 2047 B words, split between characters and never inside one, short enough that a
    /// header line with one of them stays under 78 columns.
    static func encodedWords(_ text: String) -> [String] {
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 36 {
                words.append("=?UTF-8?B?" + TransferEncoding.encodeBase64(chunk, lineLength: 0) + "?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?" + TransferEncoding.encodeBase64(chunk, lineLength: 0) + "?=") }
        return words
    }

    // MARK: - Body

    /// 7bit for plain ASCII, quoted-printable for mostly-Latin text, base64 for the rest.
    static func encodeBody(_ text: String) -> (encoding: String, body: String) {
        var normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        if !normalized.hasSuffix("\n") { normalized += "\n" }
        let bytes = Array(normalized.utf8)
        let nonASCII = bytes.filter { $0 >= 0x80 }.count
        let longestLine = normalized.split(separator: "\n").map { $0.utf8.count }.max() ?? 0
        if nonASCII == 0 && longestLine <= 998 { return ("7bit", normalized) }
        if nonASCII * 10 < bytes.count * 4 { return ("quoted-printable", quotedPrintable(bytes)) }
        return ("base64", TransferEncoding.encodeBase64(bytes) + "\n")
    }

    static func quotedPrintable(_ bytes: [UInt8]) -> String {
        var output = ""
        var line = ""
        func hex(_ byte: UInt8) -> String { String(format: "=%02X", byte) }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                // Trailing blanks would be lost in transit: encode the last one.
                if let last = line.last, last == " " || last == "\t" {
                    line.removeLast()
                    line += hex(last == " " ? 0x20 : 0x09)
                }
                output += line + "\n"
                line = ""
                index += 1
                continue
            }
            let piece = (byte == UInt8(ascii: "=") || byte >= 0x80 || (byte < 0x20 && byte != 0x09)) ? hex(byte) : String(UnicodeScalar(byte))
            if line.count + piece.count > 75 {
                output += line + "=\n"
                line = ""
            }
            line += piece
            index += 1
        }
        if !line.isEmpty { output += line + "=\n" }
        return output
    }
}
