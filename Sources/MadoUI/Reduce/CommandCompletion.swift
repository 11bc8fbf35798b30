import Foundation
import MadoCore

/// Tab on the `:` line: command names first, then arguments from what the screen already knows
/// (views, tags and agents loaded, priorities, help topics). One candidate is taken; several are
/// shown above the line and completed as far as they agree; Tab again walks through them.
enum CommandCompletion {
    static func tab(_ prompt: inout Prompt, _ state: inout AppState) {
        let text = prompt.text
        let wordStart = text.lastIndex(of: " ").map { text.index(after: $0) } ?? text.startIndex
        let head = String(text[..<wordStart])
        let word = String(text[wordStart...])
        // Tab again on a shown candidate moves to the next one.
        if let index = state.completions.firstIndex(of: word), state.completions.count > 1 {
            prompt.text = head + state.completions[(index + 1) % state.completions.count]
            return
        }
        let found = candidates(head: head, word: word, state: state)
        switch found.count {
        case 0:
            state.completions = []
        case 1:
            state.completions = []
            prompt.text = head + found[0] + " "
        default:
            let common = commonPrefix(found)
            if common.count > word.count {
                prompt.text = head + common
            } else if state.completions == found {
                prompt.text = head + found[0]
            }
            state.completions = found
        }
    }

    /// What may stand where `word` is, given the words before it.
    static func candidates(head: String, word: String, state: AppState) -> [String] {
        let before = head.split(separator: " ").map(String.init)
        let all: [String]
        if before.isEmpty {
            all = CommandSpec.all.flatMap { [$0.name] + $0.aliases.filter { $0.count > 1 } }
        } else if before.count == 1, let command = CommandSpec.named(before[0].lowercased()) {
            all = arguments(command.arguments, state: state)
        } else {
            all = []
        }
        let folded = word.lowercased()
        var seen = Set<String>()
        return all.filter { $0.lowercased().hasPrefix(folded) && seen.insert($0).inserted }
    }

    static func arguments(_ kind: CommandSpec.Arguments, state: AppState) -> [String] {
        switch kind {
        case .none, .free: return []
        case .words(let words): return words
        case .priorities: return ["urgent", "high", "normal", "low"]
        case .topics: return HelpTopic.allCases.map(\.rawValue)
        case .views: return state.views.map(\.name).filter { !$0.hasPrefix("/ ") && !$0.contains(" ") }
        case .tags:
            let tags = state.list.rows.flatMap(\.tags) + (state.reader.detail?.conversation.tags ?? [])
            return Array(Set(tags)).sorted()
        case .agents:
            let logins = [state.agent?.login].compactMap { $0 } + state.list.rows.compactMap(\.assigneeLogin)
            return ["me", "none"] + Array(Set(logins)).sorted()
        }
    }

    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first else { return "" }
        for word in words.dropFirst() {
            while !word.lowercased().hasPrefix(prefix.lowercased()) { prefix.removeLast() }
        }
        return prefix
    }
}
