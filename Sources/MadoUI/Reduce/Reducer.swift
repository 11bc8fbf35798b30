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
        let before = state.flash
        let effects = reduceInput(&state, input)
        MessageLog.note(before, &state)
        return effects
    }

    static func reduceInput(_ state: inout AppState, _ input: Input) -> [Effect] {
        switch input {
        case .key(let key):
            return ReadOnlyGuard.filter(handle(key, &state), &state)
        case .resize(let width, let height):
            state.width = width
            state.height = height
            return ListNavigation.ensureVisible(&state) + ReaderNavigation.clamp(&state)
        case .tick(let date):
            state.now = date
            // Snoozes that ran out come back, and waiting times move on.
            return refresh(state)
        case .flash(let message):
            state.flash = message
            return []
        case .storeChanged:
            return refresh(state)
        case .storeChangedElsewhere:
            state.list.changedElsewhere = true
            return refresh(state)
        case .listLoaded(let page):
            return ListNavigation.apply(page, &state)
        case .conversationLoaded(let detail):
            // A late answer for a conversation no longer selected (or opened from the history) is not shown.
            if let pinned = state.reader.pinnedID {
                if pinned != detail.conversation.id { return [] }
            } else if state.list.loaded && state.list.selectedConversation?.id != detail.conversation.id { return [] }
            let sameConversation = state.reader.detail?.conversation.id == detail.conversation.id
            state.reader.detail = detail
            if !sameConversation {
                state.reader.scroll = 0
                state.reader.customerScroll = 0
            }
            return ReaderNavigation.clamp(&state) + CustomerHistory.markRead(&state)
        case .conversationMissing(let id):
            if state.reader.detail?.conversation.id == id { state.reader.detail = nil }
            return []
        case .countsLoaded(let counts):
            state.viewCounts = counts
            return []
        case .applied(let changes, let action):
            // A new tag is a new view in v (and one gone leaves it).
            let tagged: Bool
            switch action { case .addTag, .removeTag: tagged = true; default: tagged = false }
            return TriageKeys.applied(changes, action, &state) + (tagged ? [.loadViews] : [])
        case .undone(let changes):
            state.flash = state.strings.undone(changes.count)
            return refresh(state)
        case .allIDsLoaded(let viewName, let ids):
            guard viewName == state.currentView.name else { return [] }
            state.marked = Set(ids)
            state.flash = state.strings.marked(ids.count)
            return []
        case .pickerOptionsLoaded(let kind, let items):
            if kind == .mergeCustomer { return CustomerPaneKeys.optionsLoaded(items, &state) }
            return PickerKeys.open(kind, items: items, &state)
        case .customerMerged(let merge):
            return CustomerPaneKeys.merged(merge, &state)
        case .customerUnmerged(let merge):
            return CustomerPaneKeys.unmerged(merge, &state)
        case .agentChanged(let agent):
            state.agent = agent
            return []
        case .replyBlocked(let id, let names):
            state.prompt = Prompt(kind: .confirmReply(conversationID: id))
            state.flash = state.strings.replyAnyway(names.joined(separator: ", "))
            return []
        case .draftReady(let draft, let window, let preview):
            // The draft is already saved: Drafts counts it now.
            return ComposerKeys.draftReady(draft, window: window, preview: preview, &state) + [.loadCounts(views: state.views)]
        case .draftEdited(let draft, let preview):
            state.composer = Composer(draft: draft, window: state.composer?.window, preview: preview)
            return []
        case .replyQueued(let id, let message):
            state.flash = message
            // Answering a conversation means it was read.
            CustomerHistory.markReadInList(id, &state)
            if state.reader.detail?.conversation.id == id { state.reader.detail?.conversation.unread = false }
            return [.markRead(conversationID: id)] + refresh(state)
        case .replyFailed(let draft, let message, let preview):
            state.composer = Composer(draft: draft, window: state.composer?.window, preview: preview)
            state.flash = message
            return []
        case .reportLoaded(let report):
            state.report = report
            state.reportBehind = nil
            return []
        case .viewsLoaded(let views):
            let currentName = state.currentView.name
            let transient = state.views.filter { SearchKeys.isSearchView($0) || ReportKeys.isDrillView($0) }
            state.views = views + transient
            state.viewIndex = state.views.firstIndex { $0.name == currentName } ?? 0
            return [.loadCounts(views: state.views)]
        }
    }

    /// Reload what is on screen (keeping the selection on its conversation) and the counts.
    static func refresh(_ state: AppState) -> [Effect] {
        // The reloaded page brings the selected conversation's thread with it.
        [ListNavigation.reload(state), Effect.loadCounts(views: state.views)]
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        // Ctrl-J (also Alt-Enter, or a Return inside a paste) is a new line in the Instagram box
        // and notes; everywhere else it is Enter.
        if key == .ctrl("j") && !(state.prompt?.isMultiline ?? false) && !state.showHelp {
            return handle(.enter, &state)
        }
        // Ctrl-C (a key in raw mode, not a signal) cancels whatever is open, like Esc; on the
        // list or the reader it quits. It is never typed into a prompt or a message.
        if key == .ctrl("c") {
            let somethingOpen = state.prompt != nil || state.picker != nil || state.composer != nil || state.showHelp
            return somethingOpen ? handle(.escape, &state) : quit(&state)
        }
        // About the terminal, not the inbox: they work on every screen and change nothing.
        if key == .ctrl("z") { return [.suspend] }
        if key == .ctrl("l") { return [.redraw] }
        state.flash = nil
        // u undoes a merge only as the very next key.
        let justMerged = state.reader.lastMerge
        state.reader.lastMerge = nil
        if state.showHelp { return HelpKeys.handle(key, &state) }
        if state.showMessages {
            state.showMessages = false
            return []
        }
        if state.report != nil { return ReportKeys.handle(key, &state) }
        // ? opens the help over a picker or the confirm screen too; F1 even while typing a line.
        if key == .function(1) || (key == .char("?") && state.prompt == nil) { return HelpKeys.open(&state) }
        if state.prompt != nil { return PromptKeys.handle(key, &state) }
        if state.picker != nil { return PickerKeys.handle(key, &state) }
        if state.composer != nil { return ComposerKeys.handle(key, &state) }
        if state.focus == .customer, let effects = CustomerPaneKeys.handle(key, justMerged: justMerged, &state) { return effects }
        if ReadOnlyGuard.refuses(key, &state) { return [] }
        switch key {
        case .char("q") where state.focus != .list:
            // As in mutt: q leaves the message for the index; from the list it quits.
            return CustomerHistory.leaveToList(&state)
        case .char("q"), .char("Q"):
            return quit(&state)
        case .tab:
            return focus(Pane(rawValue: (state.focus.rawValue + 1) % Pane.allCases.count)!, &state)
        case .backTab:
            return focus(Pane(rawValue: (state.focus.rawValue + Pane.allCases.count - 1) % Pane.allCases.count)!, &state)
        case .char("0"):
            // The report is "view 0" (R is retry): the last days' figures, as `:report` last asked.
            state.flash = state.strings.reportLoading
            return [.loadReport(days: state.reportDays)]
        case .char(let digit) where digit.isASCII && digit.isNumber && digit != "0":
            return switchView(to: Int(String(digit))! - 1, &state)
        case .char("/"):
            // A new query each time; the earlier ones are on ↑.
            state.prompt = Prompt(kind: .search)
            state.searchHistoryIndex = nil
            return []
        case .char(":"):
            state.prompt = Prompt(kind: .command)
            return []
        case .char("r"):
            return ComposerKeys.reply(&state)
        case .char("n"):
            guard let id = state.focus == .list ? state.list.selectedConversation?.id : (state.reader.detail?.conversation.id ?? state.list.selectedConversation?.id)
            else { return [] }
            state.prompt = Prompt(kind: .note(conversationID: id))
            return []
        case .char("R"):
            return OutboxKeys.retry(&state)
        case .char("E"):
            return OutboxKeys.edit(&state)
        case .char("S"):
            guard let id = state.reader.detail?.conversation.id else { return [] }
            return [.saveAttachments(conversationID: id)]
        case .char("v"):
            return PickerKeys.open(.view, items: state.views.enumerated().map {
                PickerItem(label: state.strings.viewName($0.element.name) + (state.viewCounts[$0.element.name].map { " (\($0))" } ?? ""),
                           value: String($0.offset))
            }, &state)
        default:
            if let effects = TriageKeys.handle(key, &state) { return effects }
        }
        switch state.focus {
        case .list:
            if key == .enter || key == .right || key == .char("l") { return focus(.reader, &state) }
            if key == .escape && !state.marked.isEmpty {
                state.marked = []
                return []
            }
            if key == .escape && SearchKeys.isSearchView(state.currentView) { return SearchKeys.leave(&state) }
            if key == .escape && ReportKeys.isDrillView(state.currentView) { return ReportKeys.leave(&state) }
            return ListNavigation.handle(key, &state)
        case .reader:
            if key == .escape || key == .left || key == .char("h") {
                return state.reader.returnToID != nil ? CustomerHistory.back(&state) : CustomerHistory.leaveToList(&state)
            }
            return ReaderNavigation.handle(key, &state)
        case .customer:
            return CustomerHistory.handle(key, &state)
        }
    }

    static func quit(_ state: inout AppState) -> [Effect] {
        state.quitting = true
        return [.quit]
    }

    /// Moving into the reader opens the conversation: it is no longer unread.
    static func focus(_ pane: Pane, _ state: inout AppState) -> [Effect] {
        if pane == .customer && state.focus != .customer { CustomerHistory.enter(&state) }
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
        state.marked = []
        state.focus = .list
        return [ListNavigation.reload(state)]
    }
}
