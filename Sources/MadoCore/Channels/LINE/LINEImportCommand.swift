import Foundation

/// `mado import line [SPOOL|FILE|-] [--watch]`: the spool `mado webhook` writes for `/line` (the
/// default), one webhook payload, a folder of them, or `-` for standard input. With a token
/// (`[line] token_command`) new customers are named from their LINE profile and pictures, videos,
/// voice messages and files are fetched and kept.
enum LINEImportCommand {
    static func run(_ paths: [String], store: Store, json: Bool, watch: Bool, config: Config) throws -> Int32 {
        let paths = paths.isEmpty ? [WebhookSpool.line(config: config).root.path] : paths
        if watch { try ChannelImportPaths.prepareWatched(paths) }
        let importer = try LINEImporter.configured(store: store, config: config)
        var report = LINEImporter.Report()
        var errors: [String] = []
        func importPayload(_ data: Data, source: String) {
            do {
                let (events, bad) = try LINEWebhookParser.parseEach(data, source: source)
                try importer.importEvents(events, report: &report)
                errors += bad.map(\.description)
            } catch { errors.append("\(error)") }
        }
        try ChannelImportPaths.walk(paths, payload: importPayload) { url in
            errors += LINEWebhookFolder.importAll(url, importer: importer, report: &report).map(\.reason)
        }
        if json { try ChannelImportPaths.printJSON(importedMessages: report.imported, store: store) }
        printSummary(report, errors: errors)
        if watch { watchSpool(WebhookSpool(root: URL(fileURLWithPath: paths[0])), importer: importer) }
        return errors.isEmpty ? 0 : 1
    }

    static func printSummary(_ report: LINEImporter.Report, errors: [String]) {
        for error in errors { FileHandle.standardError.write(Data("mado: \(error)\n".utf8)) }
        for line in report.refused + report.problems { FileHandle.standardError.write(Data("mado: \(line)\n".utf8)) }
        FileHandle.standardError.write(Data("imported \(report.imported.count), updated \(report.updated), already there \(report.duplicates), ignored \(report.ignored), failed \(errors.count)\n".utf8))
    }

    /// Polls new/ every half second; a summary line per batch that brought something.
    static func watchSpool(_ spool: WebhookSpool, importer: LINEImporter) -> Never {
        FileHandle.standardError.write(Data("watching \(spool.new.path) for new payloads (Ctrl-C to stop)\n".utf8))
        var told = Set<String>()
        while true {
            usleep(500_000)
            guard !spool.waiting().isEmpty else { continue }
            var report = LINEImporter.Report()
            let failures = LINEWebhookFolder.importSpool(spool, importer: importer, report: &report)
            let fresh = failures.filter { !told.contains($0.file) || $0.movedTo != nil }
            told.formUnion(failures.filter { $0.movedTo == nil }.map(\.file))
            guard !report.imported.isEmpty || report.updated > 0 || report.duplicates > 0 || !fresh.isEmpty else { continue }
            printSummary(report, errors: fresh.map(\.reason))
        }
    }
}

extension LINEImporter {
    /// From the config: the API (with a token), `[line] max_attachment_bytes`, the acknowledgement.
    public static func configured(store: Store, config: Config, templates: [Template]? = nil) throws -> LINEImporter {
        let limit = try config["line.max_attachment_bytes"].map { value -> Int in
            guard let bytes = Int(value), bytes > 0 else {
                throw UsageError(description: "\(config.file): [line] max_attachment_bytes must be a number of bytes, not '\(value)'.")
            }
            return bytes
        } ?? LINEImporter.defaultMaxAttachmentBytes
        let importer = LINEImporter(store: store, api: try LINEAPI.configured(config), maxAttachmentBytes: limit)
        importer.acknowledger = try Acknowledger.configured(store: store, config: config,
                                                            templates: templates ?? TemplateLibrary.load(folders: TemplateLibrary.folders(config: config)).templates)
        return importer
    }
}
