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
        var lines: [StyledLine] = [StyledLine(strings.identities, .header)]
        for identity in detail.identities {
            let text = "\(identity.channel.mark(ascii: state.asciiOnly)) \(SafeText.line(identity.shownAddress))"
            lines.append(StyledLine(TextFit.truncate(text, to: width), identity.channel == .email ? .email : .instagram))
        }
        lines.append(StyledLine("", .normal))
        lines.append(StyledLine("\(strings.history) (\(detail.customerConversations.count))", .header))
        let focused = state.focus == .customer
        for (index, conversation) in detail.customerConversations.enumerated() {
            let current = conversation.id == detail.conversation.id
            // With the focus here the marker (Enter opens it) is what stands out; otherwise the one being read.
            let marked = focused && index == state.reader.historyMarker
            let mark = marked ? (state.asciiOnly ? ">" : "▶") : current ? (state.asciiOnly ? "*" : "▸") : " "
            let head = "\(mark)\(conversation.channel.mark(ascii: state.asciiOnly)) \(TimeText.day(conversation.lastMessageAt, timeZone: timeZone)) \(state.strings.statusName(conversation.status)) #\(conversation.id)"
            lines.append(StyledLine(TextFit.truncate(head, to: width), (focused ? marked : current) ? .selected : .dim))
            lines.append(StyledLine(TextFit.truncate("   " + SafeText.line(conversation.title), to: width), current ? .header : .normal))
        }
        let rows = rect.height - 1
        let scroll = max(0, min(state.reader.customerScroll, lines.count - rows))
        for (offset, line) in lines.dropFirst(scroll).prefix(rows).enumerated() {
            grid.put(line.text, x: rect.x + 1, y: rect.y + 1 + offset, maxWidth: width, role: line.role)
        }
    }
}
