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
        var grams: [String] = []
        var word = ""
        var run: [Character] = []
        func flushWord() {
            if !word.isEmpty && word.count <= 2 { grams.append(word) }
            word = ""
        }
        func flushRun() {
            for (index, character) in run.enumerated() {
                grams.append(String(character))
                if index + 1 < run.count { grams.append(String(character) + String(run[index + 1])) }
            }
            run = []
        }
        for character in folded {
            if character.isASCII {
                flushRun()
                if character.isLetter || character.isNumber { word.append(character) } else { flushWord() }
            } else if character.isLetter || character.isNumber {
                flushWord()
                run.append(character)
            } else {
                flushWord()
                flushRun()
            }
        }
        flushWord()
        flushRun()
        return grams.joined(separator: " ")
    }
}
