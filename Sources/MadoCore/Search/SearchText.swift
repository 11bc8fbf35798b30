import Foundation

/// How text is folded for searching, the same way when indexing and when querying: compatibility
/// forms unified (ＡＢＣ１ → ABC1, ｶﾀｶﾅ → カタカナ) and Latin case ignored.
public enum SearchText {
    public static func fold(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.lowercased()
    }

    /// Words too short for the trigram index (one or two characters, as Japanese words often are)
    /// are found through a second index of single characters and pairs of adjacent characters.
    /// Latin words go in whole; runs of other scripts as every 1- and 2-character gram.
    public static func shortGrams(_ folded: String) -> String {
        var grams: [String] = []
        var word = ""
        var run: [Character] = []
        func flushWord() {
            if !word.isEmpty { grams.append(word) }
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
