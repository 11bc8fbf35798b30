import Foundation

/// `mado import instagram [SPOOL|PATH] [--watch]`: the spool `mado webhook` writes (the default), one webhook payload, a folder of them, `-` for standard input (a
/// small web endpoint can pipe each POST body to mado), or a "Download your information" export.
/// In a folder of payloads, one that can never import is moved to `failed/` (see WebhookFolder);
/// an export is only read.
enum InstagramImportCommand {
    static func run(_ paths: [String], store: Store, account: String?, json: Bool, watch: Bool = false, config: Config) throws -> Int32 {
        // No path: the spool `mado webhook` writes into.
        let paths = paths.isEmpty ? [WebhookSpool.instagram(config: config).root.path] : paths
        if watch { try ChannelImportPaths.prepareWatched(paths) }
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
        try ChannelImportPaths.walk(paths, payload: importPayload) { url in
            let (threads, exportErrors) = ExportReader.read(root: url, account: account ?? "")
            if !threads.isEmpty || !exportErrors.isEmpty {
                guard account != nil else {
                    throw UsageError(description: "An export names people, not ids: say which one is the shop with --account NAME (or [instagram] account in the config).")
                }
                errors += exportErrors.map(\.description)
                for thread in threads { try importer.importExport(thread, report: &report) }
                return
            }
            // A folder of webhook payloads, in name order; a bad file is reported and the rest still import.
            errors += try WebhookFolder.importAll(url, importer: importer, report: &report).map(\.reason)
        }
        if json { try ChannelImportPaths.printJSON(importedMessages: report.imported, store: store) }
        printSummary(report, errors: errors)
        let followUp = InstagramFollowUp(config: config)
        followUp.report(store: store)
        if watch { watchSpool(WebhookSpool(root: URL(fileURLWithPath: paths[0])), importer: importer, followUp: followUp, store: store) }
        return errors.isEmpty ? 0 : 1
    }

    static func printSummary(_ report: InstagramImporter.Report, errors: [String]) {
        for error in errors { FileHandle.standardError.write(Data("mado: \(error)\n".utf8)) }
        for reason in report.refused { FileHandle.standardError.write(Data("mado: \(reason)\n".utf8)) }
        FileHandle.standardError.write(Data("imported \(report.imported.count), updated \(report.updated), already there \(report.duplicates), failed \(errors.count)\n".utf8))
    }

    /// Polls new/ every half second, as `mado import maildir --watch` does; a summary line per
    /// batch that brought something. A payload the store could not take yet is retried quietly.
    static func watchSpool(_ spool: WebhookSpool, importer: InstagramImporter, followUp: InstagramFollowUp, store: Store) -> Never {
        FileHandle.standardError.write(Data("watching \(spool.new.path) for new payloads (Ctrl-C to stop)\n".utf8))
        var told = Set<String>()
        while true {
            usleep(500_000)
            guard !spool.waiting().isEmpty else { continue }
            var report = InstagramImporter.Report()
            let failures = WebhookFolder.importSpool(spool, importer: importer, report: &report)
            let fresh = failures.filter { !told.contains($0.file) || $0.movedTo != nil }
            told.formUnion(failures.filter { $0.movedTo == nil }.map(\.file))
            guard !report.imported.isEmpty || report.updated > 0 || report.duplicates > 0 || !fresh.isEmpty else { continue }
            printSummary(report, errors: fresh.map(\.reason))
            followUp.report(store: store)
        }
    }
}

extension InstagramFollowUp {
    /// Runs the follow-up and says what it did on standard error; a problem here never fails the import.
    public func report(store: Store) {
        do {
            if let line = try run(store: store).line { FileHandle.standardError.write(Data("instagram: \(line)\n".utf8)) }
        } catch {
            FileHandle.standardError.write(Data("mado: after the import: \(error)\n".utf8))
        }
    }
}
