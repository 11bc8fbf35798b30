import Foundation
import MadoCore
import MadoUI

/// `mado import maildir DIR [--watch] | mbox FILE | eml FILE…` (and Shopify's `orders` / `customers` CSV). Reads only: the user's mail files
/// are never moved, renamed or changed.
enum ImportCommand {
    static func run(_ words: [String]) throws -> Int32 {
        let arguments = try Arguments(words, valued: Commands.commonValued.union(["account"]), flags: ["json", "watch"])
        // A chat channel's own import (`mado import instagram`, `mado import line`): found in the registry.
        let channel = arguments.positional.first.flatMap(Channels.inbound(named:))
        guard let kind = arguments.positional.first, arguments.positional.count >= 2 || channel != nil else {
            throw Arguments.UsageError(description: "Usage: mado import maildir DIR [--watch] | mbox FILE | eml FILE… | \(Channels.importUsage) | orders FILE.csv | customers FILE.csv [--json]")
        }
        let paths = Array(arguments.positional.dropFirst())
        let store = try Commands.openStore(arguments, create: true)
        let config = try Config.load()
        switch kind {
        case "orders": return try OrdersImportCommand.run(paths, store: store, json: arguments.has("json"))
        case "customers": return try CustomersImportCommand.run(paths, store: store, config: config, json: arguments.has("json"))
        default: break
        }
        if let channel {
            return try channel.inbound.runImport(ChannelImportRequest(paths: paths, store: store, config: config, json: arguments.has("json"),
                                                                      watch: arguments.has("watch"), account: arguments["account"]))
        }
        let importer = try MailImporter(store: store, config: config)
        importer.acknowledger = try Acknowledger.configured(store: store, config: config,
                                                            templates: TemplateLibrary.load(folders: TemplateLibrary.folders(config: config)).templates)
        try store.tuneForBulkImport()
        var run = ImportRun(store: store, importer: importer, json: arguments.has("json"),
                            strings: UIStrings.forEnvironment(ProcessInfo.processInfo.environment))
        switch kind {
        case "maildir":
            let folder = URL(fileURLWithPath: paths[0])
            run.importFiles(try Maildir.messagePaths(in: folder))
            if arguments.has("watch") {
                run.finish(printSummary: true)
                run.watching = true
                FileHandle.standardError.write(Data((run.strings.watchingMaildir(folder.path) + "\n").utf8))
                var seen = Set(try Maildir.messagePaths(in: folder))
                while true {
                    usleep(500_000)
                    for path in (try? Maildir.messagePaths(in: folder)) ?? MessagePaths() where !seen.contains(path) {
                        seen.insert(path)
                        run.importFile(URL(fileURLWithPath: path))
                    }
                    run.commitBatch()
                    run.closeJSON(evenIfEmpty: false)
                }
            }
        case "mbox":
            for path in paths {
                guard let data = FileManager.default.contents(atPath: path) else { throw MailError.unreadable(path, "no such file or no permission") }
                let messages = Mbox.split(Array(data))
                let now = Date()
                run.expected = (run.expected ?? 0) + messages.count
                run.importAll(ParsePipeline(count: messages.count, preparer: importer.preparer) { ("\(path) #\($0 + 1)", messages[$0], now) })
            }
        case "eml":
            run.importFiles(paths)
        default:
            throw Arguments.UsageError(description: "mado import takes maildir, mbox or eml (chat: \(Channels.importCommands); Shopify: orders, customers), not '\(kind)'.")
        }
        run.finish(printSummary: true)
        return run.failures.isEmpty ? 0 : 1
    }
}

/// Counts, progress and JSON output for one import.
struct ImportRun {
    let store: Store
    let importer: MailImporter
    let json: Bool
    let strings: UIStrings
    var imported = 0
    var duplicates = 0
    var refused = 0
    var failures: [String] = []
    var printedJSON = 0
    var batch = MailImportBatch()
    let started = Date()
    /// How many mails this run will look at, when known: the progress line then says the time left.
    var expected: Int?
    /// The progress line goes to a terminal only: a pipe or a log file gets the summary alone.
    let showsProgress = isatty(STDERR_FILENO) != 0
    var progressDrawnAt: Date?
    /// `--watch` after the first pass: mail comes one at a time, and a rate would mean nothing.
    var watching = false

    init(store: Store, importer: MailImporter, json: Bool, strings: UIStrings) {
        self.store = store
        self.importer = importer
        self.json = json
        self.strings = strings
    }

    /// Many files: read and parsed on a second thread while this one stores.
    mutating func importFiles<Paths: RandomAccessCollection & Sendable>(_ files: Paths) where Paths.Element == String, Paths.Index == Int {
        expected = (expected ?? 0) + files.count
        let readAhead = MailReadAhead(files)
        defer { readAhead.stop() }
        importAll(ParsePipeline(count: files.count, preparer: importer.preparer) { index in
            readAhead.reading(index)
            let path = files[files.startIndex + index]
            let file = MailFile.contents(path)
            return (path, file?.bytes, file?.modified ?? Date())
        })
    }

