import Foundation
import MadoCore
import MadoUI

/// Performs the screen's effects against the store and turns the answers into inputs for the
/// reducer. Also notices when another process has changed the store.
public final class InboxSession {
    public let store: Store
    public let agent: Agent?
    public let replyTarget: TimeInterval
    private var lastDataVersion: Int64 = 0

    public init(store: Store, agent: Agent?, replyTarget: TimeInterval = 4 * 3600) {
        self.store = store
        self.agent = agent
        self.replyTarget = replyTarget
        lastDataVersion = (try? store.db.dataVersion()) ?? 0
    }

    /// Runs effects until none are left, feeding every answer back through the reducer.
    public func run(_ effects: [Effect], on state: inout AppState) {
        var queue = effects[...]
        var rounds = 0
        while let effect = queue.popFirst(), rounds < 1000 {
            rounds += 1
            for input in perform(effect) {
                queue.append(contentsOf: Reducer.reduce(&state, input))
            }
        }
    }

    public func perform(_ effect: Effect) -> [Input] {
        do {
            return try Retry.whileBusy { try self.performOnce(effect) }
        } catch {
            return [.flash("\(error)")]
        }
    }

    private func performOnce(_ effect: Effect) throws -> [Input] {
        switch effect {
        case .loadList(let view, let offset, let limit, let anchorID):
            var start = offset
            var anchorIndex: Int?
            if let anchorID, let position = try store.position(of: anchorID, in: view.filter) {
                anchorIndex = position
                if position < offset || position >= offset + limit { start = max(0, position - limit / 3) }
            }
            let total = try store.countConversations(view.filter)
            if start >= total { start = max(0, total - limit) }
            let rows = try store.conversations(view.filter, offset: start, limit: limit)
            return [.listLoaded(ListPage(viewName: view.name, total: total, offset: start, rows: rows, anchorIndex: anchorIndex))]
        case .loadConversation(let id):
            guard let conversation = try store.conversation(id: id) else { return [.conversationMissing(id: id)] }
            let detail = ConversationDetail(
                conversation: conversation,
                messages: try store.messages(inConversation: id),
                customer: try store.customer(id: conversation.customerID),
                identities: try store.identities(ofCustomer: conversation.customerID),
                customerConversations: try store.conversations(ofCustomer: conversation.customerID))
            return [.conversationLoaded(detail)]
        case .loadCounts(let views):
            var counts: [String: Int] = [:]
            for view in views { counts[view.name] = try store.countConversations(view.filter) }
            return [.countsLoaded(counts)]
        case .apply(let action, let ids):
            return [.applied(try store.apply(action, to: ids, by: agent), action)]
        case .undo(let changes):
            return [.undone(try store.undo(changes, by: agent))]
        case .markRead(let id):
            try store.markRead(conversationID: id)
            return []
        case .loadAllIDs(let view):
            return [.allIDsLoaded(viewName: view.name, ids: try store.conversationIDs(view.filter))]
        case .loadPickerOptions(let kind):
            switch kind {
            case .assign:
                let agents = try store.agents().map { PickerItem(label: "\($0.name) (\($0.login))", value: $0.login) }
                return [.pickerOptionsLoaded(kind, agents + [PickerItem(label: "—", value: "")])]
            default:
                return [.pickerOptionsLoaded(kind, try store.tagNames().map { PickerItem(label: "#" + $0, value: $0) })]
            }
        case .saveView(let name, let query):
            try store.saveView(name: name, query: query, by: agent)
            return [.viewsLoaded(try store.allViews(agentLogin: agent?.login, replyTarget: replyTarget)), .flash("Saved view '\(name)'.")]
        case .quit:
            return []
        }
    }

    /// The first things a new screen needs: every view and the first page.
    public func start(_ state: inout AppState) {
        state.replyTarget = replyTarget
        if let views = try? store.allViews(agentLogin: agent?.login, replyTarget: replyTarget) { state.views = views }
        run([.loadList(view: state.currentView, offset: 0, limit: state.layout.listRows * 3, anchorID: nil)], on: &state)
    }

    /// The counts of every view: asked for right after the first screen is drawn, not before it.
    public func loadCounts(_ state: inout AppState) {
        run([.loadCounts(views: state.views)], on: &state)
    }

    /// True when some other connection committed since the last look (our own writes don't count
    /// for `data_version`, which is what we want: we already show them).
    public func storeChangedElsewhere() -> Bool {
        guard let version = try? store.db.dataVersion() else { return false }
        defer { lastDataVersion = version }
        return version != lastDataVersion
    }
}

/// A busy database is not an error a person should see at once: wait a little and try again.
enum Retry {
    static func whileBusy<T>(attempts: Int = 5, _ body: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                return try body()
            } catch StoreError.busy(let what) {
                attempt += 1
                if attempt >= attempts { throw StoreError.busy(what) }
                usleep(useconds_t(100_000 * attempt))
            }
        }
    }
}
