import Foundation
import MadoCore

/// state + input → state + effects. Pure: no store, no terminal, no clock but the one in `Input`.
public enum Reducer {
    public static func reduce(_ state: AppState, _ input: Input) -> (AppState, [Effect]) {
        var next = state
        let effects = reduce(&next, input)
        return (next, effects)
    }

    public static func reduce(_ state: inout AppState, _ input: Input) -> [Effect] {
        switch input {
        case .key(let key):
            return handle(key, &state)
        case .resize(let width, let height):
            state.width = width
            state.height = height
            return ListNavigation.ensureVisible(&state) + ReaderNavigation.clamp(&state)
        case .tick(let date):
            state.now = date
            return []
        case .flash(let message):
            state.flash = message
            return []
        case .storeChanged:
            return [ListNavigation.reload(state)] + (state.list.selectedConversation.map { [.loadConversation(id: $0.id)] } ?? [])
        case .listLoaded(let page):
            return ListNavigation.apply(page, &state)
        case .conversationLoaded(let detail):
            let sameConversation = state.reader.detail?.conversation.id == detail.conversation.id
            state.reader.detail = detail
            if !sameConversation {
                state.reader.scroll = 0
                state.reader.customerScroll = 0
            }
            return ReaderNavigation.clamp(&state)
        case .conversationMissing(let id):
            if state.reader.detail?.conversation.id == id { state.reader.detail = nil }
            return []
        }
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        state.flash = nil
        if state.showHelp {
            // The key list is modal: any key closes it, q still quits.
            state.showHelp = false
            if key == .char("q") { return quit(&state) }
            return []
        }
        switch key {
        case .char("q"):
            return quit(&state)
        case .char("?"):
            state.showHelp = true
            return []
        case .tab:
            return focus(Pane(rawValue: (state.focus.rawValue + 1) % Pane.allCases.count)!, &state)
        case .backTab:
            return focus(Pane(rawValue: (state.focus.rawValue + Pane.allCases.count - 1) % Pane.allCases.count)!, &state)
        case .char("c"):
            return StatusKeys.set(.closed, &state)
        case .char("o"):
            return StatusKeys.set(.open, &state)
        case .char("p"):
            return StatusKeys.set(.pending, &state)
        case .char(let digit) where digit.isNumber && digit != "0":
            return switchView(to: Int(String(digit))! - 1, &state)
        default:
            break
        }
        switch state.focus {
        case .list:
            if key == .enter || key == .right || key == .char("l") { return focus(.reader, &state) }
            return ListNavigation.handle(key, &state)
        case .reader:
            if key == .escape || key == .left || key == .char("h") { return focus(.list, &state) }
            return ReaderNavigation.handle(key, &state)
        case .customer:
            if key == .escape || key == .left || key == .char("h") { return focus(.list, &state) }
            return ReaderNavigation.handleCustomer(key, &state)
        }
    }

    static func quit(_ state: inout AppState) -> [Effect] {
        state.quitting = true
        return [.quit]
    }

    /// Moving into the reader opens the conversation: it is no longer unread.
    static func focus(_ pane: Pane, _ state: inout AppState) -> [Effect] {
        state.focus = pane
        var effects = ListNavigation.ensureVisible(&state)
        if pane == .reader, let conversation = state.list.selectedConversation, conversation.unread {
            effects.append(.markRead(conversationID: conversation.id))
            ListNavigation.updateSelectedRow(&state) { $0.unread = false }
        }
        return effects
    }

    static func switchView(to index: Int, _ state: inout AppState) -> [Effect] {
        guard state.views.indices.contains(index), index != state.viewIndex else { return [] }
        state.viewIndex = index
        state.list = ListState()
        state.reader = ReaderState()
        state.focus = .list
        return [ListNavigation.reload(state)]
    }
}
