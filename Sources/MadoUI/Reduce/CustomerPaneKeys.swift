import Foundation
import MadoCore

/// The customer pane's own keys, before the list's: m merges another customer into this one
/// (a picker), y / n / l answer a suggestion, u right after a merge undoes it, N edits the shared
/// notes. Merges and notes are writes: without an agent they are refused with the usual words.
enum CustomerPaneKeys {
    /// Nil when the key is not the pane's (it then means what it means elsewhere).
    static func handle(_ key: Key, justMerged: CustomerMerge?, _ state: inout AppState) -> [Effect]? {
        guard let detail = state.reader.detail else { return nil }
        let customerID = detail.customer?.id ?? detail.conversation.customerID
        let suggestion = CustomerLines.suggestion(detail, state)
        switch key {
        case .char("u") where justMerged != nil:
            return refusedReadOnly(&state) ?? [.unmergeCustomer(mergeID: justMerged!.id)]
        case .char("m"):
            return refusedReadOnly(&state) ?? [.searchCustomers(query: "", excluding: customerID)]
        case .char("N"):
            if let refused = refusedReadOnly(&state) { return refused }
            var prompt = Prompt(kind: .customerNotes(customerID: customerID), text: detail.customer?.notes ?? "")
            prompt.cursor = prompt.text.count
            state.prompt = prompt
            return []
        case .char("y") where suggestion != nil:
            return refusedReadOnly(&state) ?? [.mergeCustomers(keep: customerID, other: suggestion!.other.id)]
        case .char("n") where suggestion != nil:
            return refusedReadOnly(&state) ?? [.rejectMergeSuggestion(customerID: customerID, otherID: suggestion!.other.id)]
        case .char("l") where suggestion != nil:
            // Hidden at once; with an agent it is also kept in the store until tomorrow (a restart
            // does not bring it back). Read-only, it is hidden for this session only.
            state.reader.laterSuggestions.insert(suggestion!.other.id)
            state.flash = state.strings.suggestionLaterUntilTomorrow
            return state.agent == nil ? [] : [.postponeMergeSuggestion(customerID: customerID, otherID: suggestion!.other.id)]
        default:
            return nil
        }
    }

    static func refusedReadOnly(_ state: inout AppState) -> [Effect]? {
        guard state.agent == nil else { return nil }
        state.flash = state.strings.readOnly
        return []
    }

    /// Chosen in the merge picker: the customer in the pane keeps, the chosen one moves in.
    static func merge(other value: String, _ state: inout AppState) -> [Effect] {
        guard let detail = state.reader.detail, let other = Int64(value) else { return [] }
        return [.mergeCustomers(keep: detail.customer?.id ?? detail.conversation.customerID, other: other)]
    }

    /// Typing in the merge picker asks the store again (it searches every customer, not a list in memory).
    static func searchAgain(_ picker: Picker, _ state: AppState) -> [Effect] {
        guard picker.kind == .mergeCustomer, let detail = state.reader.detail else { return [] }
        return [.searchCustomers(query: picker.filter, excluding: detail.customer?.id ?? detail.conversation.customerID)]
    }

    /// The store's answer: the first one opens the picker; later ones replace its choices, keeping what was typed.
    static func optionsLoaded(_ items: [PickerItem], _ state: inout AppState) -> [Effect] {
        guard var picker = state.picker, picker.kind == .mergeCustomer else { return PickerKeys.open(.mergeCustomer, items: items, &state) }
        picker.items = items
        picker.selected = 0
        state.picker = picker
        return []
    }

    static func merged(_ merge: CustomerMerge, _ state: inout AppState) -> [Effect] {
        state.reader.lastMerge = merge
        let keep = state.reader.detail?.customer?.name ?? "#\(merge.keepID)"
        state.flash = state.strings.merged("#\(merge.otherID)", into: SafeText.line(keep), merge.movedSummary)
        return reload(state)
    }

    static func unmerged(_ merge: CustomerMerge, _ state: inout AppState) -> [Effect] {
        state.reader.lastMerge = nil
        state.flash = state.strings.unmerged(merge.movedSummary)
        return reload(state)
    }

    static func reload(_ state: AppState) -> [Effect] {
        Reducer.refresh(state) + (state.reader.detail.map { [.loadConversation(id: $0.conversation.id)] } ?? [])
    }
}
