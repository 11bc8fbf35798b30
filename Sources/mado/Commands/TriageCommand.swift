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
        let config = try Config.load()
        let agent = try Commands.agent(arguments, store: store, config: config)
        let action: TriageAction
        switch command {
        case "close": action = .setStatus(.closed)
        case "reopen": action = .setStatus(.open)
        case "pending": action = .setStatus(.pending)
        default:
            guard !positional.isEmpty else { throw Arguments.UsageError(description: "Usage: mado \(command) VALUE ID…") }
            var value = positional.removeFirst()
            // WHEN may be several words ("tomorrow 9am", 明日 10時): everything before the ids.
            while command == "snooze", let next = positional.first, Int64(next.trimmingCharacters(in: CharacterSet(charactersIn: "#"))) == nil {
                value += " " + positional.removeFirst()
            }
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
                // The shop's zone and opening hours, as the screen reads them.
                let hours = try BusinessHours(config: config)
                guard let date = SnoozeText.parse(value, now: Date(), timeZone: hours.timeZone, hours: hours) else {
                    throw Arguments.UsageError(description: "snooze takes tomorrow, 'tomorrow 9am', 9am, mon, 'next week', 12/3, '12/3 14:00', 3h, 2d, 明日, '明日 10時', 月曜, 12月3日 or 15時, not '\(value)'.")
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
