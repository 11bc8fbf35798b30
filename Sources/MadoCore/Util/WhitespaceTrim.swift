import Foundation

/// `trimmingCharacters(in: .whitespaces)` and `(in: .whitespacesAndNewlines)` with the same result,
/// without Foundation's round trip through a UTF-16 NSString and back (on Linux that copy was a
/// tenth of an import's time). Both sets hold single BMP scalars only, so trimming scalar by scalar
/// at the ends removes exactly what Foundation removes.
extension StringProtocol {
    func trimmingWhitespace() -> String { trimmingScalars(in: .whitespaces) }

    func trimmingWhitespaceAndNewlines() -> String { trimmingScalars(in: .whitespacesAndNewlines) }

    func trimmingScalars(in set: CharacterSet) -> String {
        let scalars = Substring(self).unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, set.contains(scalars[start]) { start = scalars.index(after: start) }
        while end > start, set.contains(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(Substring(scalars[start..<end]))
    }
}
