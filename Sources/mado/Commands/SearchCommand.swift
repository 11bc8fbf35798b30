import Foundation
import MadoCore

enum SearchCommand {
    static func run(_ words: [String]) throws -> Int32 {
        let arguments = try Arguments(words, valued: Commands.commonValued.union(["limit"]), flags: ["json"])
        guard !arguments.positional.isEmpty else {
            throw Arguments.UsageError(description: "Usage: mado search QUERY [--json]   (words, \"phrases\", from: channel: status: tag: assignee: before: after: is:unread)")
        }
        let query = try SearchQuery(arguments.positional.joined(separator: " "))
        let store = try Commands.openStore(arguments)
        let limit = Int(arguments["limit"] ?? "") ?? 100
        let started = DispatchTime.now()
        let filter = ConversationFilter.search(query)
        let rows = try store.conversations(filter, offset: 0, limit: limit)
        let total = try store.countConversations(filter)
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e6
        if arguments.has("json") {
            print(try ConversationJSON.encode(ConversationJSON.envelope(rows.map(ConversationJSON.summary), total: total)))
        } else {
            for conversation in rows { print(ListCommand.line(conversation, now: store.clock())) }
            FileHandle.standardError.write(Data(String(format: "%d of %d conversations in %.1f ms\n", rows.count, total, elapsed).utf8))
        }
        return 0
    }
}
