import MadoCore
import MadoUI

/// Each subcommand's usage: `mado help`, `mado help NAME` and `mado NAME --help` print these lines,
/// and the shell completion tests check the completions against the names.
enum CommandUsage {
    static let global = "[--store PATH] [--theme NAME] [--agent LOGIN]   (before or after the command)"

    static let all: [(name: String, usage: String, about: String)] = [
        ("setup", "mado setup [--shop-name NAME] [--shop-address ADDR] [--timezone ZONE] [--login LOGIN] [--name NAME] [--email ADDR]",
         "first run: the shop's name and address, your agent (asks what is not given)"),
        ("demo", "mado demo [--conversations N [--days N]] [--seed N] [--no-open]", "build a demo store (and open it)"),
        ("list", "mado list [--status open|pending|closed] [--limit N] [--json]", "list conversations"),
        ("show", "mado show ID [--json]", "one conversation with its messages"),
        ("search", "mado search QUERY [--limit N] [--json]", "search (mado help search)"),
        ("import", "mado import maildir DIR [--watch] | mbox FILE | eml FILE… | \(Channels.importUsage) | orders FILE.csv | customers FILE.csv [--json]",
         "bring mail, Instagram messages and Shopify's order and customer exports in (files are only read)"),
        ("webhook", "mado webhook   (run by a web server as CGI; PATH_INFO \(Channels.webhookPathsUsage))",
         "receive Instagram webhooks: answer Meta's verification, check X-Hub-Signature-256, spool the payload (README: Receiving Instagram webhooks)"),
        ("instagram", "mado instagram backfill [--account NAME_OR_ID] [--quiet]",
         "bring in the direct messages from before the webhook, from Meta's conversations API ([instagram] token_command)"),
        ("reply", "mado reply ID (--template NAME[:ja|en] | --body-file F) [--then close|pending|open] [--send]",
         "queue a reply (quote and signature as in the composer)"),
        ("send", "mado send [--retry] [--list] [--requeue ID [--yes]]", "deliver queued replies"),
        ("close", "mado close ID…", "close conversations"),
        ("reopen", "mado reopen ID…", "reopen conversations"),
        ("pending", "mado pending ID…", "set conversations pending"),
        ("assign", "mado assign LOGIN|none ID…", "assign (none: unassign)"),
        ("tag", "mado tag NAME ID…", "add a tag"),
        ("untag", "mado untag NAME ID…", "remove a tag"),
        ("snooze", "mado snooze WHEN ID…", "snooze (tomorrow 9am, mon, next week, 12/3 14:00, 3h, 明日 10時 …)"),
        ("priority", "mado priority urgent|high|normal|low ID…", "set the priority"),
        ("report", "mado report [--since DATE] [--until DATE] [--by channel|agent|day|tag] [--json|--csv]",
         "first response and resolution times, volumes, backlog and CSAT over [since, until) (default: the last 30 days; README: Reports)"),
        ("agent", "mado agent add LOGIN --name NAME [--email ADDR] [--signature-file F] | mado agent list", "agents"),
        ("customer", "mado customer show ID [--json] | merge KEEP OTHER | unmerge ID | export ID [--to DIR] | erase ID [--yes] | suppress ID | unsuppress ID",
         "one customer (identities, alternatives, notes, orders, conversations); merge two into one; undo a merge; export everything held about them, erase it, or stop using it"),
        ("save-attachment", "mado save-attachment CONVERSATION [--message ID] [--index N] [--to DIR]", "save attachments"),
        ("backup", "mado backup FILE", "a consistent copy of the store (works while inboxes are open)"),
        ("restore", "mado restore FILE", "put a backup in the store's place (refused while mado has it open)"),
        ("first-screen", "mado first-screen [--size WxH]", "print the first screen as text"),
        ("bench", "mado bench search QUERY… [--runs N] [--limit N]", "time searches in this process (for scripts/bench-search.sh)"),
        ("help", "mado help [TOPIC|COMMAND]", "this text; topics: " + HelpTopic.allCases.map(\.rawValue).joined(separator: " ")),
        ("version", "mado version", "the version"),
    ]

    static func usage(of name: String) -> String? {
        all.first { $0.name == name }.map { "Usage: \($0.usage)\n       global options: \(global)\n\n\($0.about)" }
    }

    /// `mado help`: the same first line as the `?` screen, then every command.
    static var overview: String {
        var lines = [HelpTable.summary(japanese: false), "", "Usage:", "  mado \(global)", "      open the inbox"]
        for command in all {
            lines.append("  " + command.usage)
            lines.append("      " + command.about)
        }
        lines.append("")
        lines.append("Topics (mado help TOPIC): " + HelpTopic.allCases.map { "\($0.rawValue) — \(HelpTable.topicLine($0, japanese: false))" }.joined(separator: "; "))
        lines.append("The store is $XDG_DATA_HOME/mado/mado.sqlite (~/.local/share/mado/mado.sqlite) unless --store")
        lines.append("or MADO_STORE names another. Config: ~/.config/mado/config. Themes: dark, light, high-contrast.")
        return lines.joined(separator: "\n")
    }

    /// `mado help TOPIC`, man-style: NAME, then the topic's sections as the screen shows them.
    static func topic(_ topic: HelpTopic, japanese: Bool) -> String {
        ["NAME", "    mado-\(topic.rawValue) — \(HelpTable.topicLine(topic, japanese: japanese))", "",
         HelpText.plain(HelpTable.sections(for: topic), width: 80, japanese: japanese)].joined(separator: "\n")
    }
}
