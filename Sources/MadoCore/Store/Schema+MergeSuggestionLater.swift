import Foundation

extension Schema {
    /// "Later" on a merge suggestion: the pair is not suggested again before `until` (the start of
    /// the next day), in any session, after a restart too. A later "later" moves `until`.
    static let mergeSuggestionLater = """
    CREATE TABLE customer_postponed_pairs (
        customer_a INTEGER NOT NULL REFERENCES customers(id),
        customer_b INTEGER NOT NULL REFERENCES customers(id),
        until INTEGER NOT NULL,
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        PRIMARY KEY (customer_a, customer_b)
    ) WITHOUT ROWID;
    """
}
