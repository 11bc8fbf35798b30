import Foundation

/// `?`: the whole screen becomes the help for the screen underneath, scrolled with j/k and PgDn/PgUp,
/// so it reads the same at 40×10 as at 200×60.
enum HelpOverlay {
    /// The screen the help is about: what was open when `?` (or F1) was pressed.
    static func screen(_ state: AppState) -> HelpScreen {
        if state.report != nil { return .report }
        if state.picker != nil { return .picker }
        if state.prompt != nil { return .instagramBox }
        if state.composer != nil { return .confirm }
        switch state.focus {
        case .list: return .list
        case .reader: return .reader
        case .customer: return .customer
        }
    }

    static func lines(_ state: AppState) -> [HelpLine] {
        let ja = state.strings.ja
        let summary = TextWrap.wrap(HelpTable.summary(japanese: ja), width: max(state.width - 2, 10))
        return summary.map { HelpLine(keys: "", text: $0, isTitle: true) } + [HelpLine(keys: "", text: "", isTitle: false)]
            + HelpText.lines(HelpTable.sections(for: screen(state)), width: state.width - 2, japanese: ja)
    }

    /// Rows between the title and the key hint.
    static func rows(_ state: AppState) -> Int { max(1, state.height - 2) }

    static func maxScroll(_ state: AppState) -> Int { max(0, lines(state).count - rows(state)) }

    static func draw(_ state: AppState, into grid: inout CellGrid) {
        let lines = lines(state)
        let rows = rows(state)
        let scroll = max(0, min(state.helpScroll, lines.count - rows))
        grid.fill(x: 0, y: 0, width: state.width, height: state.height, role: .help)
        var title = state.strings.keysTitle
        if lines.count > rows { title += "  \(scroll + 1)-\(min(lines.count, scroll + rows))/\(lines.count)" }
        Renderer.paneTitle(title, in: Rect(x: 0, y: 0, width: state.width, height: 1), focused: true, into: &grid)
        for (offset, line) in lines.dropFirst(scroll).prefix(rows).enumerated() {
            let used = grid.put(line.keys, x: 1, y: 1 + offset, maxWidth: state.width - 1, role: .key)
            grid.put(line.text, x: used, y: 1 + offset, maxWidth: state.width - used, role: line.isTitle ? .header : .help)
        }
        if state.height > 2 {
            grid.fill(x: 0, y: state.height - 1, width: state.width, height: 1, role: .status)
            grid.put(" " + state.strings.helpHint, x: 0, y: state.height - 1, maxWidth: state.width, role: .status)
        }
    }
}
