import Foundation
import MadoCore

/// The views and their live counts, on wide terminals.
enum Sidebar {
    static func draw(_ state: AppState, in rect: Rect, into grid: inout CellGrid) {
        Renderer.paneTitle(state.strings.language == "ja" ? "ビュー" : "Views", in: Rect(x: rect.x, y: rect.y, width: rect.width, height: 1),
                           focused: false, into: &grid)
        for (index, view) in state.views.prefix(rect.height - 1).enumerated() {
            let y = rect.y + 1 + index
            let current = index == state.viewIndex
            let role: StyleRole = current ? .selected : (view.name == "Overdue" && (state.viewCounts[view.name] ?? 0) > 0 ? .waitingOverdue : .normal)
            if current { grid.fill(x: rect.x, y: y, width: rect.width, height: 1, role: role) }
            let key = index < 9 ? "\(index + 1)" : " "
            let count = state.viewCounts[view.name].map(String.init) ?? ""
            let nameWidth = rect.width - 3 - CellWidth.of(count) - 1
            grid.put(key + " " + TextFit.pad(SafeText.line(state.strings.viewName(view.name)), to: max(1, nameWidth)), x: rect.x, y: y,
                     maxWidth: rect.width, role: role)
            grid.put(count, x: rect.x + rect.width - CellWidth.of(count) - 1, y: y, role: current ? role : .dim)
        }
    }
}
