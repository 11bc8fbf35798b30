import Foundation
import MadoCore

/// One line of the reader, already wrapped to the pane width.
public struct StyledLine: Equatable, Sendable {
    public var text: String
    public var role: StyleRole
    public init(_ text: String, _ role: StyleRole) {
        self.text = text
        self.role = role
    }
}

/// The thread as lines: a header per message saying who wrote it (customer, reply or internal note,
/// told apart by words and marks as well as colour), then its text wrapped to the width.
public enum ThreadLines {
    public static func lines(_ detail: ConversationDetail, width: Int, strings: UIStrings, asciiOnly: Bool, timeZone: TimeZone = .current,
                             now: Date = Date()) -> [StyledLine] {
        guard width > 4 else { return [] }
        var lines: [StyledLine] = []
        let conversation = detail.conversation
        for line in TextWrap.wrap(SafeText.line(conversation.title), width: width) { lines.append(StyledLine(line, .header)) }
        var facts = [strings.channelName(conversation.channel), strings.statusName(conversation.status)]
        if let assignee = conversation.assigneeName ?? conversation.assigneeLogin { facts.append(assignee) }
        if !conversation.tags.isEmpty { facts.append(conversation.tags.map { "#" + $0 }.joined(separator: " ")) }
        lines.append(StyledLine(TextFit.truncate(SafeText.line(facts.joined(separator: " · ")), to: width), .dim))
        if !detail.orderChanges.isEmpty {
            lines.append(StyledLine(TextFit.truncate(strings.orderChangesLine(detail.orderChanges), to: width), .warning))
        }
        if let wake = conversation.snoozedUntil, wake > now {
            let text = (asciiOnly ? "z " : "⏰ ") + strings.snoozedUntil(strings.wakeTime(wake, now: now, timeZone: timeZone))
            lines.append(StyledLine(TextFit.truncate(text, to: width), .pending))
        }
        // Instagram only allows replies for a while after the customer's last message.
        if conversation.channel == .instagram, let last = detail.messages.last(where: { $0.direction == .incoming }) {
            let window = MessagingWindow.status(lastCustomerMessage: last.sentAt, now: now)
            let role: StyleRole
            switch window {
            case .standard: role = .waitingFine
            case .humanAgent: role = .waitingDue
            case .closed: role = .waitingOverdue
            }
            lines.append(StyledLine(TextFit.truncate((asciiOnly ? "~ " : "⏱ ") + strings.messagingWindow(window), to: width), role))
        }
        for name in conversation.replying {
            lines.append(StyledLine(TextFit.truncate((asciiOnly ? "* " : "✎ ") + strings.isReplying(SafeText.line(name)), to: width), .warning))
        }
        for message in detail.messages {
            lines.append(StyledLine("", .normal))
            lines += messageLines(message, width: width, strings: strings, asciiOnly: asciiOnly, timeZone: timeZone)
        }
        return lines
    }

    static func messageLines(_ message: Message, width: Int, strings: UIStrings, asciiOnly: Bool, timeZone: TimeZone) -> [StyledLine] {
        var lines: [StyledLine] = []
        let when = TimeText.stamp(message.sentAt, timeZone: timeZone)
        let who = SafeText.line(message.fromName.isEmpty ? message.fromAddress : message.fromName)
        let header: String
        let role: StyleRole
        switch message.direction {
        case .incoming:
            header = "\(asciiOnly ? "<<" : "◀") \(strings.fromCustomer): \(who)  \(when)"
            role = .incoming
        case .outgoing:
            header = "\(asciiOnly ? ">>" : "▶") \(strings.reply): \(who)  \(when)"
            role = .outgoing
        case .note:
            header = "\(asciiOnly ? "##" : "✎") \(strings.internalNote): \(who)  \(when)"
            role = .note
        }
        var marks = ""
        if message.deleted { marks += strings.ja ? "（取り消し済み）" : " (unsent)" }
        if message.direction == .outgoing, message.seenAt != nil { marks += strings.ja ? " 既読" : " · seen" }
        lines.append(StyledLine(TextFit.truncate(header + marks, to: width), role))
        if let outbox = message.outbox, !outbox.hasLeft {
            for line in TextWrap.wrap(deliveryMark(outbox, strings: strings, asciiOnly: asciiOnly), width: width) {
                lines.append(StyledLine(line, outbox.state == .failed ? .warning : .dim))
            }
        }
        for warning in message.warnings {
            for line in TextWrap.wrap("\(asciiOnly ? "!" : "⚠") \(strings.warning): " + SafeText.line(warning), width: width) {
                lines.append(StyledLine(line, .warning))
            }
        }
        // Notes are indented behind a bar so they never look like something the customer saw.
        let prefix = message.direction == .note ? (asciiOnly ? "| " : "┃ ") : "  "
        let bodyWidth = width - CellWidth.of(prefix)
        for line in TextWrap.wrap(SafeText.block(message.text), width: bodyWidth) {
            let lineRole: StyleRole = message.direction == .note ? .note : (line.hasPrefix(">") ? .quote : .normal)
            lines.append(StyledLine(prefix + line, lineRole))
        }
        if !message.reactions.isEmpty {
            lines.append(StyledLine(prefix + message.reactions.joined(separator: " "), .dim))
        }
        // Mail attachments and content kept beside the store; Instagram's are links already in the text.
        for attachment in message.attachments where message.channel == .email || attachment.locator.hasPrefix("file:") {
            let text = "\(asciiOnly ? "[+]" : "📎") \(SafeText.line(attachment.filename.isEmpty ? strings.unnamedAttachment : attachment.filename)) (\(attachment.contentType), \(TimeText.bytes(attachment.size)))"
            for line in TextWrap.wrap(text, width: bodyWidth) { lines.append(StyledLine(prefix + line, .dim)) }
        }
        return lines
    }

    /// A reply that has not left says so, with the whole error: it must never pass for one the
    /// customer got.
    static func deliveryMark(_ outbox: OutboxStatus, strings: UIStrings, asciiOnly: Bool) -> String {
        let ellipsis = asciiOnly ? "..." : "…"
        switch outbox.state {
        case .failed:
            let error = SafeText.line(strings.deliveryFailure(outbox.error ?? ""))
            let keys = strings.ja ? "（R 再送信  E 編集）" : " (R send again, E edit)"
            return (asciiOnly ? "! " : "⚠ ") + (strings.ja ? "未送信: " : "not sent: ") + error + keys
        case .sending: return ellipsis + (strings.ja ? " 送信中" : " sending")
        case .queued: return ellipsis + (strings.ja ? " 送信待ち" : " queued")
        case .sent: return ""
        }
    }
}
