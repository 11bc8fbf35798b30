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
        public var prepared: PreparedMail?

        public init(source: String, mail: ParsedMail, raw: [UInt8], receivedAt: Date, search: PreparedSearchText? = nil,
                    prepared: PreparedMail? = nil) {
            self.source = source
            self.mail = mail
            self.raw = raw
            self.receivedAt = receivedAt
            self.search = search
            self.prepared = prepared
        }

        func store(with importer: MailImporter, ownTransaction: Bool) throws -> MailImporter.Outcome {
            if let prepared { return try importer.importPrepared(prepared, ownTransaction: ownTransaction).0 }
            return try importer.importParsed(mail, raw: raw, receivedAt: receivedAt, search: search, ownTransaction: ownTransaction).0
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

    /// Stores the batch and empties it: all at once while every mail goes in; when one fails,
    /// the transaction is undone and the batch goes again mail by mail, each in a savepoint of
    /// its own, so the bad one is named and the rest are kept.
    public mutating func commit(with importer: MailImporter) -> Result {
        defer { entries.removeAll(keepingCapacity: true) }
        guard !entries.isEmpty else { return Result() }
        if let result = try? commitAtOnce(with: importer) { return result }
        return commitOneByOne(with: importer)
    }

    /// No savepoint per mail (see `MailImporter.importParsed(_:raw:receivedAt:search:ownTransaction:)`)
    /// and the search rows written last (see `DeferredSearchIndex`): any error undoes the whole batch.
    private func commitAtOnce(with importer: MailImporter) throws -> Result {
        try importer.store.write {
            try importer.store.withSearchIndexDeferred {
                var result = Result()
                // By index: `for entry in entries` copied every entry (a retain per field) first.
                for index in entries.indices {
                    let outcome = try entries[index].store(with: importer, ownTransaction: false)
                    result.count(outcome, of: entries[index])
                }
                return result
            }
        }
    }

    private func commitOneByOne(with importer: MailImporter) -> Result {
        var result = Result()
        do {
            try importer.store.write {
                for entry in entries {
                    do {
                        let outcome = try entry.store(with: importer, ownTransaction: true)
                        result.count(outcome, of: entry)
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

extension MailImportBatch.Result {
    mutating func count(_ outcome: MailImporter.Outcome, of entry: MailImportBatch.Entry) {
        switch outcome {
        case .duplicate: duplicates += 1
        case .erasedCustomer(let reason): refused.append((entry.source, reason))
        case .imported(let messageID, let conversationID): imported.append((entry.source, messageID, conversationID, entry.mail))
        }
    }
}
