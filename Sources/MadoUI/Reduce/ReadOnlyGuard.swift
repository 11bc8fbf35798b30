import MadoCore

/// Without a known agent the inbox only reads: every change to the store is made in someone's
/// name, so a key that would write says how to become someone instead, and nothing is written.
enum ReadOnlyGuard {
    /// Keys of the list and the reader that change conversations or start writing.
    static let writeKeys: Set<Key> = [
        .char("c"), .char("o"), .char("p"), .char("U"), .char("a"), .char("A"), .char("t"),
        .char("!"), .char("s"), .char("u"), .char("r"), .char("n"), .char("R"), .char("E"),
    ]

    /// True when the key was refused (the status line says why).
    static func refuses(_ key: Key, _ state: inout AppState) -> Bool {
        guard state.agent == nil, writeKeys.contains(key) else { return false }
        state.flash = state.strings.readOnly
        return true
    }

    /// The safety net for paths that reach a write some other way (`:` commands): write effects
    /// are dropped, and the same message is shown. Opening a conversation only reads, so its
    /// "mark read" is dropped without a word.
    static func filter(_ effects: [Effect], _ state: inout AppState) -> [Effect] {
        guard state.agent == nil else { return effects }
        let kept = effects.filter { !$0.writesToStore }
        if effects.contains(where: { $0.writesToStore && !$0.isMarkRead }) { state.flash = state.strings.readOnly }
        return kept
    }
}

extension Effect {
    /// Effects that change the store (and so need an agent to answer for them).
    public var writesToStore: Bool {
        switch self {
        case .apply, .undo, .markRead, .saveView, .beginReply, .editDraft, .sendReply, .postponeDraft, .discardDraft,
             .insertTemplate, .addNote, .updateAgent, .addAgent, .retryReply, .editFailedReply,
             .mergeCustomers, .unmergeCustomer, .rejectMergeSuggestion, .postponeMergeSuggestion, .setCustomerNotes:
            return true
        case .previewReply, .loadList, .loadConversation, .loadCounts, .loadAllIDs, .loadPickerOptions, .loadTemplateOptions,
             .saveAttachments, .quit, .suspend, .redraw, .loadViews, .searchCustomers, .loadReport:
            return false
        }
    }

    public var isMarkRead: Bool {
        if case .markRead = self { return true }
        return false
    }
}
