import Foundation
import MadoCore

/// Typing in the bottom line: `/` search, `:` commands, a snooze date.
enum PromptKeys {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var prompt = state.prompt else { return [] }
        if case .confirmReply(let id) = prompt.kind {
            state.prompt = nil
            state.flash = nil
            return key == .char("y") ? [.beginReply(conversationID: id, force: true)] : []
        }
        if key != .tab { state.completions = [] }
        if let effects = SearchKeys.history(key, &state) { return effects }
        switch key {
        case .tab where prompt.kind == .command:
            CommandCompletion.tab(&prompt, &state)
        case .escape:
            state.prompt = nil
            if prompt.kind == .instagramReply, let composer = state.composer {
                state.composer = nil
                return [.postponeDraft(ReplyDraft(conversationID: composer.draft.conversationID, channel: composer.draft.channel,
                                                  to: composer.draft.to, subject: "", body: prompt.text)),
                        .loadCounts(views: state.views)]
            }
            return []
        case .backspace where prompt.text.isEmpty:
            state.prompt = nil
            return []
        case .enter, .ctrl("j") where !prompt.isMultiline:
            state.prompt = nil
            return submit(prompt, &state)
        default:
            _ = LineEditing.apply(key, to: &prompt)
        }
        state.prompt = prompt
        return []
    }

    static func submit(_ prompt: Prompt, _ state: inout AppState) -> [Effect] {
        let text = prompt.text.trimmingCharacters(in: .whitespaces)
        switch prompt.kind {
        case .search:
            return search(text, &state)
        case .command:
            return CommandPrompt.run(text, &state)
        case .instagramReply:
            guard var composer = state.composer else { return [] }
            composer.draft.body = prompt.text
            // The old preview no longer says what leaves: nothing is sendable until the new one is back.
            composer.preview = nil
            state.composer = composer
            return [.previewReply(composer.draft)]
        case .confirmReply:
            return []
        case .note(let id):
            guard !text.isEmpty else { return [] }
            return [.addNote(conversationID: id, text: text)]
        case .customerNotes(let id):
            // Emptying the notes is allowed: it clears them.
            return [.setCustomerNotes(customerID: id, notes: prompt.text.trimmingCharacters(in: .whitespacesAndNewlines))]
        case .snoozeDate:
            guard let date = PickerKeys.snoozeDate(text, state) else {
                state.flash = state.strings.snoozeUnreadable(text)
                return []
            }
            return TriageKeys.act(.snooze(until: date), &state)
        }
    }

    /// A search becomes a view of its own (named "/ query"), replacing the previous search.
    static func search(_ text: String, _ state: inout AppState) -> [Effect] {
        guard !text.isEmpty else { return [] }
        SearchKeys.remember(text, &state)
        let query: SearchQuery
        do {
            query = try SearchQuery(text, timeZone: state.timeZone)
        } catch {
            state.flash = state.strings.describe(error)
            return []
        }
        state.views.removeAll { $0.name.hasPrefix("/ ") }
        state.views.append(InboxView(name: "/ " + text, filter: .search(query)))
        state.viewIndex = state.views.count - 2
        return Reducer.switchView(to: state.views.count - 1, &state) + [.loadCounts(views: state.views)]
    }
}

