import Foundation
import MadoCore

public enum Pane: Int, Sendable, CaseIterable {
    case list, reader, customer
}

/// The list as the screen knows it: a window of rows around the selection, never the whole view.
public struct ListState: Sendable, Equatable {
    public var total = 0
    /// Index in the view of `rows[0]`.
    public var offset = 0
    public var rows: [Conversation] = []
    /// Index in the view of the selected conversation.
    public var selected = 0
    /// Index in the view of the first visible row.
    public var top = 0
    /// The conversation the selection should stay on when the list reloads.
    public var selectedID: Int64?
    public var loaded = false
    /// The next reload answers a change made elsewhere (another agent, an import).
    public var changedElsewhere = false

    public init() {}

    public var selectedConversation: Conversation? {
        let index = selected - offset
        return rows.indices.contains(index) ? rows[index] : nil
    }

    public func row(at index: Int) -> Conversation? {
        let local = index - offset
        return rows.indices.contains(local) ? rows[local] : nil
    }
}

public struct ReaderState: Sendable, Equatable {
    public var detail: ConversationDetail?
    public var scroll = 0
    public var customerScroll = 0
    /// The marker in the customer's history (Tab), an index into `customerConversations`.
    public var historyMarker = 0
    /// A conversation opened from the history: shown though the list's cursor is elsewhere.
    public var pinnedID: Int64?
    /// What was being read before the history opened another one (Esc goes back to it).
    public var returnToID: Int64?
    /// The merge just made from the customer pane: u as the very next key undoes it.
    public var lastMerge: CustomerMerge?
    /// Suggestions put off with l ("later"): not shown again until the inbox is restarted.
    public var laterSuggestions: Set<Int64> = []
    public init() {}
}

/// Everything the screen shows, as plain data. `reduce` changes it; `Renderer` draws it.
public struct AppState: Sendable, Equatable {
    public var width: Int
    public var height: Int
    public var now: Date
    public var views: [InboxView]
    public var viewIndex = 0
    public var list = ListState()
    public var reader = ReaderState()
    public var focus: Pane = .list
    public var showHelp = false
    /// First help line shown (the help scrolls at small sizes).
    public var helpScroll = 0
    /// Tab's candidates for the word being completed on the `:` line (shown above it).
    public var completions: [String] = []
    public var flash: String?
    /// Draw ✉ and box characters only when the terminal can (a non-UTF-8 locale cannot).
    public var asciiOnly = false
    public var strings: UIStrings
    public var agent: Agent?
    /// How long a customer may wait before the list calls the wait overdue.
    public var replyTarget: TimeInterval = 4 * 3600
    public var quitting = false
    /// Conversations picked with x (or select all); actions apply to them instead of the cursor.
    public var marked: Set<Int64> = []
    /// Applied actions, newest last; u undoes the last one (a bulk action as a whole).
    public var undoStack: [[TriageChange]] = []
    public var prompt: Prompt?
    public var picker: Picker?
    /// Live counts per view name.
    public var viewCounts: [String: Int] = [:]
    public var timeZone: TimeZone = .current
    /// The shop's opening hours and zone: a snooze to "tomorrow" wakes at opening time.
    public var hours: BusinessHours?
    /// Earlier searches, oldest first: ↑ and ↓ in the search prompt walk them, like a shell.
    public var searchHistory: [String] = []
    /// Where ↑/↓ stand in `searchHistory` while the prompt is open (nil: the new, empty query).
    public var searchHistoryIndex: Int?
    /// The view a search was started from: Esc on the results goes back to it.
    public var searchFrom: String?
    /// The last status messages, oldest first (`:messages`).
    public var messageLog: [String] = []
    public var showMessages = false
    /// The pane Tab came from into the customer history; Esc there goes back to it.
    public var paneBeforeCustomer: Pane = .list
    /// The reply being confirmed (after the editor, or the inline Instagram box).
    public var composer: Composer?
    /// `:report`: the figures on screen (nil: closed) and over how many days.
    public var report: Report?
    public var reportDays = 30
    /// The figure under the cursor on the report screen (an index into `ReportKeys.figures`).
    public var reportFigure = 0
    /// The report a drill-down left: Esc on the list of a figure brings it back, over the view
    /// it was opened from.
    public var reportBehind: Report?
    public var reportDrillFrom: String?

    public init(width: Int, height: Int, now: Date, views: [InboxView], strings: UIStrings = .english, agent: Agent? = nil) {
        self.width = width
        self.height = height
        self.now = now
        self.views = views
        self.strings = strings
        self.agent = agent
    }

    public var currentView: InboxView { views[min(viewIndex, views.count - 1)] }
    public var layout: Layout { Layout(width: width, height: height, focus: focus) }

    /// What an action applies to: the marked conversations, or else the one under the cursor (or
    /// being read).
    public var targetIDs: [Int64] {
        if !marked.isEmpty { return marked.sorted() }
        if focus != .list, let id = reader.detail?.conversation.id { return [id] }
        return list.selectedConversation.map { [$0.id] } ?? []
    }
}
