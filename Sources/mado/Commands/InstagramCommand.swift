import Foundation
import MadoCore

/// `mado instagram backfill [--account NAME_OR_ID]`: the direct messages from before the webhook,
/// read from Meta's conversations API with `[instagram] token_command` at `[instagram] api_base`.
/// Then pictures are downloaded and new customers named, as after any Instagram import.
enum InstagramCommand {
    static func run(_ words: [String]) throws -> Int32 {
        let arguments = try Arguments(words, valued: Commands.commonValued.union(["account"]), flags: ["quiet"])
        guard arguments.positional == ["backfill"] else {
            throw Arguments.UsageError(description: "Usage: " + (CommandUsage.usage(of: "instagram") ?? "mado instagram backfill"))
        }
        let config = try Config.load()
        guard let client = GraphAPIClient(config: config) else {
            throw Arguments.UsageError(description: "mado instagram backfill reads Meta's API: set [instagram] token_command (a command that prints the access token) in \(config.file).")
        }
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
        } catch let error as GraphAPIError {
            FileHandle.standardError.write(Data("mado: backfill stopped: \(error) (what was read before stays imported)\n".utf8))
            InstagramFollowUp(config: config).report(store: store)
            return 1
        }
        for reason in report.refused { FileHandle.standardError.write(Data("mado: \(reason)\n".utf8)) }
        print("backfill: \(report.conversations) conversations, imported \(report.imported), already there \(report.duplicates)")
        InstagramFollowUp(config: config).report(store: store)
        return 0
    }
}
