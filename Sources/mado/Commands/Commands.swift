import Foundation
import MadoCore

enum Commands {
    /// Options every command understands.
    static let commonValued: Set<String> = ["store", "theme", "agent"]

    static func run(_ words: [String]) throws -> Int32 {
        guard let first = words.first, !first.hasPrefix("--") || first == "--help" || first == "--version" else {
            return try InboxCommand.run(words)
        }
        let rest = Array(words.dropFirst())
        switch first {
        case "setup": return try SetupCommand.run(rest)
        case "demo": return try DemoCommand.run(rest)
        case "list": return try ListCommand.run(rest)
        case "show": return try ShowCommand.run(rest)
        case "first-screen": return try FirstScreenCommand.run(rest)
        case "search": return try SearchCommand.run(rest)
        case "send": return try SendCommand.run(rest)
        case "import": return try ImportCommand.run(rest)
        case "reply": return try ReplyCommand.run(rest)
        case "save-attachment": return try SaveAttachmentCommand.run(rest)
        case "agent": return try AgentCommand.run(rest)
        case "backup": return try BackupCommand.backup(rest)
        case "restore": return try BackupCommand.restore(rest)
        case let name where TriageCommand.names.contains(name): return try TriageCommand.run(name, rest)
        case "help", "--help", "-h": print(usage); return 0
        case "version", "--version": print("mado \(version)"); return 0
        default:
            throw Arguments.UsageError(description: "Unknown command '\(first)'. Run 'mado help' for the list.")
        }
    }

    static let version = "0.1.0"

    static let usage = """
    mado — a terminal support inbox for email and Instagram

    Usage:
      mado [--store PATH] [--theme NAME] [--agent LOGIN]   open the inbox
      mado setup [--shop-name NAME] [--shop-address ADDR] [--timezone ZONE] [--login LOGIN] [--name NAME] [--email ADDR]
                                                       first run: the shop's name and address, your agent (asks what is not given)
      mado demo [--store PATH] [--conversations N] [--no-open]
                                                       build a demo store (and open it)
      mado list [--status open|pending|closed] [--json] list conversations
      mado show ID [--json]                            show one conversation with its messages
      mado search QUERY [--json]                       search (words, from: channel: status: tag: is:unread …)
      mado send [--retry] [--list] [--requeue ID]      deliver queued replies (sendmail -t -i, or MADO_SENDMAIL)
      mado import maildir DIR [--watch] | mbox FILE | eml FILE… [--json]
                                                       bring mail in (files are only read)
      mado import instagram PATH|- [--account NAME]    webhook payloads (a file, a spool folder, stdin) or an export;
                                                       a payload that can never import is moved to PATH/failed/
      mado close|reopen|pending ID…, mado assign LOGIN|none ID…, mado tag|untag NAME ID…,
      mado snooze WHEN ID…, mado priority urgent|high|normal|low ID…
                                                       triage from scripts (audited like the screen)
      mado agent add LOGIN --name NAME [--email ADDR] [--signature-file F] | mado agent list
      mado save-attachment CONVERSATION [--message ID] [--index N] [--to DIR]
      mado reply ID (--template NAME[:ja|en] | --body-file F) [--then close|pending|open] [--send]
                                                       queue a reply (quote and signature as in the composer)
      mado backup FILE                                 a consistent copy of the store (works while inboxes are open)
      mado restore FILE                                put a backup in the store's place (refused while mado has it open)

    The store is $XDG_DATA_HOME/mado/mado.sqlite (~/.local/share/mado/mado.sqlite) unless --store
    or MADO_STORE names another. Config: ~/.config/mado/config. Themes: dark, light, high-contrast.
    """

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
