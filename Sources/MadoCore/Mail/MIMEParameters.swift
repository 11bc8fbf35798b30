import Foundation

/// A Content-Type or Content-Disposition value: `text/plain; charset="utf-8"`, with RFC 2231
/// parameters (`filename*0*=UTF-8''%E8%...; filename*1*=...`) put back together and decoded.
struct MIMEParameters {
    var value: String
    var parameters: [String: String] = [:]

    init(_ header: String?) {
        guard let header else {
            value = ""
            return
        }
        let parts = MIMEParameters.split(header)
        value = (parts.first ?? "").trimmingWhitespace().lowercased()
        var continued: [String: [(Int, String, Bool)]] = [:]
        for part in parts.dropFirst() {
            guard let equals = part.firstIndex(of: "=") else { continue }
            var name = part[..<equals].trimmingWhitespace().lowercased()
            var raw = part[part.index(after: equals)...].trimmingWhitespace()
            if raw.hasPrefix("\""), raw.hasSuffix("\""), raw.count >= 2 {
                raw = String(raw.dropFirst().dropLast()).replacingASCII("\\\"", with: "\"").replacingASCII("\\\\", with: "\\")
            }
            let extended = name.hasSuffix("*")
            if extended { name.removeLast() }
            if let star = name.lastIndex(of: "*"), let number = Int(name[name.index(after: star)...]) {
                continued[String(name[..<star]), default: []].append((number, raw, extended))
            } else if extended {
                parameters[name] = MIMEParameters.decode2231([(0, raw, true)])
            } else if parameters[name] == nil {
                parameters[name] = EncodedWord.decode(raw).text
            }
        }
        for (name, pieces) in continued {
            parameters[name] = MIMEParameters.decode2231(pieces.sorted { $0.0 < $1.0 })
        }
    }

    subscript(name: String) -> String? { parameters[name] }

    /// Splits on semicolons outside quotes.
    static func split(_ header: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        for character in header {
            if escaped { current.append(character); escaped = false; continue }
            if character == "\\" && quoted { current.append(character); escaped = true; continue }
            if character == "\"" { quoted.toggle() }
            if character == ";" && !quoted {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts
    }

    /// `charset'lang'%E8%8A%B1` pieces → text. Only the first piece names the charset.
    static func decode2231(_ pieces: [(Int, String, Bool)]) -> String {
        var charset = "us-ascii"
        var bytes: [UInt8] = []
        for (index, piece) in pieces.enumerated() {
            var text = Substring(piece.1)
            if index == 0 && piece.2 {
                let fields = text.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
                if fields.count == 3 {
                    charset = fields[0].isEmpty ? "us-ascii" : String(fields[0])
                    text = fields[2]
                }
            }
            if piece.2 {
                var utf8 = Array(text.utf8)[...]
                while let byte = utf8.popFirst() {
                    if byte == UInt8(ascii: "%"), utf8.count >= 2, let high = TransferEncoding.hex(utf8[utf8.startIndex]),
                       let low = TransferEncoding.hex(utf8[utf8.startIndex + 1]) {
                        bytes.append(high << 4 | low)
                        utf8.removeFirst(2)
                    } else {
                        bytes.append(byte)
                    }
                }
            } else {
                bytes += Array(text.utf8)
            }
        }
        return Charset.decode(bytes, charset: charset).text
    }
}