/// `:` commands, for everything that has a key and a few things that do not.
enum CommandPrompt {
    static func run(_ text: String, _ state: inout AppState) -> [Effect] {
        let words = text.split(separator: " ").map(String.init)
        guard let command = words.first?.lowercased() else { return [] }
        let argument = words.dropFirst().joined(separator: " ")
        switch command {
        case "close": return TriageKeys.act(.setStatus(.closed), &state)
        case "open", "reopen": return TriageKeys.act(.setStatus(.open), &state)
        case "pending": return TriageKeys.act(.setStatus(.pending), &state)
        case "unread": return TriageKeys.act(.setUnread(true), &state)
        case "assign":
            if argument.isEmpty || argument == "me" {
                guard let agent = state.agent else {
                    state.flash = state.strings.noAgent
                    return []
                }
                return TriageKeys.act(.assign(login: agent.login), &state)
            }
            return TriageKeys.act(.assign(login: argument == "none" ? nil : argument), &state)
        case "unassign": return TriageKeys.act(.assign(login: nil), &state)
        case "tag" where !argument.isEmpty: return TriageKeys.act(.addTag(argument), &state)
        case "untag" where !argument.isEmpty: return TriageKeys.act(.removeTag(argument), &state)
        case "tag", "untag":
            state.flash = state.strings.usage(command)
            return []
        case "priority":
            let levels = ["urgent": 2, "high": 1, "normal": 0, "low": -1]
            guard let level = levels[argument.lowercased()] ?? Int(argument) else {
                state.flash = state.strings.usage(command)
                return []
            }
            return TriageKeys.act(.setPriority(level), &state)
        case "snooze":
            guard let date = PickerKeys.snoozeDate(argument.isEmpty ? "tomorrow" : argument, state) else {
                state.flash = state.strings.snoozeUnreadable(argument)
                return []
            }
            return TriageKeys.act(.snooze(until: date), &state)
        case "unsnooze", "wake": return TriageKeys.act(.snooze(until: nil), &state)
        case "undo": return TriageKeys.undo(&state)
        case "select":
            switch argument {
            case "all": return [.loadAllIDs(view: state.currentView)]
            case "none", "":
                state.marked = []
                return []
            default:
                state.flash = state.strings.usage(command)
                return []
            }
        case "search": return PromptKeys.search(argument, &state)
        case "save":
            guard let search = state.currentView.filter.search, !argument.isEmpty else {
                state.flash = state.strings.saveNeedsSearch
                return []
            }
            return [.saveView(name: argument, query: search.text)]
        case "view":
            if let number = Int(argument) { return Reducer.switchView(to: number - 1, &state) }
            if let index = state.views.firstIndex(where: { $0.name.lowercased() == argument.lowercased() || state.strings.viewName($0.name) == argument }) {
                return Reducer.switchView(to: index, &state)
            }
            state.flash = state.strings.noSuchView(argument)
            return []
        case "me":
            // :me name Hanako Sato | :me email hanako@… | :me ig-signature — Hanako | :me line-signature — はなこ | :me signature (editor)
            let parts = argument.split(separator: " ", maxSplits: 1).map(String.init)
            guard let field = parts.first, ["name", "email", "signature", "ig-signature", "line-signature"].contains(field) else {
                state.flash = state.strings.usage(command)
                return []
            }
            guard state.agent != nil else {
                state.flash = state.strings.noAgent
                return []
            }
            return [.updateAgent(field: field, value: parts.count > 1 ? parts[1] : "")]
        case "agent":
            let parts = argument.split(separator: " ", maxSplits: 2).map(String.init)
            guard parts.count == 3, parts[0] == "add" else {
                state.flash = state.strings.usage(command)
                return []
            }
            return [.addAgent(login: parts[1], name: parts[2])]
        case "help":
            guard argument.isEmpty || HelpTopic(rawValue: argument.lowercased()) != nil else {
                state.flash = state.strings.unknownTopic(argument)
                return []
            }
            return HelpKeys.open(&state, topic: HelpTopic(rawValue: argument.lowercased()))
        case "q", "quit": return Reducer.quit(&state)
        case "messages":
            state.showMessages = true
            return []
        case "report":
            guard argument.isEmpty || (Int(argument) ?? 0) > 0 else {
                state.flash = state.strings.usage("report")
                return []
            }
            state.reportDays = Int(argument) ?? 30
            state.flash = state.strings.reportLoading
            return [.loadReport(days: state.reportDays)]
        default:
            state.flash = state.strings.unknownCommand(command)
            return []
        }
    }
}