    mutating func importAll(_ pipeline: ParsePipeline) {
        while let item = pipeline.next() {
            guard let mail = item.mail else {
                failures.append("\(item.source): \(item.error ?? "unreadable")")
                say("mado: \(item.source) \(item.error ?? "cannot be read"); skipped")
                continue
            }
            importBytes(item.bytes, parsed: mail, search: item.search, prepared: item.prepared, source: item.source, receivedAt: item.receivedAt)
        }
    }

    mutating func importFile(_ file: URL) {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            failures.append("\(file.path): cannot be read")
            say("mado: \(file.path) cannot be read; skipped")
            return
        }
        let modified = (try? FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date) ?? Date()
        importBytes(Array(data), source: file.path, receivedAt: modified)
    }

    /// Imports go in batches of a thousand per transaction: far fewer commits, and the write lock
    /// is still let go several times a second for an open inbox to show progress. A commit writes
    /// every page the batch touched to the WAL, and new mail touches index pages all over the
    /// store: at 100k mails, batches of 300 wrote about 13 pages per mail. Larger batches cost
    /// memory (each mail is held until its batch is in): 1000 is about 6 MB more than 300.
    mutating func importBytes(_ bytes: [UInt8], parsed: ParsedMail? = nil, search: PreparedSearchText? = nil, prepared: PreparedMail? = nil,
                              source: String, receivedAt: Date) {
        batch.append(MailImportBatch.Entry(source: source, mail: parsed ?? MailParser.parse(bytes), raw: bytes, receivedAt: receivedAt,
                                           search: search, prepared: prepared))
        if batch.count >= 1000 { commitBatch() }
    }

    /// Counts only what the store committed; names every mail that did not make it.
    mutating func commitBatch() {
        let result = batch.commit(with: importer)
        imported += result.imported.count
        duplicates += result.duplicates
        refused += result.refused.count
        for (source, reason) in result.refused {
            say("mado: \(source): \(reason)")
        }
        for (source, error) in result.failed {
            failures.append("\(source): \(error)")
            say("mado: \(source): \(error)")
        }
        if json {
            for item in result.imported {
                guard let message = try? store.messages(inConversation: item.conversationID).first(where: { $0.id == item.messageID }) else { continue }
                let object = ConversationJSON.importedMail(message, mail: item.mail, conversationID: item.conversationID)
                // The envelope opens with its first item, so an error before any mail prints no half JSON.
                print((printedJSON == 0 ? "{\"messages\": [\n" : ",\n") + ((try? ConversationJSON.encode(object)) ?? "{}"), terminator: "")
                printedJSON += 1
            }
        }
        drawProgress()
    }

    /// A line about one mail; on a terminal it first wipes the progress line it would run into.
    func say(_ line: String) {
        FileHandle.standardError.write(Data(((showsProgress ? "\r\u{1B}[K" : "") + line + "\n").utf8))
    }

    /// Rewrites the progress line in place, a few times a second at most.
    mutating func drawProgress() {
        let done = imported + duplicates + refused + failures.count
        let now = Date()
        guard showsProgress, !watching, done > 0, progressDrawnAt.map({ now.timeIntervalSince($0) >= 0.2 }) ?? true else { return }
        progressDrawnAt = now
        let rate = Double(done) / max(0.001, now.timeIntervalSince(started))
        let line = strings.importProgress(imported: imported, duplicates: duplicates, done: done, expected: expected, perSecond: rate)
        FileHandle.standardError.write(Data(("\r" + line + "\u{1B}[K").utf8))
    }

    /// Ends the `{"messages": [...], "total": N}` envelope; `--watch` prints one per batch of new mail.
    mutating func closeJSON(evenIfEmpty: Bool) {
        guard json, printedJSON > 0 || evenIfEmpty else { return }
        print(printedJSON == 0 ? "{\"messages\": [], \"total\": 0}" : "\n], \"total\": \(printedJSON)}")
        printedJSON = 0
        fflush(nil)
    }

    mutating func finish(printSummary: Bool) {
        commitBatch()
        closeJSON(evenIfEmpty: true)
        if printSummary {
            let seconds = Date().timeIntervalSince(started)
            let summary = strings.importSummary(imported: imported, duplicates: duplicates, failed: failures.count, seconds: seconds)
            // On a terminal the summary takes the progress line's place.
            FileHandle.standardError.write(Data(((showsProgress ? "\r" : "") + summary + (showsProgress ? "\u{1B}[K" : "") + "\n").utf8))
        }
        fflush(nil)
    }
}
