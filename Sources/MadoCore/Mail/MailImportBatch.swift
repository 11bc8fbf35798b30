import Foundation

/// Many mails stored in one transaction (far fewer commits than one each), with an honest
/// account of what the transaction really committed: a mail counts as imported only once its
/// batch is in the file. One bad mail is skipped on its own; a failure that undoes the whole
/// transaction (a full disk) names every mail of the batch as not stored.
public struct MailImportBatch {
    public struct Entry {
        public var source: String
        public var mail: ParsedMail
        public var raw: [UInt8]
        public var receivedAt: Date
        public var search: PreparedSearchText?

        public init(source: String, mail: ParsedMail, raw: [UInt8], receivedAt: Date, search: PreparedSearchText? = nil) {
            self.source = source
            self.mail = mail
            self.raw = raw
            self.receivedAt = receivedAt
            self.search = search
        }
    }

    public struct Result {
        public var imported: [(source: String, messageID: Int64, conversationID: Int64, mail: ParsedMail)] = []
        public var duplicates = 0
        /// Mails skipped on purpose, with the reason (an erased customer's old mail).
        public var refused: [(source: String, reason: String)] = []
        public var failed: [(source: String, error: String)] = []
    }

    public var entries: [Entry] = []
    public init() {}

    public var count: Int { entries.count }

    public mutating func append(_ entry: Entry) { entries.append(entry) }

    /// Stores the batch and empties it.
    public mutating func commit(with importer: MailImporter) -> Result {
        defer { entries.removeAll(keepingCapacity: true) }
        guard !entries.isEmpty else { return Result() }
        var result = Result()
        do {
            try importer.store.write {
                for entry in entries {
                    do {
                        let (outcome, _) = try importer.importParsed(entry.mail, raw: entry.raw, receivedAt: entry.receivedAt, search: entry.search)
                        switch outcome {
                        case .duplicate: result.duplicates += 1
                        case .erasedCustomer(let reason): result.refused.append((entry.source, reason))
                        case .imported(let messageID, let conversationID):
                            result.imported.append((entry.source, messageID, conversationID, entry.mail))
                        }
                    } catch {
                        // SQLite undid the whole transaction: nothing of this batch is kept.
                        if !importer.store.db.inTransaction { throw error }
                        result.failed.append((entry.source, "\(error)"))
                    }
                }
            }
        } catch {
            let stored = Set(result.failed.map(\.source))
            result = Result(failed: result.failed + entries.filter { !stored.contains($0.source) }.map { ($0.source, "not stored: \(error)") })
        }
        return result
    }
}
