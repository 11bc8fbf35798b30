import Foundation

/// How text is folded for searching, the same way when indexing and when querying: compatibility
/// forms unified (ＡＢＣ１ → ABC1, ｶﾀｶﾅ → カタカナ) and Latin case ignored.
public enum SearchText {
    public static func fold(_ text: String) -> String {
        // Compatibility mapping is costly and only matters for a few blocks (full-width and
        // half-width forms, circled and squared letters, ligatures): skip it when none is present.
        if !text.unicodeScalars.contains(where: needsCompatibilityMapping) { return text.lowercased() }
        // NFKC turns ｽﾞ into ス + a combining voiced mark; composing again makes it ズ, as typed
        // (Foundation on Linux leaves the pair apart, and SQLite compares code points).
        return text.precomposedStringWithCompatibilityMapping.precomposedStringWithCanonicalMapping.lowercased()
    }

    static func needsCompatibilityMapping(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00A0...0x00BF, 0x2000...0x206F, 0x2100...0x218F, 0x2460...0x24FF, 0x2F00...0x2FDF, 0x3200...0x33FF,
             0xF900...0xFAFF, 0xFB00...0xFB4F, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x1D400...0x1D7FF, 0x1F100...0x1F2FF:
            return true
        default:
            return false
        }
    }

    /// Words too short for the trigram index (one or two characters, as Japanese words often are)
    /// are found through a second index of single characters and pairs of adjacent characters.
    /// Latin words of one or two letters go in whole (longer ones are the trigram index's work);
    /// runs of other scripts as every 1- and 2-character gram.
    public static func shortGrams(_ folded: String) -> String {
        // Grams are written as UTF-8 bytes: appending to a String costs far more per gram, and a
        // Japanese mail has a few thousand grams. Every gram is a stretch of the text itself (a
        // word, a character, or two neighbouring characters), so it is copied as bytes.
        let utf8 = folded.utf8
        var grams: [UInt8] = []
        grams.reserveCapacity(utf8.count * 3)
        func emit(_ range: Range<String.Index>) {
            if !grams.isEmpty { grams.append(0x20) }
            grams.append(contentsOf: utf8[range])
        }
        // The word is ASCII only; two characters at most count.
        var wordStart = utf8.startIndex, wordLength = 0
        var run: [Range<String.Index>] = []
        func flushWord() {
            if wordLength > 0 && wordLength <= 2 { emit(wordStart..<utf8.index(wordStart, offsetBy: wordLength)) }
            wordLength = 0
        }
        func flushRun() {
            for (index, character) in run.enumerated() {
                emit(character)
                if index + 1 < run.count { emit(character.lowerBound..<run[index + 1].upperBound) }
            }
            run.removeAll(keepingCapacity: true)
        }
        // Byte by byte while the text is ASCII (an ASCII byte followed by another is a character of
        // its own: only CR LF joins, and both are separators); a whole character otherwise.
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            let after = utf8.index(after: index)
            if byte < 0x80 && (after == utf8.endIndex || utf8[after] < 0x80) {
                flushRun()
                if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) {
                    if wordLength == 0 { wordStart = index }
                    wordLength += 1
                } else {
                    flushWord()
                }
                index = after
                continue
            }
            let character = folded[index...].first!
            let start = index
            index = utf8.index(index, offsetBy: character.utf8.count)
            if character.isASCII {
                flushRun()
                if character.isLetter || character.isNumber {
                    if wordLength == 0 { wordStart = start }
                    wordLength += character.utf8.count
                } else {
                    flushWord()
                }
            } else if character.isLetter || character.isNumber {
                flushWord()
                run.append(start..<index)
            } else {
                flushWord()
                flushRun()
            }
        }
        flushWord()
        flushRun()
        return String(decoding: grams, as: UTF8.self)
    }
}
