import Foundation
import MadoCore
import MadoUI

/// Performs the screen's effects against the store and turns the answers into inputs for the
/// reducer. Also notices when another process has changed the store.
public final class InboxSession {
    public let store: Store
    public private(set) var agent: Agent?
    public let replyTarget: TimeInterval
    public var shop = ShopSettings()
    /// Hands a draft to the person's editor and returns what they wrote (nil if the editor failed).
    /// Supplied by the terminal front end; tests supply a fake.
    public var editDraft: ((ReplyDraft) -> ReplyDraft?)?
    /// Hands any text (a signature) to the editor.
    public var editText: ((String) -> String?)?
    /// Ctrl-Z: hands the terminal to the shell, stops until resumed, and returns the size then.
    /// Supplied by the terminal front end (the screen layer never touches curses).
    public var suspendTerminal: (() -> (width: Int, height: Int))?
    /// Ctrl-L: the next frame is drawn whole.
    public var redrawTerminal: (() -> Void)?
    /// Delivers the outbox right after a reply is queued; nil leaves it for `mado send`.
    public var sender: OutboxSender?
    /// Asks a channel for the month's message quota (LINE's push messages); nil where it has none.
    public var quota: ((Channel) -> MessageQuota?)?
    /// The last answer per channel, so each edit of a draft does not ask again.
    var quotaAsked: [Channel: (at: Date, quota: MessageQuota?)] = [:]
    /// Each chat channel's idle work: imports `mado webhook`'s spool and what follows (pictures,
    /// profiles, content), between keys (see InboxSession+ChannelWork).
    public var channelWork: [any ChannelInboxWork] = []
    public var templates: [Template] = []
    public var hours: BusinessHours?
    /// Where S saves attachments.
    public var attachmentsFolder = (ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()) + "/Downloads/mado"
    private var lastDataVersion: Int64 = 0
    /// The language of the status line (the screen's, set by `start`).
    public var strings: UIStrings = .english
    /// Replies handed to their transport in the background (see InboxSession+Replies).
    let deliveries = DeliveryQueue()

    public init(store: Store, agent: Agent?, replyTarget: TimeInterval = 4 * 3600) {
        self.store = store
        self.agent = agent
        self.replyTarget = replyTarget
        lastDataVersion = (try? store.dataVersion()) ?? 0
    }

    /// When true, the counts of every view (the side bar's numbers) are not loaded inside `run`
    /// but kept for `loadPendingCounts`, which the terminal calls after drawing the frame that
    /// answers the key: at a million messages the counts take far longer than the page.
    public var defersCounts = false
    public private(set) var pendingCounts: [InboxView]?

    /// A view just entered whose first page was full: drawn before its total was counted, loaded
    /// again with the total after the frame (see `defersCounts`).
    public private(set) var pendingList: Effect?
    /// The list's total is its first page's length until `pendingList` has counted it.
    private var listTotalIsFirstPage = false

    /// True when `run` put work off until after the frame: a view's total or the counts of every view.
    public var hasPendingWork: Bool { pendingCounts != nil || pendingList != nil }

    /// Loads what `run` put off (see `defersCounts`): the entered view's total, then every view's count.
    public func loadPendingCounts(_ state: inout AppState) {
        let list = pendingList
        let views = pendingCounts
        pendingList = nil
        pendingCounts = nil
        defersCounts = false
        defer { defersCounts = true }
        run((list.map { [$0] } ?? []) + (views.map { [Effect.loadCounts(views: $0)] } ?? []), on: &state)
    }

    /// Runs effects until none are left, feeding every answer back through the reducer.
    public func run(_ effects: [Effect], on state: inout AppState) {
        var queue = effects[...]
        var rounds = 0
        while let effect = queue.popFirst(), rounds < 1000 {
            rounds += 1
            if defersCounts, case .loadCounts(let views) = effect {
                pendingCounts = views
                continue
            }
            // A view just entered (a search's Enter, a view switch): its first page is drawn before
            // its total is counted, which at a million messages takes far longer than the page.
            if defersCounts, !state.list.loaded, case .loadList(let view, 0, let limit, nil) = effect,
               let rows = try? store.conversations(view.filter, offset: 0, limit: limit) {
                if rows.count >= limit { pendingList = effect }
                listTotalIsFirstPage = rows.count >= limit
                queue.append(contentsOf: Reducer.reduce(&state, .listLoaded(ListPage(viewName: view.name, total: rows.count, offset: 0, rows: rows))))
                continue
            }
            // Moving through a list already loaded: its total on screen is current (every change,
            // here or elsewhere, and every tick reloads it with a count), so only the rows are read.
            // Counting again cost more than the page at a million messages (g, G, a page down).
            if case .loadList(let view, let offset, let limit, nil) = effect, state.list.loaded, !listTotalIsFirstPage,
               view.name == state.currentView.name, state.list.total > 0 {
                let total = state.list.total
                let start = offset >= total ? max(0, total - limit) : offset
                do {
                    let rows = try store.conversations(view.filter, offset: start, limit: limit, total: total)
                    queue.append(contentsOf: Reducer.reduce(&state, .listLoaded(ListPage(viewName: view.name, total: total, offset: start, rows: rows))))
                } catch {
                    queue.append(contentsOf: Reducer.reduce(&state, .flash(strings.describe(error))))
                }
                continue
            }
            if case .loadList = effect { listTotalIsFirstPage = false }   // counted below
            for input in perform(effect) {
                queue.append(contentsOf: Reducer.reduce(&state, input))
            }
        }
    }

