import Foundation
import MadoCore

/// Triage from the shell, with the same actions, transactions and audit events as the screen:
///   mado close|reopen|pending ID…, mado assign LOGIN|none ID…, mado tag NAME ID…, mado untag NAME ID…,
///   mado snooze WHEN ID…, mado priority urgent|high|normal|low ID…
enum TriageCommand {
    static let names: Set<String> = ["close", "reopen", "pending", "assign", "tag", "untag", "snooze", "priority"]

    static func run(_ command: String, _ words: [String]) throws -> Int32 {
        let arguments = try Arguments(words, valued: Commands.commonValued, flags: [])
        var positional = arguments.positional
        let store = try Commands.openStore(arguments)
        let agent = try Commands.agent(arguments, store: store, config: try Config.load())
        let action: TriageAction
        switch command {
        case "close": action = .setStatus(.closed)
        case "reopen": action = .setStatus(.open)
        case "pending": action = .setStatus(.pending)
        default:
            guard !positional.isEmpty else { throw Arguments.UsageError(description: "Usage: mado \(command) VALUE ID…") }
            let value = positional.removeFirst()
            switch command {
            case "assign": action = .assign(login: value == "none" ? nil : value)
            case "tag": action = .addTag(value)
            case "untag": action = .removeTag(value)
            case "priority":
                guard let level = ["urgent": 2, "high": 1, "normal": 0, "low": -1][value] else {
                    throw Arguments.UsageError(description: "priority takes urgent, high, normal or low, not '\(value)'.")
                }
                action = .setPriority(level)
            default:
                guard let date = SnoozeTimes.parse(value, now: Date(), timeZone: .current) else {
                    throw Arguments.UsageError(description: "snooze takes later, tomorrow, nextweek, 3h, 2d or a date like 2026-12-01, not '\(value)'.")
                }
                action = .snooze(until: date)
            }
        }
        let ids = try positional.map { word -> Int64 in
            guard let id = Int64(word.trimmingCharacters(in: CharacterSet(charactersIn: "#"))) else {
                throw Arguments.UsageError(description: "'\(word)' is not a conversation id.")
            }
            return id
        }
        guard !ids.isEmpty else { throw Arguments.UsageError(description: "Name at least one conversation id.") }
        let changes = try store.apply(action, to: ids, by: agent)
        print("\(command): \(changes.count) of \(ids.count) changed")
        return 0
    }
}
