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

/// A picker over the middle of the screen: title, what was typed, the matching items.
enum PickerOverlay {
    static func draw(_ picker: Picker, state: AppState, into grid: inout CellGrid) {
        let items = picker.visibleItems
        let hasPreview = items.contains { $0.preview != nil }
        let width = hasPreview ? state.width - 4 : min(state.width - 4, max(36, (items.map { CellWidth.of($0.label) }.max() ?? 20) + 8))
        let listHeight = min(items.count + 3, hasPreview ? max(5, (state.height - 4) / 2) : state.height - 4)
        let height = hasPreview ? state.height - 4 : min(state.height - 4, max(5, listHeight))
        let x = (state.width - width) / 2
        let y = max(1, (state.height - height) / 2)
        grid.fill(x: x, y: y, width: width, height: height, role: .help)
        Renderer.paneTitle(picker.title, in: Rect(x: x, y: y, width: width, height: 1), focused: true, into: &grid)
        let typed = "> " + picker.filter
        let used = grid.put(typed, x: x + 1, y: y + 1, maxWidth: width - 2, role: .key)
        grid.cursor = (x: x + 1 + used, y: y + 1)
        let rows = (hasPreview ? listHeight : height) - 3
        let first = max(0, picker.selected - rows + 1)
        if hasPreview, items.indices.contains(picker.selected), let preview = items[picker.selected].preview {
            // The highlighted template's text, so the agent sees what will be inserted.
            let top = y + 2 + rows
            grid.put(String(repeating: state.asciiOnly ? "-" : "─", count: width - 2), x: x + 1, y: top, role: .border)
            for (offset, line) in TextWrap.wrap(SafeText.block(preview), width: width - 4).prefix(height - rows - 4).enumerated() {
                grid.put(line, x: x + 2, y: top + 1 + offset, maxWidth: width - 4, role: .dim)
            }
        }
        for (offset, item) in items.dropFirst(first).prefix(rows).enumerated() {
            let index = first + offset
            let row = y + 2 + offset
            let selected = index == picker.selected
            if selected { grid.fill(x: x + 1, y: row, width: width - 2, height: 1, role: .selected) }
            let check = item.checked ? (state.asciiOnly ? "[x] " : "✓ ") : (state.asciiOnly ? "[ ] " : "  ")
            grid.put((selected ? (state.asciiOnly ? ">" : "▶") : " ") + " " + check + SafeText.line(item.label), x: x + 1, y: row,
                     maxWidth: width - 2, role: selected ? .selected : .help)
        }
    }
}
