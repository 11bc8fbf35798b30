import Foundation
import MadoCore

/// Moving through the list, and keeping a window of rows loaded around what is on screen.
enum ListNavigation {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        let page = state.layout.listRows
        switch key {
        case .char("j"), .down: return move(to: state.list.selected + 1, &state)
        case .char("k"), .up: return move(to: state.list.selected - 1, &state)
        case .char("g"), .home: return move(to: 0, &state)
        case .char("G"), .end: return move(to: state.list.total - 1, &state)
        case .pageDown, .ctrl("f"), .char(" "): return move(to: state.list.selected + page, &state)
        case .pageUp, .ctrl("b"): return move(to: state.list.selected - page, &state)
        case .ctrl("d"): return move(to: state.list.selected + page / 2, &state)
        case .ctrl("u"): return move(to: state.list.selected - page / 2, &state)
        default: return []
        }
    }

    static func move(to index: Int, _ state: inout AppState) -> [Effect] {
        guard state.list.total > 0 else { return [] }
        let target = min(max(0, index), state.list.total - 1)
        guard target != state.list.selected else { return [] }
        // Moving in the list leaves a conversation opened from the customer's history.
        state.reader.pinnedID = nil
        state.reader.returnToID = nil
        state.list.selected = target
        state.list.selectedID = state.list.selectedConversation?.id
        return ensureVisible(&state) + loadSelected(state)
    }

    /// Scrolls so the selection is on screen, and asks for rows when the window does not cover it.
    static func ensureVisible(_ state: inout AppState) -> [Effect] {
        let rows = state.layout.listRows
        var list = state.list
        if list.selected < list.top { list.top = list.selected }
        if list.selected >= list.top + rows { list.top = list.selected - rows + 1 }
        list.top = max(0, min(list.top, max(0, list.total - rows)))
        state.list = list
        let needEnd = min(list.total, list.top + rows)
        let covered = list.top >= list.offset && needEnd <= list.offset + list.rows.count
        return covered || !list.loaded ? [] : [window(state)]
    }

    /// A window three screens tall around the visible rows: small moves need no query.
    static func window(_ state: AppState) -> Effect {
        let rows = state.layout.listRows
        return .loadList(view: state.currentView, offset: max(0, state.list.top - rows), limit: rows * 3,
                         anchorID: nil)
    }

    /// Reloads the visible window, keeping the selection on the same conversation if it is still in the view.
    static func reload(_ state: AppState) -> Effect {
        let rows = state.layout.listRows
        return .loadList(view: state.currentView, offset: max(0, state.list.top - rows), limit: rows * 3,
                         anchorID: state.list.selectedID)
    }

    static func loadSelected(_ state: AppState) -> [Effect] {
        guard let conversation = state.list.selectedConversation else { return [] }
        if state.reader.detail?.conversation.id == conversation.id { return [] }
        return [.loadConversation(id: conversation.id)]
    }

    static func apply(_ page: ListPage, _ state: inout AppState) -> [Effect] {
        guard page.viewName == state.currentView.name else { return [] }   // a late answer for a view we left
        let gone = state.list.changedElsewhere && page.anchorIndex == nil ? state.list.selectedConversation : nil
        state.list.changedElsewhere = false
        state.list.total = page.total
        state.list.offset = page.offset
        state.list.rows = page.rows
        state.list.loaded = true
        if let anchor = page.anchorIndex {
            // Keep the same conversation selected, and on the same screen row where possible.
            let screenRow = state.list.selected - state.list.top
            state.list.selected = anchor
            state.list.top = max(0, anchor - screenRow)
        } else {
            // The selected conversation left the view (closed, say): the next one slides under the cursor.
            state.list.selected = min(state.list.selected, max(0, page.total - 1))
        }
        var effects = ensureVisible(&state)
        if let conversation = state.list.selectedConversation {
            state.list.selectedID = conversation.id
            effects += [.loadConversation(id: state.reader.pinnedID ?? conversation.id)]
        } else if page.total == 0 {
            state.list.selectedID = nil
            state.reader = ReaderState()
        }
        if let gone, gone.id != state.list.selectedConversation?.id {
            // Someone else's change took it away: the cursor stays put, and the status line says why it moved on.
            let note = state.strings.leftView(gone.customerName, view: state.strings.viewName(state.currentView.name))
            state.flash = [state.flash, note].compactMap { $0 }.joined(separator: "  ")
        }
        return effects
    }

    static func updateSelectedRow(_ state: inout AppState, _ change: (inout Conversation) -> Void) {
        let index = state.list.selected - state.list.offset
        guard state.list.rows.indices.contains(index) else { return }
        change(&state.list.rows[index])
        if state.reader.detail?.conversation.id == state.list.rows[index].id {
            change(&state.reader.detail!.conversation)
        }
    }
}