    /// Performs one effect once. A busy store is waited for inside the store call that met it
    /// (taking the write lock is retried there); an effect is never repeated whole, because some
    /// already ran an editor or handed a reply to sendmail.
    public func perform(_ effect: Effect) -> [Input] {
        do {
            return try performOnce(effect)
        } catch {
            return [.flash(strings.describe(error))]
        }
    }

    private func performOnce(_ effect: Effect) throws -> [Input] {
        // The screen already refuses writes without an agent; the store is not written either way.
        if agent == nil && effect.writesToStore { return effect.isMarkRead ? [] : [.flash(strings.describe(ReplyError.noAgent))] }
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
            let rows = try store.conversations(view.filter, offset: start, limit: limit, total: total)
            return [.listLoaded(ListPage(viewName: view.name, total: total, offset: start, rows: rows, anchorIndex: anchorIndex))]
        case .loadConversation(let id):
            guard let conversation = try store.conversation(id: id) else { return [.conversationMissing(id: id)] }
            let detail = ConversationDetail(
                conversation: conversation,
                messages: try store.messages(inConversation: id),
                customer: try store.customer(id: conversation.customerID),
                identities: try store.identities(ofCustomer: conversation.customerID),
                customerConversations: try store.conversations(ofCustomer: conversation.customerID),
                orders: try store.orders(ofCustomer: conversation.customerID, limit: 5),
                alternatives: try store.alternatives(ofCustomer: conversation.customerID),
                suggestions: try store.mergeSuggestions(forCustomer: conversation.customerID),
                orderChanges: try store.latestOrderChanges(ofCustomer: conversation.customerID).map { OrderChangeNote(order: $0.order, change: $0.change) })
            return [.conversationLoaded(detail)]
        case .searchCustomers(let query, let excluding):
            let items = try store.searchCustomers(query, excluding: excluding).map { match in
                let seen = match.identities.prefix(2).map(\.shownAddress).joined(separator: ", ")
                return PickerItem(label: "#\(match.customer.id) \(match.customer.name)" + (seen.isEmpty ? "" : " · \(seen)"),
                                  value: String(match.customer.id))
            }
            return [.pickerOptionsLoaded(.mergeCustomer, items)]
        case .mergeCustomers(let keep, let other):
            return [.customerMerged(try store.mergeCustomer(keep: keep, other: other, by: agent))]
        case .unmergeCustomer(let mergeID):
            return [.customerUnmerged(try store.unmergeCustomer(mergeID: mergeID, by: agent))]
        case .rejectMergeSuggestion(let customerID, let otherID):
            try store.rejectMergeSuggestion(customer: customerID, other: otherID, by: agent)
            return [.flash(strings.notSamePerson), .storeChanged]
        case .postponeMergeSuggestion(let customerID, let otherID):
            try store.postponeMergeSuggestion(customer: customerID, other: otherID, until: try startOfTomorrow(), by: agent)
            return []
        case .setCustomerNotes(let customerID, let notes):
            try store.setCustomerNotes(customerID, notes: notes, by: agent)
            return [.flash(strings.notesSaved), .storeChanged]
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
            case .template:
                return [.pickerOptionsLoaded(kind, templates.map {
                    PickerItem(label: "\($0.name) (\($0.language)) — \($0.description)", value: "\($0.name)|\($0.language)", preview: $0.body)
                })]
            default:
                return [.pickerOptionsLoaded(kind, try store.tagNames().map { PickerItem(label: "#" + $0, value: $0) })]
            }
        case .loadTemplateOptions(let draft):
            return [.pickerOptionsLoaded(.template, try templateOptions(for: draft))]
        case .saveView(let name, let query):
            try store.saveView(name: name, query: query, by: agent)
            return [.viewsLoaded(try store.allViews(agentLogin: agent?.login, replyTarget: replyTarget)), .flash(strings.viewSaved(name))]
        case .beginReply(let id, let force):
            return try beginReply(id, force: force)
        case .editDraft(let draft):
            guard let agent else { return [.flash(strings.describe(ReplyError.noAgent))] }
            guard let edited = editDraft?(draft) else {
                return [.flash(strings.editorDidNotFinishDraftKept), edit(draft)]
            }
            do {
                try store.saveDraft(edited, agent: agent)
            } catch {
                // What the person wrote stays on the confirm screen; it is saved with the next step.
                return [edit(edited), .flash(strings.replyNotSavedYet(strings.describe(error)))]
            }
            return [edit(edited)]
        case .insertTemplate(let draft, let key):
            guard let agent else { return [.flash(strings.describe(ReplyError.noAgent))] }
            let parts = key.split(separator: "|").map(String.init)
            guard let template = templates.first(where: { $0.name == parts.first && $0.language == parts.last }) else {
                return [.flash(strings.noTemplate(key))]
            }
            guard template.fits(draft.channel) else { return [.flash(strings.templateForOtherChannel(template.name, channel: "\(template.channel)"))] }
            let (filled, missing) = try ReplyBuilder(store: store, shop: shop).apply(template, to: draft, agent: agent, hours: hours)
            guard let filled else {
                // Never a reply with a hole in it: say what is missing and keep the draft as it was.
                return [edit(draft), .flash(strings.templateNotInserted(template.name, missing: missing))]
            }
            try store.saveDraft(filled, agent: agent)
            return [edit(filled)]
        case .sendReply(let draft, let status, let split):
            return try sendReply(draft, then: status, split: split)
        case .previewReply(let draft):
            return [edit(draft)]
        case .retryReply(let outboxID):
            return try retryReply(outboxID)
        case .editFailedReply(let outboxID):
            return try editFailedReply(outboxID)
        case .postponeDraft(let draft):
            guard let agent else { return [] }
            try store.saveDraft(draft, agent: agent)
            try store.clearPresence(conversationID: draft.conversationID, agent: agent)
            return []
        case .discardDraft(let draft):
            guard let agent else { return [] }
            try store.deleteDraft(conversationID: draft.conversationID, agent: agent)
            try store.clearPresence(conversationID: draft.conversationID, agent: agent)
            return []
        case .addNote(let id, let text):
            guard let conversation = try store.conversation(id: id) else { return [.conversationMissing(id: id)] }
            try store.write {
                _ = try store.append(NewMessage(channel: conversation.channel, direction: .note, fromName: agent?.name ?? "",
                                                text: text, sentAt: Date(), agentID: agent?.id), to: id)
            }
            return [.flash(strings.noteAdded), .storeChanged]
        case .saveAttachments(let id):
            var saved: [String] = []
            for message in try store.messages(inConversation: id) where !message.attachments.isEmpty {
                saved += try AttachmentSaver.save(message, store: store, folder: attachmentsFolder)
            }
            return [.flash(strings.attachmentsSaved(saved.count, folder: attachmentsFolder))]
        case .updateAgent(let field, let value):
            guard let current = agent else { return [.flash(strings.describe(ReplyError.noAgent))] }
            var text = value
            if field == "signature" {
                guard let edited = editText?(current.emailSignature ?? "\(current.name)\n\(shop.name)") else { return [.flash(strings.editorDidNotFinish)] }
                text = edited.trimmingCharacters(in: .newlines)
            }
            let updated = try store.updateAgent(current, field: field, value: text)
            agent = updated
            return [.agentChanged(updated), .flash(strings.agentSettingSaved(field))]
        case .addAgent(let login, let name):
            let added = try store.addAgent(login: login, name: name)
            return [.flash(strings.agentAdded(login: added.login, name: added.name))]
        case .quit:
            return []
        case .suspend:
            // The terminal may have been resized while we were stopped.
            guard let size = suspendTerminal?() else { return [] }
            return [.resize(width: size.width, height: size.height)]
        case .redraw:
            redrawTerminal?()
            return []
        case .loadViews:
            return [.viewsLoaded(try store.allViews(agentLogin: agent?.login, replyTarget: replyTarget))]
        case .loadReport(let days):
            let hours = try self.hours ?? BusinessHours(config: Config())
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = hours.timeZone
            let until = calendar.startOfDay(for: calendar.startOfDay(for: store.clock()).addingTimeInterval(36 * 3600))
            let request = ReportRequest(since: until.addingTimeInterval(-Double(days) * 86400), until: until, grouping: .day, listsConversations: true)
            return [.reportLoaded(try ReportBuilder(store: store, hours: hours).build(request))]
        }
    }

    /// The first things a new screen needs: every view and the first page.
    public func start(_ state: inout AppState) {
        state.replyTarget = replyTarget
        strings = state.strings
        state.hours = hours
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
        guard let version = try? store.dataVersion() else { return false }
        defer { lastDataVersion = version }
        return version != lastDataVersion
    }
}
