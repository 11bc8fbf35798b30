import Foundation

/// Imports LINE payloads from the spool `mado webhook` writes (or a plain folder of them), the way
/// `WebhookFolder` does for Instagram: imported → cur/, never importable → failed/ with its
/// reason beside it, not importable yet (the store was busy) → left for the next run. One bad
/// payload never blocks the ones after it.
public enum LINEWebhookFolder {
    public static func importAll(_ folder: URL, importer: LINEImporter, report: inout LINEImporter.Report) -> [WebhookFolder.Failure] {
        if WebhookSpool.isSpool(folder) { return importSpool(WebhookSpool(root: folder), importer: importer, report: &report) }
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        return files.compactMap { file in
            if case .failed(let failure) = importFile(folder.appendingPathComponent(file), asideIn: folder, importer: importer, report: &report) { return failure }
            return nil
        }
    }

    public static func importSpool(_ spool: WebhookSpool, importer: LINEImporter, report: inout LINEImporter.Report,
                                   now: Date = Date()) -> [WebhookFolder.Failure] {
        var failures: [WebhookFolder.Failure] = []
        for url in spool.waiting() {
            switch importFile(url, asideIn: spool.root, importer: importer, report: &report) {
            case .imported:
                do { try spool.markImported(url) } catch {
                    failures.append(WebhookFolder.Failure(file: url.path, reason: "\(url.path): imported, but cannot be moved to cur/: \(error)"))
                }
            case .failed(let failure): failures.append(failure)
            }
        }
        spool.prune(now: now)
        return failures
    }

    static func importFile(_ url: URL, asideIn folder: URL, importer: LINEImporter, report: inout LINEImporter.Report) -> WebhookFolder.Outcome {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .failed(WebhookFolder.Failure(file: url.path, reason: "\(url.path): cannot be read"))
        }
        do {
            let (events, errors) = try LINEWebhookParser.parseEach(data, source: url.path)
            try importer.importEvents(events, report: &report)
            if !errors.isEmpty { return .failed(setAside(url, in: folder, errors: errors, imported: events.count)) }
            return .imported
        } catch let error as LINEImportError {
            return .failed(setAside(url, in: folder, errors: [error], imported: 0))
        } catch {
            // The store, not the payload: the next run may well succeed.
            return .failed(WebhookFolder.Failure(file: url.path, reason: "\(url.path): \(error) (left in place for the next run)"))
        }
    }

    static func setAside(_ url: URL, in folder: URL, errors: [LINEImportError], imported: Int) -> WebhookFolder.Failure {
        var reason = errors.map(\.description).joined(separator: "; ")
        if imported > 0 { reason += "; its other \(imported) event\(imported == 1 ? "" : "s") imported" }
        let aside = WebhookFolder.move(url, in: folder, reason: reason)
        return WebhookFolder.Failure(file: url.path, reason: reason + (aside.map { " (moved to \($0.path))" } ?? ""), movedTo: aside)
    }
}
