import Foundation

/// HTML-only mail made readable: no script or style, entities decoded, blocks as line breaks,
/// list items as bullets, links kept as text.
enum HTMLText {
    static let blocks: Set<String> = ["p", "div", "br", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "ul", "ol",
                                      "hr", "pre", "section", "article", "header", "footer", "address", "center", "dd", "dt", "dl", "title"]
    static let hidden: Set<String> = ["script", "style", "head", "noscript", "template", "svg", "object"]

    static func convert(_ html: String) -> String {
        var output = ""
        let characters = Array(html)
        var index = 0
        var hiddenUntil: String?
        var link: String?
        var linkText = ""
        func emit(_ text: String) {
            output += text
            if link != nil { linkText += text }
        }
        while index < characters.count {
            let character = characters[index]
            if character == "<" {
                if characters[index...].starts(with: Array("<!--")) {
                    var end = index + 4
                    while end + 2 < characters.count && !(characters[end] == "-" && characters[end + 1] == "-" && characters[end + 2] == ">") { end += 1 }
                    index = end + 3
                    continue
                }
                var end = index + 1
                var quote: Character?
                while end < characters.count {
                    let c = characters[end]
                    if let q = quote { if c == q { quote = nil } } else if c == "\"" || c == "'" { quote = c } else if c == ">" { break }
                    end += 1
                }
                let tag = String(characters[(index + 1)..<min(end, characters.count)])
                index = end + 1
                let closing = tag.hasPrefix("/")
                let name = tag.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }).lowercased()
                if let waiting = hiddenUntil {
                    if closing && name == waiting { hiddenUntil = nil }
                    continue
                }
                if hidden.contains(name) && !closing && !tag.hasSuffix("/") {
                    hiddenUntil = name
                    continue
                }
                if name == "a" {
                    if closing, let href = link {
                        let shown = linkText.trimmingCharacters(in: .whitespacesAndNewlines)
                        if !href.isEmpty && shown != href && !href.hasPrefix("#") && !href.lowercased().hasPrefix("javascript:") {
                            output += " <\(href)>"
                        }
                        link = nil
                    } else if !closing {
                        link = attribute("href", in: tag).map(decodeEntities) ?? ""
                        linkText = ""
                    }
                    continue
                }
                if name == "li" && !closing { output += "\n• "; continue }
                if name == "img" && !closing, let alt = attribute("alt", in: tag), !alt.isEmpty { emit("[\(decodeEntities(alt))]") }
                if name == "td" || name == "th" { output += " " }
                if blocks.contains(name) { output += "\n" }
                if name == "p" || name == "blockquote" || (name.count == 2 && name.hasPrefix("h")) { output += "\n" }
                continue
            }
            if hiddenUntil != nil {
                index += 1
                continue
            }
            var end = index
            while end < characters.count && characters[end] != "<" { end += 1 }
            let raw = String(characters[index..<end])
            // HTML whitespace (including source line breaks) is one space.
            let collapsed = raw.replacingOccurrences(of: "[ \t\r\n]+", with: " ", options: .regularExpression)
            emit(decodeEntities(collapsed))
            index = end
        }
        return tidy(output)
    }

    /// Trims each line and allows at most one blank line in a row.
    static func tidy(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.replacingOccurrences(of: "\u{00A0}", with: " ").trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty && (lines.last?.isEmpty ?? true) { continue }
            lines.append(trimmed)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    static func attribute(_ name: String, in tag: String) -> String? {
        guard let range = tag.range(of: name + "=", options: .caseInsensitive) else { return nil }
        var rest = tag[range.upperBound...]
        if let quote = rest.first, quote == "\"" || quote == "'" {
            rest = rest.dropFirst()
            return String(rest.prefix(while: { $0 != quote }))
        }
        return String(rest.prefix(while: { $0 != " " && $0 != ">" }))
    }

    static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "copy": "©", "reg": "®", "trade": "™",
        "yen": "¥", "euro": "€", "pound": "£", "cent": "¢", "hellip": "…", "mdash": "—", "ndash": "–", "lsquo": "‘", "rsquo": "’",
        "ldquo": "“", "rdquo": "”", "laquo": "«", "raquo": "»", "middot": "·", "bull": "•", "times": "×", "divide": "÷",
        "deg": "°", "plusmn": "±", "para": "¶", "sect": "§", "shy": "", "zwnj": "", "zwj": "", "ensp": " ", "emsp": " ",
        "thinsp": " ", "iexcl": "¡", "iquest": "¿", "auml": "ä", "ouml": "ö", "uuml": "ü", "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü",
        "szlig": "ß", "eacute": "é", "egrave": "è", "ecirc": "ê", "aacute": "á", "agrave": "à", "acirc": "â", "ccedil": "ç",
        "ntilde": "ñ", "oacute": "ó", "uacute": "ú", "iacute": "í", "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓",
        "hearts": "♥", "star": "☆", "check": "✓",
    ]

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var output = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            guard character == "&", let semicolon = text[index...].prefix(12).firstIndex(of: ";") else {
                output.append(character)
                index = text.index(after: index)
                continue
            }
            let name = String(text[text.index(after: index)..<semicolon])
            var replacement: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X"), let value = UInt32(name.dropFirst(2), radix: 16) {
                replacement = Unicode.Scalar(value).map { String(Character($0)) }
            } else if name.hasPrefix("#"), let value = UInt32(name.dropFirst()) {
                replacement = Unicode.Scalar(value).map { String(Character($0)) }
            } else {
                replacement = entities[name]
            }
            if let replacement {
                output += replacement
                index = text.index(after: semicolon)
            } else {
                output.append(character)
                index = text.index(after: index)
            }
        }
        return output
    }
}
