import Foundation

/// A status message longer than the status line is shown whole, wrapped on the lines above it,
/// until the next key; `:messages` lists the recent ones again.
enum MessageLine {
    static func draw(_ state: AppState, into grid: inout CellGrid) {
        guard let message = state.flash, state.prompt == nil else { return }
        // The status line keeps its left part (view and position); the message starts after it.
        let room = state.width - 20
        guard CellWidth.of(message) > room else { return }
        let lines = TextWrap.wrap(SafeText.block(message), width: state.width - 2).prefix(max(1, state.height / 3))
        let top = state.height - 1 - lines.count
        grid.fill(x: 0, y: top, width: state.width, height: lines.count, role: .status)
        for (offset, line) in lines.enumerated() {
            grid.put(" " + line, x: 0, y: top + offset, maxWidth: state.width, role: .status)
        }
    }
}

/// `:messages`: the recent status messages, newest last; any key closes it.
enum MessagesOverlay {
    static func draw(_ state: AppState, into grid: inout CellGrid) {
        let width = state.width - 2
        let height = state.height - 2
        grid.fill(x: 1, y: 1, width: width, height: height, role: .help)
        Renderer.paneTitle(state.strings.messagesTitle, in: Rect(x: 1, y: 1, width: width, height: 1), focused: true, into: &grid)
        var lines = state.messageLog.flatMap { TextWrap.wrap(SafeText.block($0), width: width - 2) }
        if lines.isEmpty { lines = [state.strings.noMessages] }
        for (offset, line) in lines.suffix(height - 1).enumerated() {
            grid.put(line, x: 2, y: 2 + offset, maxWidth: width - 2, role: .help)
        }
    }
}
