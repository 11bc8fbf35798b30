import Foundation
import MadoCore
import MadoUI

/// `mado send`: deliver queued replies through the configured commands.
enum SendCommand {
    static func run(_ words: [String]) throws -> Int32 {
        let arguments = try Arguments(words, valued: Commands.commonValued.union(["requeue"]), flags: ["retry", "list", "yes"])
        let store = try Commands.openStore(arguments)
        if arguments.has("list") {
            for item in try store.outbox(states: [.queued, .sending, .failed]) {
                print("\(item.id)\t\(item.state.rawValue)\t\(item.channel.rawValue)\tconversation \(item.conversationID)\t\(item.lastError ?? "")")
            }
            return 0
        }
        if let id = arguments["requeue"].flatMap(Int64.init) {
            return try requeue(id, store: store, confirmed: arguments.has("yes"))
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
        let strings = UIStrings.forEnvironment(ProcessInfo.processInfo.environment)
        for failure in report.failed {
            FileHandle.standardError.write(Data("mado: \(strings.outboxItemFailed(failure.id, failure.error))\n".utf8))
        }
        for id in report.interrupted {
            FileHandle.standardError.write(Data("mado: \(strings.outboxItemInterrupted(id))\n".utf8))
        }
        return report.failed.isEmpty && report.interrupted.isEmpty ? 0 : 1
    }

    /// An interrupted item may already be with the customer: sending it again is the person's
    /// decision, made knowingly (asked on a terminal, `--yes` from a script).
    static func requeue(_ id: Int64, store: Store, confirmed: Bool) throws -> Int32 {
        guard let item = try store.outboxItem(id: id) else { throw StoreError.notFound("Outbox item \(id)") }
        if item.state == .sending {
            guard try store.interruptedSends().contains(where: { $0.id == id }) else {
                throw StoreError.invalid("Outbox item \(id) is being sent right now by another mado; wait for it to finish.")
            }
            let warning = "Outbox item \(id) was being sent when mado stopped: it may already have reached the customer, and requeueing sends it again."
            if !confirmed {
                guard isatty(STDIN_FILENO) != 0 else {
                    throw StoreError.invalid(warning + " Check the sent mail, then run again with --yes to send it anyway.")
                }
                let strings = UIStrings.forEnvironment(ProcessInfo.processInfo.environment)
                FileHandle.standardError.write(Data(strings.requeueQuestion(id).utf8))
                guard let answer = readLine(), ["y", "yes", "はい"].contains(answer.lowercased()) else {
                    print(strings.requeueLeft(id))
                    return 1
                }
            }
        }
        try store.requeue(id)
        print(UIStrings.forEnvironment(ProcessInfo.processInfo.environment).requeueDone(id))
        return 0
    }
}
