import Foundation
import MadoCore

/// A picker over the middle of the screen: title, what was typed (or the keys, where typing does
/// nothing), the items — the current ones checked, the unusable ones greyed with what they need.
enum PickerOverlay {
    static func draw(_ picker: Picker, state: AppState, into grid: inout CellGrid) {
        let strings = state.strings
        let items = picker.visibleItems
        let labels = items.map { label($0, strings: strings) }
        let hasPreview = items.contains { $0.preview != nil }
        let widest = max(labels.map(CellWidth.of).max() ?? 20, CellWidth.of(strings.snoozeTypeHint) + 2)
        let width = hasPreview ? state.width - 4 : min(state.width - 4, max(36, widest + 8))
        let listHeight = min(items.count + 3, hasPreview ? max(5, (state.height - 4) / 2) : state.height - 4)
        let height = hasPreview ? state.height - 4 : min(state.height - 4, max(5, listHeight))
        let x = (state.width - width) / 2
        let y = max(1, (state.height - height) / 2)
        grid.fill(x: x, y: y, width: width, height: height, role: .help)
        Renderer.paneTitle(picker.title, in: Rect(x: x, y: y, width: width, height: 1), focused: true, into: &grid)
        if picker.acceptsText {
            let used = grid.put("> " + picker.filter, x: x + 1, y: y + 1, maxWidth: width - 2, role: .key)
            grid.cursor = (x: x + 1 + used, y: y + 1)
            if picker.kind == .snooze && picker.filter.isEmpty {
                grid.put(strings.snoozeTypeHint, x: x + 1 + used + 1, y: y + 1, maxWidth: max(0, width - used - 3), role: .dim)
            }
        } else {
            grid.put(strings.pickerKeys, x: x + 1, y: y + 1, maxWidth: width - 2, role: .dim)
        }
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
        for (offset, item) in items.enumerated().dropFirst(first).prefix(rows) {
            let row = y + 2 + offset - first
            let selected = offset == picker.selected
            let role: StyleRole = selected ? .selected : (item.needs.isEmpty ? .help : .dim)
            if selected { grid.fill(x: x + 1, y: row, width: width - 2, height: 1, role: .selected) }
            let check = item.checked ? (state.asciiOnly ? "[x] " : "✓ ") : (state.asciiOnly ? "[ ] " : "  ")
            grid.put((selected ? (state.asciiOnly ? ">" : "▶") : " ") + " " + check + labels[offset], x: x + 1, y: row,
                     maxWidth: width - 2, role: role)
        }
    }

    /// The item's name, with the words that suggested it and what it still needs.
    static func label(_ item: PickerItem, strings: UIStrings) -> String {
        var text = SafeText.line(item.label)
        // What it needs matters more than its description, which the narrow screen would cut.
        if !item.needs.isEmpty { text = (text.components(separatedBy: " — ").first ?? text) + " — " + strings.templateNeeds(item.needs) }
        if !item.matched.isEmpty { text = "★ " + text + "  ← " + SafeText.line(item.matched.joined(separator: ", ")) }
        return text
    }
}
