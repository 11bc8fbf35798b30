import Foundation
import MadoCore

/// `mado instagram backfill [--account NAME_OR_ID]`: the direct messages from before the webhook,
/// read from Meta's conversations API with `[instagram] token_command` at `[instagram] api_base`.
/// Then pictures are downloaded and new customers named, as after any Instagram import.
enum InstagramCommand {
    static func run(_ words: [String]) throws -> Int32 {
        let arguments = try Arguments(words, valued: Commands.commonValued.union(["account"]), flags: ["quiet"])
        guard arguments.positional == ["backfill"] else {
            throw Arguments.UsageError(description: "Usage: mado instagram backfill [--account NAME_OR_ID] [--quiet]")
        }
        let config = try Config.load()
        guard let client = GraphAPIClient(config: config) else { throw GraphAPIError.noToken }
        let store = try Commands.openStore(arguments)
        let account = arguments["account"] ?? config["instagram.account"]
        // Old messages are not acknowledged: no importer acknowledger here.
        let importer = InstagramImporter(store: store, account: account)
        let quiet = arguments.has("quiet")
        let report: InstagramBackfill.Report
        do {
            report = try InstagramBackfill(client: client, account: account).run(importer: importer) { line in
                if !quiet { FileHandle.standardError.write(Data((line + "\n").utf8)) }
            }
        } catch {
            // What was read before stays imported: its pictures and names still follow.
            InstagramFollowUp(config: config).report(store: store)
            throw error
        }
        for reason in report.refused { FileHandle.standardError.write(Data("mado: \(reason)\n".utf8)) }
        print("backfill: \(report.conversations) conversations, imported \(report.imported), already there \(report.duplicates)")
        InstagramFollowUp(config: config).report(store: store)
        return 0
    }
}
