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
        let lines = ThreadLines.lines(detail, width: rect.width - 1, strings: strings, asciiOnly: state.asciiOnly, timeZone: timeZone)
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
        for conversation in detail.customerConversations {
            let current = conversation.id == detail.conversation.id
            let mark = current ? (state.asciiOnly ? ">" : "▸") : " "
            let head = "\(mark)\(conversation.channel.mark(ascii: state.asciiOnly)) \(TimeText.day(conversation.lastMessageAt, timeZone: timeZone)) \(state.strings.statusName(conversation.status))"
            lines.append(StyledLine(TextFit.truncate(head, to: width), current ? .selected : .dim))
            lines.append(StyledLine(TextFit.truncate("   " + SafeText.line(conversation.title), to: width), current ? .header : .normal))
        }
        let rows = rect.height - 1
        let scroll = max(0, min(state.reader.customerScroll, lines.count - rows))
        for (offset, line) in lines.dropFirst(scroll).prefix(rows).enumerated() {
            grid.put(line.text, x: rect.x + 1, y: rect.y + 1 + offset, maxWidth: width, role: line.role)
        }
    }
}

enum HelpOverlay {
    static let english: [(String, String)] = [
        ("j / k, ↓ / ↑", "next / previous conversation (or scroll the thread)"),
        ("g / G, Home / End", "first / last"),
        ("PgDn / PgUp, Space", "page down / up"),
        ("Ctrl-d / Ctrl-u", "half a page down / up"),
        ("Enter, l, →", "read the selected conversation"),
        ("Esc, h, ←", "back to the list"),
        ("Tab / Shift-Tab", "next / previous pane (list, thread, customer)"),
        ("J / K", "next / previous conversation while reading"),
        ("c", "close the conversation"),
        ("o", "reopen it"),
        ("p", "set it pending (waiting on the customer)"),
        ("1 … 9", "switch view (Inbox, Mine, Unassigned, Pending, …)"),
        ("?", "this list (any key closes it)"),
        ("q", "quit"),
    ]
    static let japanese: [(String, String)] = [
        ("j / k, ↓ / ↑", "次 / 前の会話（読むときはスクロール）"),
        ("g / G, Home / End", "先頭 / 末尾"),
        ("PgDn / PgUp, Space", "1ページ下 / 上"),
        ("Ctrl-d / Ctrl-u", "半ページ下 / 上"),
        ("Enter, l, →", "選んだ会話を読む"),
        ("Esc, h, ←", "一覧に戻る"),
        ("Tab / Shift-Tab", "次 / 前のペイン（一覧・スレッド・お客様）"),
        ("J / K", "読みながら次 / 前の会話へ"),
        ("c", "完了にする"),
        ("o", "再開する"),
        ("p", "保留にする（お客様の返事待ち）"),
        ("1 … 9", "ビュー切替（受信箱・自分・未割当・保留…）"),
        ("?", "このキー一覧（どのキーでも閉じる）"),
        ("q", "終了"),
    ]

    static func draw(_ state: AppState, into grid: inout CellGrid) {
        let entries = state.strings.language == "ja" ? japanese : english
        let keyWidth = entries.map { CellWidth.of($0.0) }.max() ?? 10
        let width = min(state.width - 2, max(40, keyWidth + 3 + (entries.map { CellWidth.of($0.1) }.max() ?? 30) + 2))
        let height = min(state.height - 2, entries.count + 3)
        let x = max(0, (state.width - width) / 2)
        let y = max(0, (state.height - height) / 2)
        grid.fill(x: x, y: y, width: width, height: height, role: .help)
        Renderer.paneTitle(state.strings.keysTitle, in: Rect(x: x, y: y, width: width, height: 1), focused: true, into: &grid)
        for (offset, entry) in entries.prefix(height - 2).enumerated() {
            let row = y + 2 + offset - 1
            grid.put(" " + TextFit.pad(entry.0, to: keyWidth), x: x, y: row, maxWidth: width, role: .key)
            grid.put(entry.1, x: x + keyWidth + 3, y: row, maxWidth: width - keyWidth - 4, role: .help)
        }
    }
}
