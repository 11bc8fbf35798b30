import Foundation
import MadoCore

/// `mado import customers FILE.csv…`: Shopify's customers export, for people who have not written yet.
enum CustomersImportCommand {
    static func run(_ paths: [String], store: Store, config: Config, json: Bool) throws -> Int32 {
        let importer = try CustomersImporter(store: store, config: config)
        var summaries: [CustomersImporter.Summary] = []
        for path in paths { summaries.append(try importer.importFile(path)) }
        if json {
            print(try ConversationJSON.encode(ConversationJSON.envelope("imports", summaries.map(\.json))))
        } else {
            for summary in summaries { print(summary.text) }
        }
        return 0
    }
}
