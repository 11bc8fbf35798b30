import Foundation

/// A folder of webhook payloads (a spool a small web endpoint writes into), imported in name order.
public enum WebhookFolder {
    public struct Failure: Sendable, Equatable {
        public var file: String
        public var reason: String
        /// Where the payload was moved so it stops blocking the folder; nil when it stayed.
        public var movedTo: URL?
    }

    public static func importAll(_ folder: URL, importer: InstagramImporter, report: inout InstagramImporter.Report) throws -> [Failure] {
        var failures: [Failure] = []
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        for file in files {
            let full = folder.appendingPathComponent(file).path
            guard let data = FileManager.default.contents(atPath: full) else {
                failures.append(Failure(file: full, reason: "\(full): cannot be read"))
                continue
            }
            do { try importer.importEvents(try WebhookParser.parse(data, source: full), report: &report) } catch {
                failures.append(Failure(file: full, reason: "\(error)"))
            }
        }
        return failures
    }
}
