import Foundation
import MadoCore

/// `mado import instagram PATH`: one webhook payload, a folder of them, `-` for standard input (a
/// small web endpoint can pipe each POST body to mado), or a "Download your information" export.
/// In a folder of payloads, one that can never import is moved to `failed/` (see WebhookFolder);
/// an export is only read.
enum InstagramImportCommand {
    static func run(_ paths: [String], store: Store, account: String?, json: Bool, config: Config) throws -> Int32 {
        let importer = InstagramImporter(store: store, account: account)
        importer.acknowledger = try Acknowledger.configured(store: store, config: config,
                                                            templates: TemplateLibrary.load(folders: TemplateLibrary.folders(config: config)).templates)
        var report = InstagramImporter.Report()
        var errors: [String] = []
        // The readable events of a payload import; each unreadable one is reported by its path.
        func importPayload(_ data: Data, source: String) {
            do {
                let (events, bad) = try WebhookParser.parseEach(data, source: source)
                try importer.importEvents(events, report: &report)
                errors += bad.map(\.description)
            } catch { errors.append("\(error)") }
        }
        for path in paths {
            if path == "-" {
                importPayload(FileHandle.standardInput.readDataToEndOfFile(), source: "stdin")
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw MailError.unreadable(path, "no such file or folder") }
            if !isDirectory.boolValue {
                guard let data = FileManager.default.contents(atPath: path) else { throw MailError.unreadable(path, "no permission") }
                importPayload(data, source: path)
                continue
            }
            let url = URL(fileURLWithPath: path)
            let (threads, exportErrors) = ExportReader.read(root: url, account: account ?? "")
            if !threads.isEmpty || !exportErrors.isEmpty {
                guard account != nil else {
                    throw Arguments.UsageError(description: "An export names people, not ids: say which one is the shop with --account NAME (or [instagram] account in the config).")
                }
                errors += exportErrors.map(\.description)
                for thread in threads { try importer.importExport(thread, report: &report) }
                continue
            }
            // A folder of webhook payloads, in name order; a bad file is reported and the rest still import.
            errors += try WebhookFolder.importAll(url, importer: importer, report: &report).map(\.reason)
        }
        if json {
            var objects: [[String: Any]] = []
            for id in report.imported {
                if let conversationID = try store.conversationID(ofMessage: id),
                   let message = try store.messages(inConversation: conversationID).first(where: { $0.id == id }) {
                    var object = ConversationJSON.message(message)
                    object["conversation_id"] = conversationID
                    objects.append(object)
                }
            }
            print(try ConversationJSON.encode(ConversationJSON.envelope("messages", objects)))
        }
        for error in errors { FileHandle.standardError.write(Data("mado: \(error)\n".utf8)) }
        for reason in report.refused { FileHandle.standardError.write(Data("mado: \(reason)\n".utf8)) }
        FileHandle.standardError.write(Data("imported \(report.imported.count), updated \(report.updated), already there \(report.duplicates), failed \(errors.count)\n".utf8))
        return errors.isEmpty ? 0 : 1
    }
}
