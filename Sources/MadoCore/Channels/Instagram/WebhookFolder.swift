import Foundation

/// A folder of webhook payloads (a spool a small web endpoint writes into), imported in name order.
/// A payload that can never import (bad JSON, a field out of range) is moved into `failed/` with
/// its reason beside it, so it is kept for a person to look at but no longer fails every run.
/// A payload that failed for another reason (the store was busy) stays put for the next run.
/// A folder with a new/ folder is a spool (`mado webhook` writes one): see `importSpool`.
public enum WebhookFolder {
    public struct Failure: Sendable, Equatable {
        public var file: String
        public var reason: String
        /// Where the payload was moved so it stops blocking the folder; nil when it stayed.
        public var movedTo: URL?
    }

    public static let asideFolder = "failed"

    public static func importAll(_ folder: URL, importer: InstagramImporter, report: inout InstagramImporter.Report) throws -> [Failure] {
        if WebhookSpool.isSpool(folder) { return importSpool(WebhookSpool(root: folder), importer: importer, report: &report) }
        var failures: [Failure] = []
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        for file in files {
            if case .failed(let failure) = importFile(folder.appendingPathComponent(file), asideIn: folder, importer: importer, report: &report) {
                failures.append(failure)
            }
        }
        return failures
    }

    /// A spool `mado webhook` writes (see WebhookSpool): each payload in new/ that imports moves
    /// to cur/, one that never can to failed/, one the store could not take yet stays in new/.
    /// Then cur/ is pruned to the last `WebhookSpool.keepDays` days.
    /// `limit` takes only the oldest few, so the open inbox never stops answering keys for long.
    public static func importSpool(_ spool: WebhookSpool, importer: InstagramImporter, report: inout InstagramImporter.Report,
                                   now: Date = Date(), limit: Int = .max) -> [Failure] {
        var failures: [Failure] = []
        for url in spool.waiting().prefix(limit) {
            switch importFile(url, asideIn: spool.root, importer: importer, report: &report) {
            case .imported:
                do { try spool.markImported(url) } catch {
                    failures.append(Failure(file: url.path, reason: "\(url.path): imported, but cannot be moved to cur/: \(error)"))
                }
            case .failed(let failure): failures.append(failure)
            }
        }
        spool.prune(now: now)
        return failures
    }

    enum Outcome {
        case imported
        case failed(Failure)
    }

    static func importFile(_ url: URL, asideIn folder: URL, importer: InstagramImporter, report: inout InstagramImporter.Report) -> Outcome {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .failed(Failure(file: url.path, reason: "\(url.path): cannot be read"))
        }
        do {
            let (events, errors) = try WebhookParser.parseEach(data, source: url.path)
            try importer.importEvents(events, report: &report)
            if !errors.isEmpty { return .failed(setAside(url, in: folder, errors: errors, imported: events.count)) }
            return .imported
        } catch let error as InstagramImportError {
            return .failed(setAside(url, in: folder, errors: [error], imported: 0))
        } catch {
            // The store, not the payload: the next run may well succeed.
            return .failed(Failure(file: url.path, reason: "\(url.path): \(error) (left in place for the next run)"))
        }
    }

    static func setAside(_ url: URL, in folder: URL, errors: [InstagramImportError], imported: Int) -> Failure {
        var reason = errors.map(\.description).joined(separator: "; ")
        if imported > 0 { reason += "; its other \(imported) event\(imported == 1 ? "" : "s") imported" }
        let aside = move(url, in: folder, reason: reason)
        return Failure(file: url.path, reason: reason + (aside.map { " (moved to \($0.path))" } ?? ""), movedTo: aside)
    }

    /// Moves `url` to `failed/` (never over an earlier file of the same name) and writes the
    /// reason to `NAME.error`; nil when the folder is read-only, and the payload simply stays.
    static func move(_ url: URL, in folder: URL, reason: String) -> URL? {
        let manager = FileManager.default
        let aside = folder.appendingPathComponent(asideFolder)
        guard (try? manager.createDirectory(at: aside, withIntermediateDirectories: true)) != nil else { return nil }
        var target = aside.appendingPathComponent(url.lastPathComponent)
        var number = 1
        while manager.fileExists(atPath: target.path) {
            number += 1
            target = aside.appendingPathComponent(url.deletingPathExtension().lastPathComponent + "-\(number).json")
        }
        guard (try? manager.moveItem(at: url, to: target)) != nil else { return nil }
        try? Data((reason + "\n").utf8).write(to: target.appendingPathExtension("error"))
        return target
    }
}
