import Foundation

/// Which conversations a view shows. Turned into a WHERE clause with bound values, never
/// string-pasted user input.
public struct ConversationFilter: Sendable, Equatable {
    public static func == (a: ConversationFilter, b: ConversationFilter) -> Bool {
        a.statuses == b.statuses && a.channel == b.channel && a.tag == b.tag && a.assigneeLogin == b.assigneeLogin
            && a.unassignedOnly == b.unassignedOnly && a.unassignedOrLogin == b.unassignedOrLogin && a.snooze == b.snooze
            && a.search == b.search && a.waitingLongerThan == b.waitingLongerThan && a.automaticOnly == b.automaticOnly && a.draftsOf == b.draftsOf
            && a.unsentRepliesOnly == b.unsentRepliesOnly && a.conversationIDs == b.conversationIDs
    }

    public var statuses: [ConversationStatus] = []
    public var channel: Channel?
    public var tag: String?
    public var assigneeLogin: String?
    public var unassignedOnly = false
    /// For the inbox: unassigned conversations plus those of this agent.
    public var unassignedOrLogin: String?
    public enum Snooze: Sendable, Equatable { case hide, only, any }
    public var snooze: Snooze = .hide
    /// Free words and filters typed in the search box.
    public var search: SearchQuery?
    /// Set by the store: where the search's word matches were put (see `SearchHits`).
    var searchHitsTable: String?
    /// Only conversations where this agent has a draft waiting (postponed replies).
    public var draftsOf: String?
    /// Only conversations made of automatic mail (bounces, out-of-office): the Auto view.
    public var automaticOnly = false
    /// Only conversations with a reply that has not left: queued, sending or failed (the Outbox view).
    public var unsentRepliesOnly = false
    /// Only these conversations (the ones behind a report figure).
    public var conversationIDs: [Int64]?
    /// Only conversations whose customer has waited at least this long (the Overdue view).
    public var waitingLongerThan: TimeInterval?

    public init(statuses: [ConversationStatus] = [], channel: Channel? = nil, tag: String? = nil,
                assigneeLogin: String? = nil, unassignedOnly: Bool = false, unassignedOrLogin: String? = nil,
                snooze: Snooze = .hide, search: SearchQuery? = nil, waitingLongerThan: TimeInterval? = nil) {
        self.statuses = statuses
        self.channel = channel
        self.tag = tag
        self.assigneeLogin = assigneeLogin
        self.unassignedOnly = unassignedOnly
        self.unassignedOrLogin = unassignedOrLogin
        self.snooze = snooze
        self.search = search
        self.waitingLongerThan = waitingLongerThan
    }

    /// Set by the store for a page of a tag on many conversations (see `tagCondition`).
    var walksTags = false

    func whereClause(now: Int64) -> (sql: String, bindings: [SQLValue]) {
        var parts: [String] = []
        var bindings: [SQLValue] = []
        if !statuses.isEmpty {
            parts.append("c.status IN (" + statuses.map { _ in "?" }.joined(separator: ",") + ")")
            bindings += statuses.map { .text($0.rawValue) }
        }
        if let channel {
            parts.append("c.channel = ?")
            bindings.append(.text(channel.rawValue))
        }
        if let tag {
            parts.append(Self.tagCondition(walking: walksTags))
            bindings.append(.text(tag))
        }
        if let assigneeLogin {
            parts.append("c.assignee_id = (SELECT id FROM agents WHERE login = ?)")
            bindings.append(.text(assigneeLogin))
        }
        if unassignedOnly { parts.append("c.assignee_id IS NULL") }
        if let login = unassignedOrLogin {
            parts.append("(c.assignee_id IS NULL OR c.assignee_id = (SELECT id FROM agents WHERE login = ?))")
            bindings.append(.text(login))
        }
        if let search { addSearch(search, to: &parts, &bindings) }
        if let draftsOf {
            parts.append("c.id IN (SELECT conversation_id FROM drafts WHERE agent_login = ?)")
            bindings.append(.text(draftsOf))
        }
        if automaticOnly {
            // Only conversations holding an automatic message are looked at (a small index, step 23,
            // named because SQLite would rather read all of the index by date): checking every
            // conversation for a message from a person took seconds at a million messages.
            parts.append("""
                c.id IN (SELECT conversation_id FROM messages INDEXED BY messages_automatic WHERE auto = 1) \
                AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.auto = 0)
                """)
        }
        if unsentRepliesOnly {
            parts.append("""
                c.id IN (SELECT m.conversation_id FROM outbox o JOIN messages m ON m.id = o.message_id
                         WHERE o.state IN ('queued', 'sending', 'failed'))
                """)
        }
        if let conversationIDs {
            // Integers, written out: a long list would pass SQLite's limit on bound values.
            parts.append(conversationIDs.isEmpty ? "0" : "c.id IN (" + conversationIDs.map(String.init).joined(separator: ",") + ")")
        }
        if let waitingLongerThan {
            parts.append("c.waiting_since IS NOT NULL AND c.waiting_since <= ?")
            bindings.append(.int(now - Int64(waitingLongerThan)))
        }
        switch snooze {
        case .hide:
            parts.append("(c.snoozed_until IS NULL OR c.snoozed_until <= ?)")
            bindings.append(.int(now))
        case .only:
            parts.append("c.snoozed_until > ?")
            bindings.append(.int(now))
        case .any:
            break
        }
        return (parts.isEmpty ? "1" : parts.joined(separator: " AND "), bindings)
    }

