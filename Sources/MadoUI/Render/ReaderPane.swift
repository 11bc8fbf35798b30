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

enum HelpOverlay {
    static let english: [(String, String)] = [
        ("j k ↓ ↑  g G  PgDn PgUp", "move (in the thread: scroll)"),
        ("Enter l →   Esc h ←", "read the conversation / back to the list"),
        ("Tab  Shift-Tab   J K", "next/previous pane; next/previous conversation"),
        ("c  o  p", "close, reopen, set pending (waiting on customer)"),
        ("a  A", "assign to me; assign to someone (picker)"),
        ("t", "tags (type to create; a checked one is removed)"),
        ("!  s", "priority; snooze (later, tomorrow, week, date)"),
        ("U  r  n  S", "unread; reply; internal note; save attachments"),
        ("x  *  Esc", "select, select all, clear (actions hit all)"),
        ("u", "undo the last action (a bulk one as a whole)"),
        ("R  E", "failed reply: send again; edit it instead"),
        ("/", "search: words, \"phrases\", from: channel:"),
        ("", "status: tag: assignee: before: after: is:unread"),
        ("1…9  v", "switch view; all views (channels, tags, saved)"),
        (":", "commands: close assign tag untag priority"),
        ("", "snooze unsnooze unread undo select search save view"),
        ("?", "this list (any key closes it)"),
        ("q", "quit"),
    ]
    static let japanese: [(String, String)] = [
        ("j k ↓ ↑  g G  PgDn PgUp", "移動（スレッドではスクロール）"),
        ("Enter l →   Esc h ←", "会話を読む / 一覧に戻る"),
        ("Tab  Shift-Tab   J K", "ペイン切替・前後の会話へ"),
        ("c  o  p", "完了・再開・保留（お客様の返事待ち）"),
        ("a  A", "自分に割り当て・担当者を選ぶ"),
        ("t", "タグ（入力で作成、チェック済みを選ぶと外す）"),
        ("!  s", "優先度・スヌーズ（3時間後・明日・来週・日時）"),
        ("U  r  n  S", "未読・返信・社内メモ・添付を保存"),
        ("x  *  Esc", "選択・ビュー内を全選択・解除（操作は全件に）"),
        ("u", "直前の操作を取り消す（一括操作もまとめて）"),
        ("R  E", "送信失敗の返信：再送信・編集（送信待ちから外す）"),
        ("/", "検索：単語・\"語句\"・from: channel:"),
        ("", "status: tag: assignee: before: after: is:unread"),
        ("1…9  v", "ビュー切替・全ビュー（チャネル・タグ・保存）"),
        (":", "コマンド：close assign tag untag priority"),
        ("", "snooze unsnooze unread undo select search save view"),
        ("?", "このキー一覧（どのキーでも閉じる）"),
        ("q", "終了"),
    ]

    static func draw(_ state: AppState, into grid: inout CellGrid) {
        let entries = (state.strings.language == "ja" ? japanese : english) + state.strings.flowHelp
        let keyWidth = entries.map { CellWidth.of($0.0) }.max() ?? 10
        let textWidth = entries.map { CellWidth.of($0.1) }.max() ?? 30
        let width = min(state.width - 2, keyWidth + textWidth + 5)
        let height = min(state.height - 2, entries.count + 2)
        let x = max(0, (state.width - width) / 2)
        let y = max(0, (state.height - height) / 2)
        grid.fill(x: x, y: y, width: width, height: height, role: .help)
        Renderer.paneTitle(state.strings.keysTitle, in: Rect(x: x, y: y, width: width, height: 1), focused: true, into: &grid)
        for (offset, entry) in entries.prefix(height - 1).enumerated() {
            let row = y + 1 + offset
            grid.put(" " + TextFit.pad(entry.0, to: keyWidth), x: x, y: row, maxWidth: width, role: .key)
            grid.put(entry.1, x: x + keyWidth + 3, y: row, maxWidth: width - keyWidth - 4, role: .help)
        }
    }
}
