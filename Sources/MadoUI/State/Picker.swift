import Foundation
import MadoCore

public enum PickerKind: Sendable, Equatable {
    case assign, tag, priority, snooze, view, template
    /// A customer to merge into the one in the pane; typing searches the store.
    case mergeCustomer
}

public struct PickerItem: Sendable, Equatable {
    public var label: String
    public var value: String
    /// Shown with a check mark: the tag is already on the conversation.
    public var checked: Bool
    /// Shown under the list for the highlighted item (a template's text).
    public var preview: String?
    /// What is missing before it can be chosen (a template's variables): shown greyed, with why.
    public var needs: [String]
    /// The words of the customer's message that suggested it (a template's keywords).
    public var matched: [String]

    public init(label: String, value: String, checked: Bool = false, preview: String? = nil, needs: [String] = [], matched: [String] = []) {
        self.label = label
        self.value = value
        self.checked = checked
        self.preview = preview
        self.needs = needs
        self.matched = matched
    }
}

/// A small list to choose from: agents, tags, priorities, snooze times, views, templates.
public struct Picker: Sendable, Equatable {
    public var kind: PickerKind
    public var title: String
    public var items: [PickerItem]
    /// What was typed: a tag's name, or a snooze time.
    public var filter = ""
    public var selected = 0
    /// Typing a name that is not in the list offers to create it (tags).
    public var allowsNew: Bool
    /// The time the typed snooze text means, offered as the first choice.
    public var typedChoice: PickerItem?

    public init(kind: PickerKind, title: String, items: [PickerItem], allowsNew: Bool = false) {
        self.kind = kind
        self.title = title
        self.items = items
        self.allowsNew = allowsNew
    }

    /// Typing means something only where it is the point: a tag's name, a snooze time. Elsewhere
    /// letters are keys (j/k move), so a short list never hides behind a stray letter.
    public var acceptsText: Bool { kind == .tag || kind == .snooze || kind == .mergeCustomer }

    public var visibleItems: [PickerItem] {
        if kind == .snooze { return (typedChoice.map { [$0] } ?? []) + items }
        guard kind == .tag else { return items }
        let folded = SearchText.fold(filter)
        var shown = folded.isEmpty ? items : items.filter { SearchText.fold($0.label).contains(folded) || SearchText.fold($0.value).contains(folded) }
        let trimmed = filter.trimmingCharacters(in: .whitespaces)
        if allowsNew && !trimmed.isEmpty && !items.contains(where: { $0.value.lowercased() == trimmed.lowercased() }) {
            shown.append(PickerItem(label: "+ \(trimmed)", value: trimmed))
        }
        return shown
    }
}

/// A line of typed text at the bottom: a search, a command, or a snooze date.
public struct Prompt: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case search, command, snoozeDate, instagramReply, confirmReply(conversationID: Int64), note(conversationID: Int64)
        /// The customer's shared notes, the current text to edit.
        case customerNotes(customerID: Int64)
    }
    public var kind: Kind
    public var text = ""
    /// Where typing goes, in characters from the start; nil keeps it at the end (so code that
    /// replaces the text, like the search history, needs no cursor bookkeeping).
    private var cursorOffset: Int?

    public init(kind: Kind, text: String = "") {
        self.kind = kind
        self.text = text
    }

    public var cursor: Int {
        get { min(cursorOffset ?? text.count, text.count) }
        set { cursorOffset = newValue >= text.count ? nil : max(0, newValue) }
    }

    /// The Instagram box and notes take several lines; search and commands are one line.
    public var isMultiline: Bool {
        switch kind {
        case .instagramReply, .note, .customerNotes: return true
        default: return false
        }
    }

    public var leader: String {
        switch kind {
        case .search: return "/"
        case .command: return ":"
        case .snoozeDate: return "snooze until (tomorrow 9am, 12/3 14:00, 3h, 明日 10時): "
        case .instagramReply: return "DM> "
        case .confirmReply: return ""
        case .note: return "note> "
        case .customerNotes: return "customer notes> "
        }
    }
}
