import Foundation
import MadoCore
import MadoUI

enum ListCommand {
    static func run(_ words: [String]) throws -> Int32 {
        let arguments = try Arguments(words, valued: Commands.commonValued.union(["status", "limit"]), flags: ["json"])
        let store = try Commands.openStore(arguments)
        var filter = ConversationFilter(snooze: .any)
        if let status = arguments["status"] {
            guard let parsed = ConversationStatus(rawValue: status) else {
                throw Arguments.UsageError(description: "--status takes open, pending or closed, not '\(status)'.")
            }
            filter.statuses = [parsed]
        }
        let limit = Int(arguments["limit"] ?? "") ?? Int.max
        // Stream in pages: a 100k store is listed without holding it all in memory.
        var offset = 0
        var first = true
        // The same envelope as search and show; the total is counted first so rows can stream.
        if arguments.has("json") { print("{\n  \"conversations\" : [", terminator: "") }
        while offset < limit {
            let page = try store.conversations(filter, offset: offset, limit: min(500, limit - offset))
            if page.isEmpty { break }
            for conversation in page {
                if arguments.has("json") {
                    print((first ? "\n" : ",\n") + indent(try ConversationJSON.encode(ConversationJSON.summary(conversation)), by: "    "), terminator: "")
                } else {
                    print(line(conversation, now: store.clock()))
                }
                first = false
            }
            offset += page.count
        }
        if arguments.has("json") {
            let total = try store.countConversations(filter)
            print((first ? "]" : "\n  ]") + ",\n  \"total\" : \(total)\n}")
        }
        return 0
    }

    /// Spaces before each line (blank lines stay empty): one level by default, two for a list row.
    static func indent(_ json: String, by spaces: String = "  ") -> String {
        json.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.allSatisfy { $0.isWhitespace } ? "" : spaces + $0 }.joined(separator: "\n")
    }

    /// One aligned line per conversation (cells, not characters, so Japanese names line up).
    static func line(_ c: Conversation, now: Date) -> String {
        // A closed conversation keeps no one waiting.
        let waiting = c.status == .closed ? "-" : c.waitingSince.map { TimeText.waiting(since: $0, now: now) } ?? "-"
        return [
            TextFit.padLeft(String(c.id), to: 6),
            TextFit.pad(c.channel.rawValue, to: 9),
            TextFit.pad(c.status.rawValue, to: 7),
            TextFit.padLeft(waiting, to: 4),
            TextFit.pad(SafeText.line(c.customerName), to: 18),
            TextFit.pad(c.assigneeLogin ?? "-", to: 8),
            SafeText.line(c.title) + (c.tags.isEmpty ? "" : "  " + c.tags.map { "#" + $0 }.joined(separator: " ")),
        ].joined(separator: " ")
    }
}
