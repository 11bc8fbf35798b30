/// RFC 2047 encoded words in headers (`=?ISO-2022-JP?B?GyRC...?=`). Adjacent words of one charset
/// are joined as bytes before decoding, because Outlook splits a multibyte character across two.
enum EncodedWord {
    struct Word {
        var charset: String
        var bytes: [UInt8]
    }

    /// Decodes every encoded word in a header value; whitespace between adjacent words is dropped.
    static func decode(_ value: String) -> (text: String, warnings: [String]) {
        guard value.containsASCII("=?") else { return (value, []) }
        let scalars = Array(value.utf8)
        var result = ""
        var warnings: [String] = []
        var pending: Word?
        var gap = ""   // whitespace seen after a word, dropped if another word follows
        var index = 0
        func flush() {
            guard let word = pending else { return }
            let decoded = Charset.decode(word.bytes, charset: word.charset)
            result += decoded.text
            if let warning = decoded.warning { warnings.append(warning) }
            pending = nil
        }
        while index < scalars.count {
            if let (word, end) = parseWord(scalars, at: index) {
                if let current = pending, Charset.normalize(current.charset) == Charset.normalize(word.charset) {
                    pending!.bytes += word.bytes
                } else {
                    flush()
                    pending = word
                }
                gap = ""
                index = end
                continue
            }
            let byte = scalars[index]
            if pending != nil && (byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D) {
                gap.append(Character(Unicode.Scalar(byte)))
                index += 1
                continue
            }
            flush()
            result += gap
            gap = ""
            // Copy one UTF-8 character through.
            var end = index + 1
            while end < scalars.count && scalars[end] & 0xC0 == 0x80 { end += 1 }
            result += String(decoding: scalars[index..<end], as: UTF8.self)
            index = end
        }
        flush()
        result += gap
        return (result, warnings)
    }

    /// `=?charset?B|Q?text?=` at `start`, or nil.
    static func parseWord(_ bytes: [UInt8], at start: Int) -> (Word, Int)? {
        guard start + 1 < bytes.count, bytes[start] == UInt8(ascii: "="), bytes[start + 1] == UInt8(ascii: "?") else { return nil }
        var index = start + 2
        let charsetStart = index
        while index < bytes.count && bytes[index] != UInt8(ascii: "?") {
            if bytes[index] == 0x20 || index - charsetStart > 40 { return nil }
            index += 1
        }
        guard index + 2 < bytes.count, bytes[index + 2] == UInt8(ascii: "?") else { return nil }
        let charset = String(decoding: bytes[charsetStart..<index], as: UTF8.self)
        let encoding = bytes[index + 1] | 0x20
        guard encoding == UInt8(ascii: "b") || encoding == UInt8(ascii: "q") else { return nil }
        let textStart = index + 3
        var end = textStart
        while end + 1 < bytes.count && !(bytes[end] == UInt8(ascii: "?") && bytes[end + 1] == UInt8(ascii: "=")) {
            if bytes[end] == 0x20 && encoding == UInt8(ascii: "q") { return nil }
            end += 1
        }
        guard end + 1 < bytes.count else { return nil }
        let text = bytes[textStart..<end]
        let decoded = encoding == UInt8(ascii: "b") ? TransferEncoding.base64(text).bytes
            : TransferEncoding.quotedPrintable(Array(text), underscoreIsSpace: true)
        return (Word(charset: charset, bytes: decoded), end + 2)
    }
}
