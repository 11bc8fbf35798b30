import Foundation
import MadoCore
import MadoUI

enum Commands {
    /// Options every command understands.
    static let commonValued: Set<String> = ["store", "theme", "agent"]

    static func run(_ words: [String]) throws -> Int32 {
        // Global options may come before the command (mado --store S list): they travel after it.
        var globals: [String] = []
        var words = words
        while let first = words.first, globalOption(first) != nil {
            globals.append(words.removeFirst())
            if !first.contains("="), !words.isEmpty { globals.append(words.removeFirst()) }
        }
        guard let first = words.first, !first.hasPrefix("-") || ["--help", "-h", "--version"].contains(first) else {
            return try InboxCommand.run(globals + words)
        }
        let rest = Array(words.dropFirst()) + globals
        // Every command answers --help / -h with its usage, before anything else is checked.
        let options = rest.prefix { $0 != "--" }
        if options.contains("--help") || options.contains("-h"), let usage = CommandUsage.usage(of: first) {
            print(usage)
            return 0
        }
        switch first {
        case "setup": return try SetupCommand.run(rest)
        case "demo": return try DemoCommand.run(rest)
        case "list": return try ListCommand.run(rest)
        case "show": return try ShowCommand.run(rest)
        case "first-screen": return try FirstScreenCommand.run(rest)
        case "bench": return try BenchCommand.run(rest)
        case "search": return try SearchCommand.run(rest)
        case "send": return try SendCommand.run(rest)
        case "import": return try ImportCommand.run(rest)
        case "webhook": return try WebhookCommand.run(rest)
        case "instagram": return try InstagramCommand.run(rest)
        case "reply": return try ReplyCommand.run(rest)
        case "save-attachment": return try SaveAttachmentCommand.run(rest)
        case "agent": return try AgentCommand.run(rest)
        case "customer": return try CustomerCommand.run(rest)
        case "report": return try ReportCommand.run(rest)
        case "backup": return try BackupCommand.backup(rest)
        case "restore": return try BackupCommand.restore(rest)
        case "help", "--help", "-h": return try help(Array(words.dropFirst()))
        case "version", "--version": print("mado \(version)"); return 0
        // Last: the first use of its Set<String> costs a look through every protocol conformance.
        case let name where TriageCommand.names.contains(name): return try TriageCommand.run(name, rest)
        default:
            throw Arguments.UsageError(description: "Unknown command '\(first)'. Run 'mado help' for the list.")
        }
    }

    /// The name of a global option word (--store, --store=S), or nil.
    static func globalOption(_ word: String) -> String? {
        guard word.hasPrefix("--") else { return nil }
        let name = String(word.dropFirst(2).prefix { $0 != "=" })
        // Not `commonValued.contains`: the first use of a Set<String> costs a `mado --version` a
        // look through every protocol conformance in the binary (about 0.5 ms).
        switch name {
        case "store", "theme", "agent": return name
        default: return nil
        }
    }

    /// `mado help`, `mado help TOPIC` (as the screen's help), `mado help COMMAND`.
    static func help(_ words: [String]) throws -> Int32 {
        guard let subject = words.first else {
            print(CommandUsage.overview)
            return 0
        }
        if let topic = HelpTopic(rawValue: subject) {
            print(CommandUsage.topic(topic, japanese: UIStrings.forEnvironment(ProcessInfo.processInfo.environment).ja))
            return 0
        }
        if let usage = CommandUsage.usage(of: subject) {
            print(usage)
            return 0
        }
        let topics = HelpTopic.allCases.map(\.rawValue).joined(separator: ", ")
        throw Arguments.UsageError(description: "No help for '\(subject)': topics are \(topics); or name a command.")
    }

    static let version = "0.1.0"

    /// The store for read/write commands: it must exist (opening a typo'd path must not create one).
    static func openStore(_ arguments: Arguments, create: Bool = false) throws -> Store {
        let path = storePath(arguments)
        return try Store(path: path, create: create)
    }

    static func storePath(_ arguments: Arguments) -> String {
        arguments["store"] ?? ProcessInfo.processInfo.environment["MADO_STORE"] ?? Store.defaultPath()
    }

    /// Who is at the keyboard: --agent, MADO_AGENT, or the Unix user mapped in the config.
    /// Nil when none is named; an unknown name is an error, never a silent default.
    static func agent(_ arguments: Arguments, store: Store, config: Config) throws -> Agent? {
        let environment = ProcessInfo.processInfo.environment
        let unixUser = environment["USER"] ?? environment["LOGNAME"] ?? ""
        guard let login = arguments["agent"] ?? environment["MADO_AGENT"] ?? config.section("agents")[unixUser] else {
            return nil
        }
        guard let agent = try store.agent(login: login) else {
            let known = try store.agents().map(\.login).joined(separator: ", ")
            throw StoreError.invalid("No agent '\(login)' in this store (known: \(known.isEmpty ? "none" : known)); add one with 'mado agent add'.")
        }
        return agent
    }
}
