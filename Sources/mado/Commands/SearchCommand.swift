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
        let pageTime = milliseconds(since: started)
        if arguments.has("json") {
            let total = try store.countConversations(filter)
            print(try ConversationJSON.encode(ConversationJSON.envelope(rows.map(ConversationJSON.summary), total: total)))
        } else {
            // The page first, the total after it: a person reads results while the count is worked out.
            for conversation in rows { print(ListCommand.line(conversation, now: store.clock())) }
            fflush(nil)
            // The count is for a person at a terminal; a script reading the lines (or --json's total) does not wait for it.
            guard isatty(STDERR_FILENO) != 0 else { return 0 }
            let total = try store.countConversations(filter)
            FileHandle.standardError.write(Data(String(format: "%d of %d conversations in %.1f ms (first page in %.1f ms)\n",
                                                       rows.count, total, milliseconds(since: started), pageTime).utf8))
        }
        return 0
    }

    static func milliseconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
    }
}
