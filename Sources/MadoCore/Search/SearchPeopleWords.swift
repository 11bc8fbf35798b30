/// The people words of one message (its sender, and the customer's names, addresses and handles),
/// folded for the trigram index and cut into short grams for the other. Built group by group: an
/// import works out the sender's group on its parse thread, and the thread writing the store only
/// folds the words the store adds, usually none. Folding and grams end at spaces, so group by group
/// gives what folding all the words at once gives.
struct SearchPeopleWords: Sendable, Equatable {
    /// Distinct and non-empty, in the order they came.
    private(set) var words: [String] = []
    private(set) var folded = ""
    private(set) var grams = ""

    init(_ words: [String]) {
        self = SearchPeopleWords().adding(words)
    }

    private init() {}

    /// These words and `more`, less the ones already here.
    func adding(_ more: [String]) -> SearchPeopleWords {
        var seen = Set(words)
        let new = more.filter { !$0.isEmpty && seen.insert($0).inserted }
        guard !new.isEmpty else { return self }
        var result = self
        result.words += new
        let foldedNew = SearchText.fold(new.joined(separator: " "))
        result.folded = folded.isEmpty ? foldedNew : folded + " " + foldedNew
        let gramsNew = SearchText.shortGrams(foldedNew)
        result.grams = grams.isEmpty || gramsNew.isEmpty ? grams + gramsNew : grams + " " + gramsNew
        return result
    }
}
