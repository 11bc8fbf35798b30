import Foundation
import MadoCore

/// The conversation list: one row per conversation, columns measured in cells so Japanese and
/// English names line up.
enum ListPane {
    struct Columns {
        var marker = 2, unread = 2, channel = 3, name = 14, waiting = 5, status = 8, assignee = 0, tags = 0
        var title: Int

        init(width: Int) {
            title = 0
            // Narrower lists drop the least needed columns first; at 80 cells everything still fits.
            status = width >= 56 ? 8 : 0
            if width >= 72 { assignee = 8 }
            if width >= 78 { tags = width >= 100 ? 16 : 11 }
            if width >= 120 { name = 18 }
            if width < 50 { name = 10 }
            title = max(4, width - marker - unread - channel - name - 1 - waiting - status - assignee - tags)
        }
    }

    static func draw(_ state: AppState, in rect: Rect, into grid: inout CellGrid, timeZone: TimeZone) {
        let strings = state.strings
        let columns = Columns(width: rect.width)
        var header = String(repeating: " ", count: columns.marker + columns.unread + columns.channel)
        header += TextFit.pad(strings.columns.name, to: columns.name) + " "
        header += TextFit.pad(strings.columns.subject, to: columns.title)
        header += TextFit.padLeft(strings.columns.waiting, to: columns.waiting - 1) + " "
        if columns.status > 0 { header += TextFit.pad(strings.columns.status, to: columns.status) }
        if columns.assignee > 0 { header += TextFit.pad(strings.columns.assignee, to: columns.assignee) }
        if columns.tags > 0 { header += TextFit.pad(strings.columns.tags, to: columns.tags) }
        Renderer.paneTitle(header, in: Rect(x: rect.x, y: rect.y, width: rect.width, height: 1),
                           focused: state.focus == .list, into: &grid)
        let rows = rect.height - 1
        if state.list.loaded && state.list.total == 0 {
            grid.put("  " + strings.noConversations, x: rect.x, y: rect.y + 2, maxWidth: rect.width, role: .dim)
            return
        }
        for line in 0..<rows {
            let index = state.list.top + line
            guard index < state.list.total, let conversation = state.list.row(at: index) else { continue }
            drawRow(conversation, selected: index == state.list.selected, y: rect.y + 1 + line, x: rect.x,
                    width: rect.width, columns: columns, state: state, timeZone: timeZone, into: &grid)
        }
    }

    static func drawRow(_ c: Conversation, selected: Bool, y: Int, x: Int, width: Int, columns: Columns,
                        state: AppState, timeZone: TimeZone, into grid: inout CellGrid) {
        let ascii = state.asciiOnly
        // Without colour the selection still shows: a marker, and reverse video in the monochrome role.
        if selected { grid.fill(x: x, y: y, width: width, height: 1, role: .selected) }
        func role(_ base: StyleRole) -> StyleRole { selected ? .selected : base }
        var column = x
        func cell(_ text: String, _ w: Int, _ r: StyleRole, alignRight: Bool = false) {
            guard w > 0 else { return }
            let fitted = alignRight ? TextFit.padLeft(text, to: w) : TextFit.pad(text, to: w)
            grid.put(fitted, x: column, y: y, maxWidth: w, role: role(r))
            column += w
        }
        let mark = state.marked.contains(c.id) ? (ascii ? "x" : "✓") : " "
        cell((selected ? (ascii ? ">" : "▶") : " ") + mark, columns.marker, .normal)
        cell(c.unread ? (ascii ? "* " : "● ") : "  ", columns.unread, .unread)
        cell(c.channel.mark(ascii: ascii), columns.channel, .channel(c.channel))
        cell(SafeText.line(c.customerName), columns.name, c.unread ? .unread : .normal)
        cell(" ", 1, .normal)
        let priority = c.priority > 0 ? "! " : ""
        // Someone else is already answering: say so before a second reply is started.
        let replying = c.replying.filter { $0 != state.agent?.name }
        let busy = replying.isEmpty ? "" : (ascii ? "*" : "✎") + replying.joined(separator: ",") + " "
        // A snoozed conversation says when it comes back.
        let wake = c.snoozedUntil.flatMap { $0 > state.now ? (ascii ? "z " : "⏰ ") + state.strings.wakeTime($0, now: state.now, timeZone: timeZone) + " " : nil } ?? ""
        cell(busy + priority + wake + SafeText.line(c.title), columns.title, c.unread ? .unread : (busy.isEmpty ? .normal : .note))
        let waiting = c.waitingSince.map { state.strings.waiting(since: $0, now: state.now) } ?? ""
        cell(waiting, columns.waiting - 1, waitingRole(c, state: state), alignRight: true)
        cell(" ", 1, .normal)
        if columns.status > 0 {
            let statusRole: StyleRole = c.status == .open ? .open : (c.status == .pending ? .pending : .closed)
            cell(state.strings.statusName(c.status), columns.status, statusRole)
        }
        if columns.assignee > 0 {
            cell(SafeText.line(c.assigneeLogin ?? state.strings.unassigned), columns.assignee, .dim)
        }
        if columns.tags > 0 {
            cell(SafeText.line(c.tags.map { "#" + $0 }.joined(separator: " ")), columns.tags, .tag)
        }
    }

    /// Fine, due soon (past three quarters of the target) or overdue, against the reply target.
    static func waitingRole(_ c: Conversation, state: AppState) -> StyleRole {
        guard let since = c.waitingSince, c.status == .open else { return .dim }
        let waited = state.now.timeIntervalSince(since)
        if waited >= state.replyTarget { return .waitingOverdue }
        if waited >= state.replyTarget * 0.75 { return .waitingDue }
        return .waitingFine
    }
}
