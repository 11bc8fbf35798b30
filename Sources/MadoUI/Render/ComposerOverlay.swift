import Foundation
import MadoCore

/// The confirm screen: exactly what will leave (channel, To, Subject, body) and the keys.
enum ComposerOverlay {
    static func draw(_ composer: Composer, state: AppState, into grid: inout CellGrid) {
        let strings = state.strings
        let rect = Rect(x: 0, y: 1, width: state.width, height: state.height - 2)
        grid.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, role: .normal)
        let draft = composer.draft
        let title = strings.ja ? "返信の確認" : "Check your reply"
        Renderer.paneTitle("\(title) — \(draft.channel.displayName)", in: Rect(x: 0, y: rect.y, width: rect.width, height: 1), focused: true, into: &grid)
        var lines: [StyledLine] = []
        lines.append(StyledLine("To: " + SafeText.line(draft.to), .header))
        if draft.channel == .email { lines.append(StyledLine("Subject: " + SafeText.line(draft.subject), .header)) }
        if let window = composer.window { lines.append(StyledLine(window, .warning)) }
        if draft.channel == .instagram {
            let bytes = draft.body.utf8.count
            let over = bytes > InstagramText.maximumBytes
            let note = over ? (strings.ja ? " — m で複数メッセージに分けて送信" : " — too long: m sends it as several messages") : ""
            lines.append(StyledLine("\(bytes)/\(InstagramText.maximumBytes) bytes" + note, over ? .warning : .dim))
        }
        lines.append(StyledLine("", .normal))
        for line in TextWrap.wrap(SafeText.block(draft.body), width: max(10, rect.width - 2)) {
            lines.append(StyledLine(line, line.hasPrefix(">") ? .quote : .normal))
        }
        let rows = rect.height - 3
        let scroll = max(0, min(composer.scroll, lines.count - rows))
        for (offset, line) in lines.dropFirst(scroll).prefix(rows).enumerated() {
            grid.put(line.text, x: 1, y: rect.y + 1 + offset, maxWidth: rect.width - 2, role: line.role)
        }
        let keys: String
        if composer.confirmingDiscard {
            keys = strings.ja ? "この下書きを破棄しますか？ (y/n)" : "Throw this draft away? (y/n)"
        } else {
            keys = strings.ja ? "c 送信して完了  p 送信して保留  s 送信  e 編集  t テンプレート  l 後で  d 破棄"
                : "c send & close  p send & pending  s send  e edit  t template  l later  d discard"
        }
        grid.fill(x: 0, y: rect.y + rect.height - 1, width: rect.width, height: 1, role: .paneTitleFocused)
        grid.put(" " + keys, x: 0, y: rect.y + rect.height - 1, maxWidth: rect.width, role: .paneTitleFocused)
    }
}
