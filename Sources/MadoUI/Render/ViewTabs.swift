import Foundation

/// The view tabs in the header, scrolled so the current one always shows with its count.
enum ViewTabs {
    static func text(_ state: AppState, room: Int) -> String {
        var tabs: [String] = []
        for (index, view) in state.views.enumerated() where index < 9 || index == state.viewIndex {
            let name = state.strings.viewName(view.name) + (state.viewCounts[view.name].map { " \($0)" } ?? "")
            let key = index < 9 ? "\(index + 1) " : ""
            tabs.append(index == state.viewIndex ? "  [\(key)\(name)]" : "  \(key)\(name)")
        }
        let current = tabs.firstIndex { $0.hasPrefix("  [") } ?? 0
        // Drop tabs from the left until the current one fits; "…" says some are hidden.
        var first = 0
        while first < current && widthFrom(first, to: current, tabs) > room { first += 1 }
        return (first > 0 ? "  …" : "") + tabs[first...].joined()
    }

    static func widthFrom(_ first: Int, to last: Int, _ tabs: [String]) -> Int {
        (first > 0 ? 3 : 0) + tabs[first...last].reduce(0) { $0 + CellWidth.of($1) }
    }
}