    /// Conversations with the tag bound to `?`. A count, or a page of a tag on a few conversations,
    /// is best started from the tag's conversations. A page of a tag on thousands is not: SQLite
    /// would fetch and sort all of them for 50 rows, where walking the queue's order and checking
    /// each row stops after the page. The unary `+` keeps SQLite from starting at the tag.
    /// Whether `count` of `total` rows are too many to fetch and sort for one page: when their
    /// square outnumbers 64 times the total, which is about where sorting them all costs more than
    /// walking the queue past the rows between them.
    static func isMany(_ count: Int64, of total: Int64) -> Bool {
        count * count > 64 * total
    }

    static func tagCondition(walking: Bool) -> String {
        (walking ? "+c.id" : "c.id") + " IN (SELECT ct.conversation_id FROM conversation_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.name = ?)"
    }
}

/// A named filter: what the status line and the side bar call it.
public struct InboxView: Sendable, Equatable {
    public var name: String
    public var filter: ConversationFilter

    public init(name: String, filter: ConversationFilter) {
        self.name = name
        self.filter = filter
    }

    /// The built-in views, in the order of their number keys.
    public static func builtIn(agentLogin: String?, replyTarget: TimeInterval = 4 * 3600) -> [InboxView] {
        var views = [
            InboxView(name: "Inbox", filter: ConversationFilter(statuses: [.open], unassignedOrLogin: agentLogin)),
        ]
        if let agentLogin {
            views.append(InboxView(name: "Mine", filter: ConversationFilter(statuses: [.open, .pending], assigneeLogin: agentLogin)))
        }
        views += [
            InboxView(name: "Unassigned", filter: ConversationFilter(statuses: [.open], unassignedOnly: true)),
            InboxView(name: "Pending", filter: ConversationFilter(statuses: [.pending])),
            InboxView(name: "Overdue", filter: ConversationFilter(statuses: [.open], waitingLongerThan: replyTarget)),
            InboxView(name: "Snoozed", filter: ConversationFilter(snooze: .only)),
            InboxView(name: "Closed", filter: ConversationFilter(statuses: [.closed], snooze: .any)),
            InboxView(name: "All", filter: ConversationFilter(snooze: .any)),
            InboxView(name: "Auto", filter: { var f = ConversationFilter(snooze: .any); f.automaticOnly = true; return f }()),
        ]
        if let agentLogin {
            views.append(InboxView(name: "Drafts", filter: { var f = ConversationFilter(snooze: .any); f.draftsOf = agentLogin; return f }()))
        }
        // Replies that have not left, whatever the conversation's status: failed ones are retried or edited from here.
        views.append(InboxView(name: "Outbox", filter: { var f = ConversationFilter(snooze: .any); f.unsentRepliesOnly = true; return f }()))
        return views
    }
}
