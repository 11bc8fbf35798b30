import Foundation
import MadoCore

/// The confirm screen: exactly what will leave — From, To, Subject and the text with its
/// signature, as `ReplyBuilder` built it (`Composer.preview`) — and the keys.
enum ComposerOverlay {
    static func draw(_ composer: Composer, state: AppState, into grid: inout CellGrid) {
        let strings = state.strings
        let rect = Rect(x: 0, y: 1, width: state.width, height: state.height - 2)
        grid.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, role: .normal)
        let draft = composer.draft
        let title = strings.ja ? "返信の確認" : "Check your reply"
        Renderer.paneTitle("\(title) — \(strings.channelName(draft.channel))", in: Rect(x: 0, y: rect.y, width: rect.width, height: 1), focused: true, into: &grid)
        let width = max(10, rect.width - 2)
        var lines: [StyledLine] = []
        if let window = composer.window { lines.append(StyledLine(window, .warning)) }
        if let preview = composer.preview {
            lines += previewLines(preview, width: width, strings: strings)
        } else {
            // Not built yet, or it could not be: show the draft, and say it is not the final text.
            lines.append(StyledLine("To: " + SafeText.line(draft.to), .header))
            if draft.channel.adapter.rules.hasSubject { lines.append(StyledLine("Subject: " + SafeText.line(draft.subject), .header)) }
            lines.append(StyledLine(strings.ja ? "（送信内容を準備中：署名などはまだ含まれていません）"
                                        : "(not checked yet: the signature and final size are not shown)", .warning))
            lines.append(StyledLine("", .normal))
            lines += bodyLines(draft.body, width: width)
        }
        let rows = rect.height - 3
        let scroll = max(0, min(composer.scroll, lines.count - rows))
        for (offset, line) in lines.dropFirst(scroll).prefix(rows).enumerated() {
            grid.put(line.text, x: 1, y: rect.y + 1 + offset, maxWidth: rect.width - 2, role: line.role)
        }
        let keys: String
        if composer.confirmingDiscard {
            keys = strings.discardQuestion
        } else if composer.askingKeep {
            keys = strings.keepDraftQuestion
        } else if let parts = composer.preview?.split, !parts.isEmpty {
            keys = strings.ja ? "m \(parts.count)通に分けて送信  e 編集  l 後で  d 破棄"
                : "m send as \(parts.count) messages  e edit  l later  d discard"
        } else {
            keys = strings.confirmKeys
        }
        grid.fill(x: 0, y: rect.y + rect.height - 1, width: rect.width, height: 1, role: .paneTitleFocused)
        grid.put(" " + keys, x: 0, y: rect.y + rect.height - 1, maxWidth: rect.width, role: .paneTitleFocused)
    }

    static func previewLines(_ preview: ReplyPreview, width: Int, strings: UIStrings) -> [StyledLine] {
        var lines: [StyledLine] = []
        lines.append(StyledLine("From: " + SafeText.line(preview.from), .header))
        if let replyTo = preview.replyTo { lines.append(StyledLine("Reply-To: " + SafeText.line(replyTo), .header)) }
        lines.append(StyledLine("To: " + SafeText.line(preview.to), .header))
        if let subject = preview.subject { lines.append(StyledLine("Subject: " + SafeText.line(subject), .header)) }
        if let route = preview.route {
            lines.append(StyledLine(strings.replyRoute(route, quota: preview.quota), preview.quota?.isNearlyUsedUp == true ? .warning : .dim))
        }
        if let added = preview.addedOnClose {
            lines.append(StyledLine((strings.ja ? "c（送信して完了）ではこの行が加わります: " : "c (send & close) adds this line: ") + added, .dim))
        }
        guard !preview.split.isEmpty, let limit = preview.limit else {
            if let bytes = preview.whole.bytes, let limit = preview.limit {
                lines.append(StyledLine("\(bytes)/\(limit) " + strings.sizeUnit(preview.unit), preview.isTooLong ? .warning : .dim))
            }
            lines.append(StyledLine("", .normal))
            return lines + bodyLines(preview.whole.text, width: width)
        }
        // Over the limit: every message m would send, before anything goes.
        let total = preview.whole.bytes ?? 0
        let unit = strings.sizeUnit(preview.unit)
        lines.append(StyledLine(strings.ja ? "\(total)/\(limit) \(unit)：1通には長すぎます。m で次の\(preview.split.count)通を送信します"
                                    : "\(total)/\(limit) \(unit): too long for one message; m sends these \(preview.split.count) messages", .warning))
        for (index, part) in preview.split.enumerated() {
            lines.append(StyledLine("", .normal))
            let size = part.bytes.map { " — \($0)/\(limit) " + unit } ?? ""
            lines.append(StyledLine((strings.ja ? "\(index + 1)/\(preview.split.count)通目" : "Part \(index + 1)/\(preview.split.count)") + size, .header))
            lines += bodyLines(part.text, width: width)
        }
        return lines
    }

    static func bodyLines(_ text: String, width: Int) -> [StyledLine] {
        TextWrap.wrap(SafeText.block(text), width: width).map { StyledLine($0, $0.hasPrefix(">") ? .quote : .normal) }
    }
}
