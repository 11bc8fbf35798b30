import Foundation
import MadoCore

/// `mado send`: deliver queued replies through the configured commands.
enum SendCommand {
    static func run(_ words: [String]) throws -> Int32 {
        let arguments = try Arguments(words, valued: Commands.commonValued.union(["requeue"]), flags: ["retry", "list"])
        let store = try Commands.openStore(arguments)
        if arguments.has("list") {
            for item in try store.outbox(states: [.queued, .sending, .failed]) {
                print("\(item.id)\t\(item.state.rawValue)\t\(item.channel.rawValue)\tconversation \(item.conversationID)\t\(item.lastError ?? "")")
            }
            return 0
        }
        if let id = arguments["requeue"].flatMap(Int64.init) {
            try store.requeue(id)
            print("Outbox item \(id) is queued again.")
            return 0
        }
        // A broken config stops here: a typo must not send through plain sendmail instead of the configured command.
        let config = try Config.load()
        // Mail queued before the shop was set up (or with its settings since removed) waits for them.
        let shop = ShopSettings(config: config)
        let waiting = try store.outbox(states: arguments.has("retry") ? [.queued, .failed] : [.queued])
        if !shop.missing.isEmpty && waiting.contains(where: { $0.channel == .email }) {
            throw ReplyError.shopNotSet(missing: shop.missing, configFile: config.file)
        }
        let sender = OutboxSender(config: config)
        let report = try sender.deliver(store, retryFailed: arguments.has("retry"))
        print("sent \(report.sent.count), failed \(report.failed.count)")
        for failure in report.failed {
            FileHandle.standardError.write(Data("mado: outbox item \(failure.id) failed: \(failure.error)\n".utf8))
        }
        for id in report.interrupted {
            FileHandle.standardError.write(Data("mado: outbox item \(id) was being sent when mado stopped; it may or may not have left. Check, then 'mado send --requeue \(id)' to send it again.\n".utf8))
        }
        return report.failed.isEmpty && report.interrupted.isEmpty ? 0 : 1
    }
}
