import Foundation
import MadoCore

/// `mado import maildir DIR [--watch] | mbox FILE | eml FILE…`. Reads only: the user's mail files
/// are never moved, renamed or changed.
enum ImportCommand {
    static func run(_ words: [String]) throws -> Int32 {
        let arguments = try Arguments(words, valued: Commands.commonValued.union(["account"]), flags: ["json", "watch"])
        guard let kind = arguments.positional.first, arguments.positional.count >= 2 else {
            throw Arguments.UsageError(description: "Usage: mado import maildir DIR [--watch] | mbox FILE | eml FILE… [--json]")
        }
        let paths = Array(arguments.positional.dropFirst())
        let store = try Commands.openStore(arguments, create: true)
        let config = (try? Config.load()) ?? Config()
        let importer = try MailImporter(store: store, config: config)
        var run = ImportRun(store: store, importer: importer, json: arguments.has("json"))
        switch kind {
        case "maildir":
            let folder = URL(fileURLWithPath: paths[0])
            for file in try Maildir.messageFiles(in: folder) { run.importFile(file) }
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
                }
            }
        case "mbox":
            for path in paths {
                guard let data = FileManager.default.contents(atPath: path) else { throw MailError.unreadable(path, "no such file or no permission") }
                for message in Mbox.split(Array(data)) { run.importBytes(message, source: path, receivedAt: Date()) }
            }
        case "eml":
            for path in paths { run.importFile(URL(fileURLWithPath: path)) }
        default:
            throw Arguments.UsageError(description: "mado import takes maildir, mbox or eml (Instagram: mado import instagram), not '\(kind)'.")
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
    var failures: [String] = []
    var printedJSON = 0
    var pendingInBatch = 0
    let started = Date()

    init(store: Store, importer: MailImporter, json: Bool) {
        self.store = store
        self.importer = importer
        self.json = json
        if json { print("[", terminator: "") }
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
    mutating func importBytes(_ bytes: [UInt8], source: String, receivedAt: Date) {
        if pendingInBatch == 0 { try? store.db.begin() }
        pendingInBatch += 1
        defer { if pendingInBatch >= 300 { commitBatch() } }
        do {
            let (outcome, mail) = try importer.importMail(bytes, receivedAt: receivedAt)
            switch outcome {
            case .duplicate:
                duplicates += 1
            case .imported(let messageID, let conversationID):
                imported += 1
                if json, let message = try store.messages(inConversation: conversationID).first(where: { $0.id == messageID }) {
                    let object = ConversationJSON.importedMail(message, mail: mail, conversationID: conversationID)
                    print((printedJSON == 0 ? "\n" : ",\n") + ((try? ConversationJSON.encode(object)) ?? "{}"), terminator: "")
                    printedJSON += 1
                }
            }
        } catch {
            failures.append("\(source): \(error)")
            FileHandle.standardError.write(Data("mado: \(source): \(error)\n".utf8))
        }
        let done = imported + duplicates + failures.count
        if done % 500 == 0 {
            FileHandle.standardError.write(Data(String(format: "\rimported %d (%d already there) — %.0f/s", imported, duplicates,
                                                       Double(done) / max(0.001, Date().timeIntervalSince(started))).utf8))
        }
    }

    mutating func commitBatch() {
        guard pendingInBatch > 0 else { return }
        do { try store.db.commit() } catch { failures.append("commit: \(error)") }
        pendingInBatch = 0
    }

    mutating func finish(printSummary: Bool) {
        commitBatch()
        if json {
            print(printedJSON == 0 ? "]" : "\n]")
            printedJSON = 0
        }
        if printSummary {
            let seconds = Date().timeIntervalSince(started)
            FileHandle.standardError.write(Data(String(format: "\rimported %d, already there %d, failed %d in %.1f s\n",
                                                       imported, duplicates, failures.count, seconds).utf8))
        }
        fflush(nil)
    }
}
