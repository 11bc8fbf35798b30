/// Two small text operations of the query side, in the standard library. Foundation's
/// `trimmingCharacters(in: .whitespaces)` and `replacingOccurrences(of:with:)` go through NSString
/// and look Foundation's types up at run time: about half a millisecond of a `mado search` process.
extension String {
    /// Without leading and trailing whitespace, as Foundation's `CharacterSet.whitespaces` has it:
    /// tab, the Unicode space separators (Zs) and U+200B, as CoreFoundation counts them.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !Self.isWhitespace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !Self.isWhitespace($0) })!
        return String(scalars[first...last])
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Every `"` doubled (as an SQL or FTS5 string wants), code point by code point.
    var doublingQuotes: String {
        guard unicodeScalars.contains("\"") else { return self }
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            result.append(scalar)
            if scalar == "\"" { result.append(scalar) }
        }
        return String(result)
    }
}
