import Foundation
import MadoCore

/// The customer pane as a way in: a marker over the customer's conversations, Enter opens one,
/// Esc goes back to what was being read.
enum CustomerHistory {
    /// Tab into the pane: the marker starts on the conversation being read.
    static func enter(_ state: inout AppState) {
        state.paneBeforeCustomer = state.focus
        guard let detail = state.reader.detail else { return }
        state.reader.historyMarker = detail.customerConversations.firstIndex { $0.id == detail.conversation.id } ?? 0
        keepMarkerVisible(&state)
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        let count = state.reader.detail?.customerConversations.count ?? 0
        switch key {
        case .escape, .left, .char("h"):
            state.focus = state.paneBeforeCustomer == .customer ? .list : state.paneBeforeCustomer
            return ListNavigation.ensureVisible(&state)
        case .enter, .right, .char("l"): return open(&state)
        case .char("j"), .down: state.reader.historyMarker += 1
        case .char("k"), .up, .char("g"), .home:
            if state.reader.historyMarker == 0 {
                // Above the first conversation: the pane's top (suggestion, notes, orders) at a small size.
                state.reader.customerScroll = 0
                return []
            }
            state.reader.historyMarker = key == .char("g") || key == .home ? 0 : state.reader.historyMarker - 1
        case .char("G"), .end: state.reader.historyMarker = count - 1
        case .pageDown: state.reader.historyMarker += max(1, state.layout.customerRows / 2)
        case .pageUp: state.reader.historyMarker -= max(1, state.layout.customerRows / 2)
        default: return []
        }
        state.reader.historyMarker = max(0, min(state.reader.historyMarker, count - 1))
        keepMarkerVisible(&state)
        return []
    }

    /// Opens the marked conversation in the reader, even when the list does not hold it.
    static func open(_ state: inout AppState) -> [Effect] {
        guard let detail = state.reader.detail,
              detail.customerConversations.indices.contains(state.reader.historyMarker) else { return [] }
        let target = detail.customerConversations[state.reader.historyMarker]
        state.focus = .reader
        guard target.id != detail.conversation.id else { return markRead(&state) }
        if state.reader.returnToID == nil { state.reader.returnToID = detail.conversation.id }
        state.reader.pinnedID = target.id
        return [.loadConversation(id: target.id)]
    }

    /// Esc in a conversation opened from the history: back to the history and what was read before.
    static func back(_ state: inout AppState) -> [Effect] {
        guard let back = state.reader.returnToID else { return [] }
        state.reader.returnToID = nil
        state.reader.pinnedID = back == state.list.selectedConversation?.id ? nil : back
        state.focus = .customer
        return [.loadConversation(id: back)]
    }

    /// q in the reader: to the list, showing the list's conversation again.
    static func leaveToList(_ state: inout AppState) -> [Effect] {
        let wasPinned = state.reader.pinnedID != nil
        state.reader.pinnedID = nil
        state.reader.returnToID = nil
        state.focus = .list
        var effects = ListNavigation.ensureVisible(&state)
        if wasPinned, let id = state.list.selectedConversation?.id { effects.append(.loadConversation(id: id)) }
        return effects
    }

    /// A conversation shown in the reader (however it was opened) is no longer unread.
    static func markRead(_ state: inout AppState) -> [Effect] {
        guard state.focus == .reader, let conversation = state.reader.detail?.conversation, conversation.unread else { return [] }
        state.reader.detail?.conversation.unread = false
        markReadInList(conversation.id, &state)
        return [.markRead(conversationID: conversation.id)]
    }

    static func markReadInList(_ id: Int64, _ state: inout AppState) {
        for index in state.list.rows.indices where state.list.rows[index].id == id { state.list.rows[index].unread = false }
    }

    /// Each conversation takes two lines, after everything above the history (see `CustomerLines`).
    static func markerLine(_ state: AppState, _ detail: ConversationDetail, _ index: Int) -> Int {
        CustomerLines.lines(detail, state, width: 80, timeZone: state.timeZone).historyStart + 2 * index
    }

    static func keepMarkerVisible(_ state: inout AppState) {
        guard let detail = state.reader.detail else { return }
        let rows = state.layout.customerRows
        let line = markerLine(state, detail, state.reader.historyMarker)
        if line + 1 >= state.reader.customerScroll + rows { state.reader.customerScroll = line + 2 - rows }
        if line < state.reader.customerScroll { state.reader.customerScroll = max(0, line - 1) }
    }
}
