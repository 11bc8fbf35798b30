import Foundation
import MadoCore

/// c / o / p: the change is written at once (an effect), shown at once (optimistic), and the list
/// reloads so a conversation that left the view makes room for the next.
enum StatusKeys {
    static func set(_ status: ConversationStatus, _ state: inout AppState) -> [Effect] {
        guard let conversation = state.focus == .list ? state.list.selectedConversation
                : (state.reader.detail?.conversation ?? state.list.selectedConversation) else { return [] }
        guard conversation.status != status else {
            state.flash = "#\(conversation.id) " + state.strings.statusName(status)
            return []
        }
        if conversation.id == state.list.selectedConversation?.id {
            ListNavigation.updateSelectedRow(&state) { $0.status = status }
        } else if state.reader.detail?.conversation.id == conversation.id {
            state.reader.detail?.conversation.status = status
        }
        let word: String
        switch status {
        case .closed: word = state.strings.closedFlash
        case .open: word = state.strings.reopenedFlash
        case .pending: word = state.strings.pendingFlash
        }
        state.flash = "\(word) #\(conversation.id)"
        // When the conversation leaves this view, the selection should land on the next one, not follow it.
        let leavesView = !state.currentView.filter.statuses.isEmpty && !state.currentView.filter.statuses.contains(status)
        if leavesView { state.list.selectedID = nil }
        var reload = ListNavigation.reload(state)
        if case .loadList(let view, let offset, let limit, _) = reload, leavesView {
            reload = .loadList(view: view, offset: offset, limit: limit, anchorID: nil)
        }
        return [.setStatus(conversationID: conversation.id, status: status), reload]
    }
}
