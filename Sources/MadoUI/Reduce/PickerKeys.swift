import Foundation
import MadoCore

/// The picker overlay: arrows move, typing filters, Enter chooses, Esc cancels.
enum PickerKeys {
    static func open(_ kind: PickerKind, items: [PickerItem], _ state: inout AppState) -> [Effect] {
        let strings = state.strings
        var items = items
        if kind == .tag {
            // Tags already on the (single) target are checked: choosing them removes them.
            let current = state.targetIDs.count == 1 ? currentTags(state) : []
            items = items.map { PickerItem(label: $0.label, value: $0.value, checked: current.contains($0.value)) }
        }
        let titles: [PickerKind: String] = [.assign: strings.pickAssignee, .tag: strings.pickTag, .priority: strings.pickPriority,
                                             .snooze: strings.pickSnooze, .view: strings.pickView,
                                             .template: strings.ja ? "テンプレート" : "Templates"]
        state.picker = Picker(kind: kind, title: titles[kind] ?? "", items: items, allowsNew: kind == .tag)
        return []
    }

    static func currentTags(_ state: AppState) -> Set<String> {
        if state.focus != .list, let detail = state.reader.detail { return Set(detail.conversation.tags) }
        return Set(state.list.selectedConversation?.tags ?? [])
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var picker = state.picker else { return [] }
        let count = picker.visibleItems.count
        switch key {
        case .escape:
            state.picker = nil
            return []
        case .down, .ctrl("n"), .tab:
            picker.selected = count == 0 ? 0 : (picker.selected + 1) % count
        case .up, .ctrl("p"), .backTab:
            picker.selected = count == 0 ? 0 : (picker.selected + count - 1) % count
        case .backspace:
            if !picker.filter.isEmpty { picker.filter.removeLast() }
            picker.selected = 0
        case .ctrl("u"):
            picker.filter = ""
            picker.selected = 0
        case .char(let character):
            picker.filter.append(character)
            picker.selected = 0
        case .enter:
            state.picker = nil
            let items = picker.visibleItems
            guard items.indices.contains(picker.selected) else { return [] }
            return choose(picker.kind, items[picker.selected], &state)
        default:
            break
        }
        state.picker = picker
        return []
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
            default:
                guard let choice = SnoozeTimes.Choice(rawValue: item.value) else { return [] }
                return TriageKeys.act(.snooze(until: SnoozeTimes.date(for: choice, now: state.now, timeZone: state.timeZone)), &state)
            }
        case .view:
            return Reducer.switchView(to: Int(item.value) ?? 0, &state)
        case .template:
            guard let composer = state.composer else { return [] }
            return [.insertTemplate(composer.draft, key: item.value)]
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
