import Foundation
import MadoCore

/// state → cell grid. Pure: the same state always draws the same screen.
public enum Renderer {
    public static func render(_ state: AppState, timeZone: TimeZone = .current) -> CellGrid {
        var grid = CellGrid(width: state.width, height: state.height)
        let layout = state.layout
        // The help takes the whole screen, so it can be read even below the smallest layout.
        if state.showHelp {
            HelpOverlay.draw(state, into: &grid)
            return grid
        }
        if let report = state.report {
            ReportScreen.draw(report, days: state.reportDays, state: state, into: &grid)
            return grid
        }
        guard layout.mode != .tooSmall else {
            grid.put(state.strings.tooSmall + " (\(state.width)x\(state.height))", x: 0, y: 0, role: .warning)
            if state.height > 1 { grid.put("q", x: 0, y: 1) }
            return grid
        }
        TitleBar.draw(state, into: &grid)
        if let rect = layout.sidebar { Sidebar.draw(state, in: rect, into: &grid) }
        if let rect = layout.list { ListPane.draw(state, in: rect, into: &grid, timeZone: timeZone) }
        if let rect = layout.reader { ReaderPane.draw(state, in: rect, into: &grid, timeZone: timeZone) }
        if let rect = layout.customer { CustomerPane.draw(state, in: rect, into: &grid, timeZone: timeZone) }
        drawSeparators(layout, asciiOnly: state.asciiOnly, into: &grid)
        StatusLine.draw(state, into: &grid)
        if let composer = state.composer, state.prompt == nil { ComposerOverlay.draw(composer, state: state, into: &grid) }
        MessageLine.draw(state, into: &grid)
        if let picker = state.picker { PickerOverlay.draw(picker, state: state, into: &grid) }
        if let prompt = state.prompt, prompt.kind == .command { CompletionLine.draw(state, into: &grid) }
        if state.showMessages { MessagesOverlay.draw(state, into: &grid) }
        return grid
    }

    static func drawSeparators(_ layout: Layout, asciiOnly: Bool, into grid: inout CellGrid) {
        let bar = asciiOnly ? "|" : "│"
        for rect in [layout.list, layout.reader, layout.customer].compactMap({ $0 }) where rect.x > 0 {
            for y in rect.y..<(rect.y + rect.height) { grid.put(bar, x: rect.x - 1, y: y, role: .border) }
        }
    }

    /// A pane's first row: its name, highlighted when it has the focus.
    static func paneTitle(_ title: String, in rect: Rect, focused: Bool, into grid: inout CellGrid) {
        let role: StyleRole = focused ? .paneTitleFocused : .paneTitle
        grid.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, role: role)
        grid.put(" " + title, x: rect.x, y: rect.y, maxWidth: rect.width, role: role)
    }
}

enum TitleBar {
    static func draw(_ state: AppState, into grid: inout CellGrid) {
        grid.fill(x: 0, y: 0, width: state.width, height: 1, role: .title)
        let agent = state.agent.map { " \($0.name) (\($0.login)) " } ?? state.strings.readOnlyBadge
        let agentWidth = CellWidth.of(agent)
        let title = " \(state.strings.appTitle)"
        let text = title + ViewTabs.text(state, room: state.width - agentWidth - 1 - CellWidth.of(title))
        grid.put(text, x: 0, y: 0, maxWidth: max(0, state.width - agentWidth - 1), role: .title)
        if agentWidth > 0 && agentWidth < state.width / 2 {
            grid.put(agent, x: state.width - agentWidth, y: 0, role: .title)
        }
    }
}

enum StatusLine {
    static func draw(_ state: AppState, into grid: inout CellGrid) {
        let y = state.height - 1
        grid.fill(x: 0, y: y, width: state.width, height: 1, role: .status)
        if let prompt = state.prompt, case .confirmReply = prompt.kind {
            grid.put(" " + (state.flash ?? ""), x: 0, y: y, role: .status)
            return
        }
        if let prompt = state.prompt {
            PromptBox.draw(prompt, leader: state.strings.leader(prompt.kind), state: state, into: &grid)
            return
        }
        let list = state.list
        let position = list.total == 0 ? "0/0" : "\(list.selected + 1)/\(list.total)"
        let marked = state.marked.isEmpty ? "" : (state.asciiOnly ? " x" : " ✓") + "\(state.marked.count)"
        var left = " \(state.strings.viewName(state.currentView.name)) \(position)\(marked) "
        if let search = state.currentView.filter.search, SearchKeys.isSearchView(state.currentView) {
            left = state.strings.searchStatus(search.text, count: list.total) + "\(position)\(marked) "
        }
        let used = grid.put(left, x: 0, y: y, role: .status)
        let message = state.flash ?? state.strings.hints
        grid.put((state.asciiOnly ? "| " : "│ ") + message, x: used, y: y, maxWidth: state.width - used, role: .status)
    }
}
