import Foundation
import MadoCore

/// The customer pane's lines, top to bottom: a merge suggestion, identities per channel, values
/// kept from merges, shared notes, tags, the latest orders, then every conversation. Each entry is
/// one line (cut to the width, never wrapped), so where the history starts does not depend on the
/// pane's width and the marker can be kept in view without drawing.
enum CustomerLines {
    static let noteLines = 3
    static let orderLines = 3

    /// The suggestion the pane asks about: the first one not put off with l.
    static func suggestion(_ detail: ConversationDetail, _ state: AppState) -> MergeSuggestion? {
        detail.suggestions.first { !state.reader.laterSuggestions.contains($0.other.id) }
    }

    static func lines(_ detail: ConversationDetail, _ state: AppState, width: Int, timeZone: TimeZone) -> (lines: [StyledLine], historyStart: Int) {
        let strings = state.strings
        let ascii = state.asciiOnly
        var lines: [StyledLine] = []
        func add(_ text: String, _ role: StyleRole) { lines.append(StyledLine(TextFit.truncate(text, to: width), role)) }

        if let suggestion = suggestion(detail, state) {
            add(strings.maybeSamePerson, .warning)
            add("  " + strings.suggestedCustomer(SafeText.line(suggestion.other.name), id: suggestion.other.id), .warning)
            for reason in suggestion.reasons { add("  · " + SafeText.line(strings.reason(reason)), .warning) }
            add("  " + strings.suggestionKeys, .key)
            add("", .normal)
        }

        add(strings.identities, .header)
        for identity in detail.identities {
            add("\(identity.channel.mark(ascii: ascii)) \(SafeText.line(identity.shownAddress))", .channel(identity.channel))
        }
        if !detail.alternatives.isEmpty {
            add(strings.alsoKnownAs, .header)
            for alternative in detail.alternatives {
                add("  \(strings.fieldName(alternative.field)): \(SafeText.line(alternative.value))", .dim)
            }
        }
        add("", .normal)

        let customer = detail.customer
        var notesHead = strings.customerNotesTitle
        if let by = customer?.notesBy, let at = customer?.notesAt { notesHead += " (\(strings.notesBy(SafeText.line(by), TimeText.day(at, timeZone: timeZone))))" }
        add(notesHead, .header)
        let notes = (customer?.notes ?? "").split(separator: "\n").map(String.init)
        if notes.isEmpty { add("  " + strings.noNotes, .dim) }
        for line in notes.prefix(noteLines) { add("  " + SafeText.line(line), .normal) }
        if notes.count > noteLines { add("  …", .dim) }

        let tags = Set(detail.customerConversations.flatMap(\.tags)).sorted()
        if !tags.isEmpty { add("\(strings.tagsTitle): " + tags.map { "#" + SafeText.line($0) }.joined(separator: " "), .tag) }
        add("", .normal)

        add("\(strings.ordersTitle) (\(detail.orders.count))", .header)
        if detail.orders.isEmpty { add("  " + strings.noOrders, .dim) }

        for order in detail.orders.prefix(orderLines) {
            let total = [order.total, order.currency].compactMap { $0 }.joined(separator: " ")
            // Two lines each, so a 30-column pane shows the whole of it. An order the latest import
            // changed is marked (the thread's header says what changed), taking no extra line.
            let changed = detail.orderChanges.contains { $0.order == order.name }
            add((changed ? (ascii ? "* " : "● ") : "  ") + [order.name, order.createdAt.map { TimeText.day($0, timeZone: timeZone) } ?? ""]
                .filter { !$0.isEmpty }.map(SafeText.line).joined(separator: " "), changed ? .warning : .normal)
            add("   " + [total, order.financialStatus ?? "", order.fulfillmentStatus ?? strings.unfulfilled].filter { !$0.isEmpty }
                .map(SafeText.line).joined(separator: " "), .dim)
        }
        add("", .normal)

        add("\(strings.history) (\(detail.customerConversations.count))", .header)
        let historyStart = lines.count
        let focused = state.focus == .customer
        for (index, conversation) in detail.customerConversations.enumerated() {
            let current = conversation.id == detail.conversation.id
            // With the focus here the marker (Enter opens it) is what stands out; otherwise the one being read.
            let marked = focused && index == state.reader.historyMarker
            let mark = marked ? (ascii ? ">" : "▶") : current ? (ascii ? "*" : "▸") : " "
            let head = "\(mark)\(conversation.channel.mark(ascii: ascii)) \(TimeText.day(conversation.lastMessageAt, timeZone: timeZone)) \(strings.statusName(conversation.status)) #\(conversation.id)"
            add(head, (focused ? marked : current) ? .selected : .dim)
            add("   " + SafeText.line(conversation.title), current ? .header : .normal)
        }
        return (lines, historyStart)
    }
}
