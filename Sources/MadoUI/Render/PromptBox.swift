/// The line being typed (search, `:` command, snooze date, note, the Instagram box), drawn at the
/// bottom with the cursor where typing goes. Text of several lines grows upwards (at most a third
/// of the screen, scrolled to the cursor's line); a line wider than the screen scrolls sideways so
/// the cursor stays visible.
enum PromptBox {
    static func draw(_ prompt: Prompt, leader: String, state: AppState, into grid: inout CellGrid) {
        let lines = prompt.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let (cursorLine, cursorColumn) = position(of: prompt.cursor, in: lines)
        let visible = min(lines.count, max(1, state.height / 3))
        let first = min(max(0, cursorLine - visible + 1), lines.count - visible)
        let indent = String(repeating: " ", count: CellWidth.of(leader))
        for (offset, index) in (first..<(first + visible)).enumerated() {
            let y = state.height - visible + offset
            grid.fill(x: 0, y: y, width: state.width, height: 1, role: .status)
            let lead = index == 0 ? leader : indent
            let room = max(1, state.width - CellWidth.of(lead) - 1)
            let characters = Array(lines[index])
            // Drop from the left until the cursor (or the end) fits.
            let focus = index == cursorLine ? cursorColumn : characters.count
            var start = 0
            while start < focus, CellWidth.of(String(characters[start..<focus])) >= room { start += 1 }
            let shown = String(characters[start...])
            let leadWidth = grid.put(lead, x: 0, y: y, role: .status)
            grid.put(shown, x: leadWidth, y: y, maxWidth: state.width - leadWidth, role: .status)
            if index == cursorLine {
                let x = leadWidth + CellWidth.of(String(characters[start..<cursorColumn]))
                grid.cursor = (x: min(x, state.width - 1), y: y)
            }
        }
    }

    /// The line and column (in characters) of a cursor counted from the start of the text.
    static func position(of cursor: Int, in lines: [String]) -> (line: Int, column: Int) {
        var remaining = cursor
        for (index, line) in lines.enumerated() {
            if remaining <= line.count { return (index, remaining) }
            remaining -= line.count + 1
        }
        return (lines.count - 1, lines.last?.count ?? 0)
    }
}
