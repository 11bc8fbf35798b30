import Foundation
import MadoCore

/// The picker overlay: j/k, Ctrl-N/Ctrl-P and the arrows move, typing filters tags or reads a
/// snooze time, Enter chooses (or says why it cannot), Esc cancels.
enum PickerKeys {
    static func open(_ kind: PickerKind, items: [PickerItem], _ state: inout AppState) -> [Effect] {
        let strings = state.strings
        // What the (single) target has now is marked: its tags (choosing one removes it), its
        // priority, its assignee.
        let current = state.targetIDs.count == 1 ? currentConversation(state) : nil
        let marked: Set<String>
        switch kind {
        case .tag: marked = Set(current?.tags ?? [])
        case .priority: marked = current.map { [String($0.priority)] } ?? []
        case .assign: marked = current.map { [$0.assigneeLogin ?? ""] } ?? []
        default: marked = []
        }
        let items = items.map { item in
            var item = item
            if !marked.isEmpty { item.checked = marked.contains(item.value) }
            return item
        }
        let titles: [PickerKind: String] = [.assign: strings.pickAssignee, .tag: strings.pickTag, .priority: strings.pickPriority,
                                             .snooze: strings.pickSnooze, .view: strings.pickView,
                                             .template: strings.ja ? "テンプレート" : "Templates", .mergeCustomer: strings.pickMergeCustomer]
        var picker = Picker(kind: kind, title: titles[kind] ?? "", items: items, allowsNew: kind == .tag)
        // Start on the first choice that can be made (templates that cannot be filled come last).
        picker.selected = items.firstIndex { $0.needs.isEmpty } ?? 0
        state.picker = picker
        return []
    }

    static func currentConversation(_ state: AppState) -> Conversation? {
        if state.focus != .list, let detail = state.reader.detail { return detail.conversation }
        return state.list.selectedConversation
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var picker = state.picker else { return [] }
        let count = picker.visibleItems.count
        // j and k are letters of a tag's name; in the snooze picker, keys until something is typed.
        let lettersMove = !picker.acceptsText || (picker.kind == .snooze && picker.filter.isEmpty)
        switch key {
        case .escape:
            state.picker = nil
            return []
        case .down, .ctrl("n"), .tab, .char("j") where lettersMove:
            picker.selected = count == 0 ? 0 : (picker.selected + 1) % count
        case .up, .ctrl("p"), .backTab, .char("k") where lettersMove:
            picker.selected = count == 0 ? 0 : (picker.selected + count - 1) % count
        case .backspace where picker.acceptsText:
            if !picker.filter.isEmpty { picker.filter.removeLast() }
            typed(&picker, state)
            state.picker = picker
            return CustomerPaneKeys.searchAgain(picker, state)
        case .ctrl("u") where picker.acceptsText:
            picker.filter = ""
            typed(&picker, state)
            state.picker = picker
            return CustomerPaneKeys.searchAgain(picker, state)
        case .char(let character) where picker.acceptsText:
            picker.filter.append(character)
            typed(&picker, state)
            state.picker = picker
            return CustomerPaneKeys.searchAgain(picker, state)
        case .char:
            state.flash = state.strings.pickerNoTyping
        case .enter:
            let items = picker.visibleItems
            if let why = refusal(picker, items, state.strings) {
                // The picker stays: the status line says what to do instead.
                state.flash = why
                break
            }
            state.picker = nil
            return choose(picker.kind, items[picker.selected], &state)
        default:
            break
        }
        state.picker = picker
        return []
    }

    /// After typing: the tag list is filtered from the top; a snooze text is read into a time.
    static func typed(_ picker: inout Picker, _ state: AppState) {
        picker.selected = 0
        guard picker.kind == .snooze else { return }
        picker.typedChoice = snoozeDate(picker.filter, state).map {
            PickerItem(label: "→ " + state.strings.wakeTime($0, now: state.now, timeZone: state.hours?.timeZone ?? state.timeZone),
                       value: "at:\($0.timeIntervalSince1970)")
        }
    }

    static func snoozeDate(_ text: String, _ state: AppState) -> Date? {
        SnoozeText.parse(text, now: state.now, timeZone: state.timeZone, hours: state.hours)
    }

    /// Why Enter would do nothing here, or nil when it chooses.
    static func refusal(_ picker: Picker, _ items: [PickerItem], _ strings: UIStrings) -> String? {
        if picker.kind == .snooze && !picker.filter.trimmingCharacters(in: .whitespaces).isEmpty && picker.typedChoice == nil {
            return strings.snoozeUnreadable(picker.filter)
        }
        guard items.indices.contains(picker.selected) else { return strings.pickerEmpty(picker.kind) }
        let item = items[picker.selected]
        return item.needs.isEmpty ? nil : strings.templateNeeds(item.needs)
    }

    static func choose(_ kind: PickerKind, _ item: PickerItem, _ state: inout AppState) -> [Effect] {
        switch kind {
        case .assign:
            return TriageKeys.act(.assign(login: item.value.isEmpty ? nil : item.value), &state)
        case .tag:
            return TriageKeys.act(item.checked ? .removeTag(item.value) : .addTag(item.value), &state)
        case .priority:
            return TriageKeys.act(.setPriority(Int(item.value) ?? 0), &state)
        case .snooze:
            switch item.value {
            case "date":
                state.prompt = Prompt(kind: .snoozeDate)
                return []
            case "none":
                return TriageKeys.act(.snooze(until: nil), &state)
            case let value where value.hasPrefix("at:"):
                guard let seconds = Double(value.dropFirst(3)) else { return [] }
                return TriageKeys.act(.snooze(until: Date(timeIntervalSince1970: seconds)), &state)
            default:
                guard let choice = SnoozeTimes.Choice(rawValue: item.value) else { return [] }
                return TriageKeys.act(.snooze(until: SnoozeTimes.date(for: choice, now: state.now, timeZone: state.timeZone)), &state)
            }
        case .view:
            return Reducer.switchView(to: Int(item.value) ?? 0, &state)
        case .template:
            guard let composer = state.composer else { return [] }
            return [.insertTemplate(composer.draft, key: item.value)]
        case .mergeCustomer:
            return CustomerPaneKeys.merge(other: item.value, &state)
        }
    }

    static func priorities(_ strings: UIStrings) -> [PickerItem] {
        [PickerItem(label: strings.priorityNames[2], value: "2"), PickerItem(label: strings.priorityNames[1], value: "1"),
         PickerItem(label: strings.priorityNames[0], value: "0"), PickerItem(label: strings.priorityNames[3], value: "-1")]
    }

    static func snoozes(_ strings: UIStrings) -> [PickerItem] {
        [PickerItem(label: strings.snoozeNames[0], value: SnoozeTimes.Choice.laterToday.rawValue),
         PickerItem(label: strings.snoozeNames[1], value: SnoozeTimes.Choice.tomorrowMorning.rawValue),
         PickerItem(label: strings.snoozeNames[2], value: SnoozeTimes.Choice.nextWeek.rawValue),
         PickerItem(label: strings.snoozeNames[3], value: "date"),
         PickerItem(label: strings.snoozeNames[4], value: "none")]
    }
}
