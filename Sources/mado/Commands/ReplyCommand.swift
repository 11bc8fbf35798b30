import Foundation
import MadoCore

/// `mado reply ID --body-file F [--then close|pending|open]`: queues a reply built exactly as the
/// composer builds it (quote, signature in the agent's name); `mado send` delivers it.
enum ReplyCommand {
    static func run(_ words: [String]) throws -> Int32 {
        let arguments = try Arguments(words, valued: Commands.commonValued.union(["body-file", "then", "template"]), flags: ["send"])
        guard arguments.positional.count == 1, let id = Int64(arguments.positional[0].trimmingCharacters(in: CharacterSet(charactersIn: "#"))) else {
            throw Arguments.UsageError(description: "Usage: mado reply ID (--template NAME | --body-file FILE) [--then close|pending|open] [--send]")
        }
        let store = try Commands.openStore(arguments)
        let config = try Config.load()
        guard let agent = try Commands.agent(arguments, store: store, config: config) else { throw ReplyError.noAgent }
        var status: ConversationStatus?
        if let then = arguments["then"] {
            guard let parsed = ConversationStatus(rawValue: then == "close" ? "closed" : then) else {
                throw Arguments.UsageError(description: "--then takes close, pending or open, not '\(then)'.")
            }
            status = parsed
        }

        let builder = ReplyBuilder(store: store, shop: ShopSettings(config: config))
        var draft = try builder.draft(conversationID: id, agent: agent)
        if let name = arguments["template"] {
            draft = try TemplateChoice.fill(name, draft: draft, builder: builder, agent: agent, config: config)
            let outboxID = try builder.queue(draft, agent: agent, then: status)
            print("queued outbox item \(outboxID) for conversation \(id)")
            return try deliverIfAsked(arguments, store: store, config: config)
        }
        guard let file = arguments["body-file"] else {
            throw Arguments.UsageError(description: "mado reply needs --template NAME or --body-file FILE (- for standard input).")
        }
        let text: String
        if file == "-" {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else {
            guard let data = FileManager.default.contents(atPath: file) else { throw MailError.unreadable(file, "no such file or no permission") }
            text = String(decoding: data, as: UTF8.self)
        }
        draft.body = text.trimmingCharacters(in: .newlines) + (draft.channel.adapter.rules.hasSubject ? "\n" + draft.body : "")
        let outboxID = try builder.queue(draft, agent: agent, then: status)
        print("queued outbox item \(outboxID) for conversation \(id)")
        return try deliverIfAsked(arguments, store: store, config: config)
    }

    static func deliverIfAsked(_ arguments: Arguments, store: Store, config: Config) throws -> Int32 {
        if arguments.has("send") {
            let report = try OutboxSender(config: config).deliver(store)
            print("sent \(report.sent.count), failed \(report.failed.count)")
            for failure in report.failed { FileHandle.standardError.write(Data("mado: \(failure.error)\n".utf8)) }
            return report.failed.isEmpty ? 0 : 1
        }
        return 0
    }
}
