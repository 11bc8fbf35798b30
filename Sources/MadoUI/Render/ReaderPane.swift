import Foundation
import MadoCore

enum ReaderPane {
    static func draw(_ state: AppState, in rect: Rect, into grid: inout CellGrid, timeZone: TimeZone) {
        let strings = state.strings
        guard let detail = state.reader.detail else {
            Renderer.paneTitle(strings.thread, in: rect, focused: state.focus == .reader, into: &grid)
            grid.put("  " + strings.selectConversation, x: rect.x, y: rect.y + 2, maxWidth: rect.width, role: .dim)
            return
        }
        let lines = ThreadLines.lines(detail, width: rect.width - 1, strings: strings, asciiOnly: state.asciiOnly, timeZone: timeZone, now: state.now)
        let rows = rect.height - 1
        let scroll = max(0, min(state.reader.scroll, lines.count - rows))
        var title = "\(strings.thread) #\(detail.conversation.id) · \(SafeText.line(detail.conversation.customerName))"
        if lines.count > rows { title += "  \(scroll + 1)-\(min(lines.count, scroll + rows))/\(lines.count)" }
        Renderer.paneTitle(title, in: rect, focused: state.focus == .reader, into: &grid)
        for (offset, line) in lines.dropFirst(scroll).prefix(rows).enumerated() {
            grid.put(line.text, x: rect.x + 1, y: rect.y + 1 + offset, maxWidth: rect.width - 1, role: line.role)
        }
    }
}

enum CustomerPane {
    static func draw(_ state: AppState, in rect: Rect, into grid: inout CellGrid, timeZone: TimeZone) {
        let strings = state.strings
        guard let detail = state.reader.detail else {
            Renderer.paneTitle(strings.customer, in: rect, focused: state.focus == .customer, into: &grid)
            return
        }
        Renderer.paneTitle("\(strings.customer): \(SafeText.line(detail.customer?.name ?? detail.conversation.customerName))",
                           in: rect, focused: state.focus == .customer, into: &grid)
        let width = rect.width - 1
        let lines = CustomerLines.lines(detail, state, width: width, timeZone: timeZone).lines
        let rows = rect.height - 1
        let scroll = max(0, min(state.reader.customerScroll, lines.count - rows))
        for (offset, line) in lines.dropFirst(scroll).prefix(rows).enumerated() {
            grid.put(line.text, x: rect.x + 1, y: rect.y + 1 + offset, maxWidth: width, role: line.role)
        }
    }
}
