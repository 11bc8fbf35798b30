import Foundation

/// How a search walk checks one conversation for one word.
///
/// The full-text indexes answer "which messages hold this word" for the whole store at once: cheap
/// for a rare word, but a common one ("my order") has tens of thousands of messages to list before
/// the first is looked at. A walk that stops after a page needs only a yes or no for each
/// conversation it passes, and the index tables keep each message's folded text, where the word
/// is a plain substring. So a word whose index match means exactly "this substring of the folded
/// text" is checked there, message by message; other words use the index's list.
enum WordCheck {
    /// The folded word, found with `instr` in the stored folded subject, text and people.
    case substring(String)
    /// Any message whose id is in the index's match list.
    case indexed(sql: String, binding: SQLValue)

    init?(_ word: String) {
        let folded = SearchText.fold(word).trimmingWhitespace
        guard !folded.isEmpty else { return nil }
        if WordCheck.isPlainSubstring(folded) {
            self = .substring(folded)
        } else {
            guard let condition = SearchIndex.messageCondition(for: word) else { return nil }
            self = .indexed(sql: condition.sql, binding: condition.binding)
        }
    }

    /// Three characters or more go to the trigram index, whose phrase match is a substring match
    /// of the folded text. One or two go to the index of short grams, which is a substring match
    /// only for letters and digits outside ASCII (Japanese words); short Latin words are whole
    /// words there, and signs are not indexed at all.
    ///
    /// The index also folds case itself, a little further than `SearchText.fold` (σ and ς are one
    /// letter to it), so only words in ASCII or in scripts without case take the substring way.
    /// (The one letter it folds into ASCII that the stored text keeps is the long ſ.)
    static func isPlainSubstring(_ folded: String) -> Bool {
        guard folded.unicodeScalars.allSatisfy(hasNoFurtherFolding) else { return false }
        if folded.count >= 3 { return true }
        return folded.allSatisfy { !$0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    /// ASCII, and the Japanese, Chinese and Korean blocks, where the index's case folding changes nothing.
    static func hasNoFurtherFolding(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0x3000...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF:
            return true
        default:
            return false
        }
    }

    /// The condition that conversation `alias` has a message with this word, and its bindings.
    func conversationCondition(alias: String) -> (sql: String, bindings: [SQLValue]) {
        switch self {
        case .substring(let folded):
            // The trigram table's own content table (`search_trigram_content`: c0 subject,
            // c1 body, c2 people) is read directly: one B-tree lookup per message, no full-text cursor.
            return ("""
                EXISTS (SELECT 1 FROM messages m JOIN search_trigram_content t ON t.id = m.id WHERE m.conversation_id = \(alias).id \
                AND (instr(t.c1, ?) OR instr(t.c0, ?) OR instr(t.c2, ?)))
                """, Array(repeating: .text(folded), count: 3))
        case .indexed(let sql, let binding):
            return ("EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = \(alias).id AND \(sql))", [binding])
        }
    }
}
