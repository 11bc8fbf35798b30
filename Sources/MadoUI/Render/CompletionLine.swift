import Foundation

/// The candidates Tab found for the `:` line, on the row above it.
enum CompletionLine {
    static func draw(_ state: AppState, into grid: inout CellGrid) {
        guard !state.completions.isEmpty, state.height > 2 else { return }
        let y = state.height - 2
        grid.fill(x: 0, y: y, width: state.width, height: 1, role: .help)
        grid.put(" " + state.completions.joined(separator: "  "), x: 0, y: y, maxWidth: state.width, role: .help)
    }
}
