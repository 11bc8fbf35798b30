import Foundation
import MadoCore

/// Search that is easy to redo (↑ ↓ walk earlier queries, like a shell) and to leave (Esc on the
/// results goes back to the view it started from).
enum SearchKeys {
    static let historyLimit = 50

    static func isSearchView(_ view: InboxView) -> Bool { view.name.hasPrefix("/ ") }

    /// ↑ and ↓ in the search prompt; nil for every other key.
    static func history(_ key: Key, _ state: inout AppState) -> [Effect]? {
        guard var prompt = state.prompt, prompt.kind == .search, key == .up || key == .down else { return nil }
        let past = state.searchHistory
        guard !past.isEmpty else { return [] }
        var index = state.searchHistoryIndex ?? past.count
        index = key == .up ? max(0, index - 1) : min(past.count, index + 1)
        state.searchHistoryIndex = index
        prompt.text = index < past.count ? past[index] : ""
        state.prompt = prompt
        return []
    }

    /// A search was run: remember it, and where it came from.
    static func remember(_ text: String, _ state: inout AppState) {
        state.searchHistory.removeAll { $0 == text }
        state.searchHistory.append(text)
        if state.searchHistory.count > historyLimit { state.searchHistory.removeFirst() }
        state.searchHistoryIndex = nil
        if !isSearchView(state.currentView) { state.searchFrom = state.currentView.name }
    }

    /// Esc on the results: the search view goes, and the view before it comes back.
    static func leave(_ state: inout AppState) -> [Effect] {
        let from = state.searchFrom
        state.views.removeAll { isSearchView($0) }
        state.searchFrom = nil
        let index = state.views.firstIndex { $0.name == from } ?? 0
        state.viewIndex = -1
        return Reducer.switchView(to: index, &state) + [.loadCounts(views: state.views)]
    }
}
