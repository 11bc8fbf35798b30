import Foundation
import MadoCore

/// Keys that change conversations: status, assignment, tags, priority, snooze, unread, marking
/// many, and undo. Each change is an `apply` effect; the store's answer comes back as `.applied`.
enum TriageKeys {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect]? {
        switch key {
        case .char("c"): return act(.setStatus(.closed), &state)
        case .char("o"): return act(.setStatus(.open), &state)
        case .char("p"): return act(.setStatus(.pending), &state)
        case .char("U"): return act(.setUnread(true), &state)
        case .char("a"):
            guard let agent = state.agent else {
                state.flash = state.strings.noAgent
                return []
            }
            return act(.assign(login: agent.login), &state)
        case .char("A"): return [.loadPickerOptions(.assign)]
        case .char("t"): return [.loadPickerOptions(.tag)]
        case .char("!"): return PickerKeys.open(.priority, items: PickerKeys.priorities(state.strings), &state)
        case .char("s"): return PickerKeys.open(.snooze, items: PickerKeys.snoozes(state.strings), &state)
        case .char("x"): return toggleMark(&state)
        case .char("*"):
            if !state.marked.isEmpty {
                state.marked = []
                return []
            }
            return [.loadAllIDs(view: state.currentView)]
        case .char("u"): return undo(&state)
        default: return nil
        }
    }

    static func act(_ action: TriageAction, _ state: inout AppState) -> [Effect] {
        let ids = state.targetIDs
        guard !ids.isEmpty else { return [] }
        return [.apply(action, conversationIDs: ids)]
    }

    static func toggleMark(_ state: inout AppState) -> [Effect] {
        guard let id = state.list.selectedConversation?.id else { return [] }
        if state.marked.contains(id) { state.marked.remove(id) } else { state.marked.insert(id) }
        state.flash = state.strings.marked(state.marked.count)
        return ListNavigation.move(to: state.list.selected + 1, &state)
    }

    static func undo(_ state: inout AppState) -> [Effect] {
        guard let last = state.undoStack.popLast() else {
            state.flash = state.strings.nothingToUndo
            return []
        }
        return [.undo(last)]
    }

    /// The store has done it: remember it for undo, say so, and reload — a conversation that left
    /// the view makes room for the next one under the cursor.
    static func applied(_ changes: [TriageChange], _ action: TriageAction, _ state: inout AppState) -> [Effect] {
        if !changes.isEmpty {
            state.undoStack.append(changes)
            if state.undoStack.count > 50 { state.undoStack.removeFirst() }
        }
        state.marked = []
        state.flash = state.strings.describe(action, count: changes.count)
        return Reducer.refresh(state)
    }
}
