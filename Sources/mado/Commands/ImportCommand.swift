import Foundation
import MadoCore

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
        var run = ImportRun(store: store, importer: importer, json: arguments.has("json"))
        switch kind {
        case "maildir":
            let folder = URL(fileURLWithPath: paths[0])
            run.importFiles(try Maildir.messageFiles(in: folder))
            if arguments.has("watch") {
                run.finish(printSummary: true)
                FileHandle.standardError.write(Data("watching \(folder.path) for new mail (Ctrl-C to stop)\n".utf8))
                var seen = Set(try Maildir.messageFiles(in: folder).map(\.path))
                while true {
                    usleep(500_000)
                    for file in (try? Maildir.messageFiles(in: folder)) ?? [] where !seen.contains(file.path) {
                        seen.insert(file.path)
                        run.importFile(file)
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
                run.importAll(ParsePipeline(count: messages.count) { ("\(path) #\($0 + 1)", messages[$0], now) })
            }
        case "eml":
            run.importFiles(paths.map { URL(fileURLWithPath: $0) })
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
    var imported = 0
    var duplicates = 0
    var refused = 0
    var failures: [String] = []
    var printedJSON = 0
    var batch = MailImportBatch()
    let started = Date()
    /// How many mails this run will look at, when known: the progress line then says the time left.
    var expected: Int?

    init(store: Store, importer: MailImporter, json: Bool) {
        self.store = store
        self.importer = importer
        self.json = json
    }

    /// Many files: read and parsed on a second thread while this one stores.
    mutating func importFiles(_ files: [URL]) {
        expected = files.count
        importAll(ParsePipeline(count: files.count) { index in
            let path = files[index].path
            let modified = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? Date()
            return (path, FileManager.default.contents(atPath: path).map { Array($0) }, modified)
        })
    }

    mutating func importAll(_ pipeline: ParsePipeline) {
        while let item = pipeline.next() {
            guard let mail = item.mail else {
                failures.append("\(item.source): \(item.error ?? "unreadable")")
                FileHandle.standardError.write(Data("mado: \(item.source) \(item.error ?? "cannot be read"); skipped\n".utf8))
                continue
            }
            importBytes(item.bytes, parsed: mail, search: item.search, source: item.source, receivedAt: item.receivedAt)
        }
    }

    mutating func importFile(_ file: URL) {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            failures.append("\(file.path): cannot be read")
            FileHandle.standardError.write(Data("mado: \(file.path) cannot be read; skipped\n".utf8))
            return
        }
        let modified = (try? FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date) ?? Date()
        importBytes(Array(data), source: file.path, receivedAt: modified)
    }

    /// Imports go in batches of a few hundred per transaction: far fewer commits, and the write
    /// lock is still let go often enough for an open inbox to show progress.
    mutating func importBytes(_ bytes: [UInt8], parsed: ParsedMail? = nil, search: PreparedSearchText? = nil, source: String, receivedAt: Date) {
        batch.append(MailImportBatch.Entry(source: source, mail: parsed ?? MailParser.parse(bytes), raw: bytes, receivedAt: receivedAt, search: search))
        if batch.count >= 300 { commitBatch() }
    }

    /// Counts only what the store committed; names every mail that did not make it.
    mutating func commitBatch() {
        let result = batch.commit(with: importer)
        imported += result.imported.count
        duplicates += result.duplicates
        refused += result.refused.count
        for (source, reason) in result.refused {
            FileHandle.standardError.write(Data("mado: \(source): \(reason)\n".utf8))
        }
        for (source, error) in result.failed {
            failures.append("\(source): \(error)")
            FileHandle.standardError.write(Data("mado: \(source): \(error)\n".utf8))
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
        let done = imported + duplicates + refused + failures.count
        // On a terminal only: a pipe or a log file gets the summary, not a line per batch.
        if done > 0 && isatty(STDERR_FILENO) != 0 {
            let rate = Double(done) / max(0.001, Date().timeIntervalSince(started))
            var line = String(format: "\rimported %d", imported)
            if let expected, expected > 0 { line += " of \(expected)" }
            line += String(format: " (%d already there) — %.0f/s", duplicates, rate)
            if let expected, expected > done { line += String(format: ", %.0f s left", Double(expected - done) / max(rate, 1)) }
            FileHandle.standardError.write(Data((line + "\u{1B}[K").utf8))
        }
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
            FileHandle.standardError.write(Data(String(format: "\rimported %d, already there %d, failed %d in %.1f s\n",
                                                       imported, duplicates, failures.count, seconds).utf8))
        }
        fflush(nil)
    }
}
