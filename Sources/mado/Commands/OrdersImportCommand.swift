import Foundation
import MadoCore

/// `mado import orders FILE.csv…`: Shopify's orders export. Each file is one transaction; the
/// report says what changed since the last import, per customer.
enum OrdersImportCommand {
    static func run(_ paths: [String], store: Store, json: Bool) throws -> Int32 {
        let importer = OrdersImporter(store: store)
        var summaries: [OrdersImporter.Summary] = []
        for path in paths { summaries.append(try importer.importFile(path)) }
        if json {
            print(try ConversationJSON.encode(ConversationJSON.envelope("imports", summaries.map(\.json))))
        } else {
            for summary in summaries { print(summary.text) }
        }
        return 0
    }
}
