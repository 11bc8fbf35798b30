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
    public var templates: [Template] = []
    public var hours: BusinessHours?
    /// Where S saves attachments.
    public var attachmentsFolder = (ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()) + "/Downloads/mado"
    private var lastDataVersion: Int64 = 0
    private let deliveries = DeliveryQueue()

    public init(store: Store, agent: Agent?, replyTarget: TimeInterval = 4 * 3600) {
        self.store = store
        self.agent = agent
        self.replyTarget = replyTarget
        lastDataVersion = (try? store.dataVersion()) ?? 0
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

    /// Performs one effect once. A busy store is waited for inside the store call that met it
    /// (taking the write lock is retried there); an effect is never repeated whole, because some
    /// already ran an editor or handed a reply to sendmail.
    public func perform(_ effect: Effect) -> [Input] {
        do {
            return try performOnce(effect)
        } catch {
            return [.flash("\(error)")]
        }
    }

    private func performOnce(_ effect: Effect) throws -> [Input] {
        // The screen already refuses writes without an agent; the store is not written either way.
        if agent == nil && effect.writesToStore { return effect.isMarkRead ? [] : [.flash(ReplyError.noAgent.description)] }
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
            return [.viewsLoaded(try store.allViews(agentLogin: agent?.login, replyTarget: replyTarget)), .flash("Saved view '\(name)'.")]
        case .beginReply(let id, let force):
            return try beginReply(id, force: force)
        case .editDraft(let draft):
            guard let agent else { return [.flash(ReplyError.noAgent.description)] }
            guard let edited = editDraft?(draft) else {
                return [.flash("The editor did not finish; the draft is kept."), edit(draft)]
            }
            do {
                try store.saveDraft(edited, agent: agent)
            } catch {
                // What the person wrote stays on the confirm screen; it is saved with the next step.
                return [edit(edited), .flash("Your reply is on screen but not saved yet: \(error)")]
            }
            return [edit(edited)]
        case .insertTemplate(let draft, let key):
            guard let agent else { return [.flash(ReplyError.noAgent.description)] }
            let parts = key.split(separator: "|").map(String.init)
            guard let template = templates.first(where: { $0.name == parts.first && $0.language == parts.last }) else {
                return [.flash("No template \(key).")]
            }
            guard template.fits(draft.channel) else { return [.flash("Template \(template.name) is for \(template.channel) only.")] }
            let (filled, missing) = try ReplyBuilder(store: store, shop: shop).apply(template, to: draft, agent: agent, hours: hours)
            guard let filled else {
                // Never a reply with a hole in it: say what is missing and keep the draft as it was.
                return [edit(draft), .flash("Template \(template.name) needs \(missing.joined(separator: ", ")); not inserted.")]
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
            return [.flash("Note added (agents only, never sent)."), .storeChanged]
        case .saveAttachments(let id):
            var saved: [String] = []
            for message in try store.messages(inConversation: id) where !message.attachments.isEmpty {
                saved += try AttachmentSaver.save(message, store: store, folder: attachmentsFolder)
            }
            return [.flash(saved.isEmpty ? "No attachments to save." : "Saved \(saved.count) file(s) to \(attachmentsFolder).")]
        case .updateAgent(let field, let value):
            guard let current = agent else { return [.flash(ReplyError.noAgent.description)] }
            var text = value
            if field == "signature" {
                guard let edited = editText?(current.emailSignature ?? "\(current.name)\n\(shop.name)") else { return [.flash("The editor did not finish.")] }
                text = edited.trimmingCharacters(in: .newlines)
            }
            let updated = try store.updateAgent(current, field: field, value: text)
            agent = updated
            return [.agentChanged(updated), .flash("Saved your \(field).")]
        case .addAgent(let login, let name):
            let added = try store.addAgent(login: login, name: name)
            return [.flash("Added agent \(added.login) (\(added.name)).")]
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
            let request = ReportRequest(since: until.addingTimeInterval(-Double(days) * 86400), until: until, grouping: .day)
            return [.reportLoaded(try ReportBuilder(store: store, hours: hours).build(request))]
        }
    }

    /// Someone else replying stops us unless the person said "reply anyway"; otherwise the
    /// conversation is marked as ours and the draft (saved at once) comes back.
    private func beginReply(_ id: Int64, force: Bool) throws -> [Input] {
        guard let agent else { return [.flash(ReplyError.noAgent.description)] }
        let others = try store.presence(conversationID: id, excluding: agent.login)
        if !force && !others.isEmpty { return [.replyBlocked(conversationID: id, by: others.map(\.agentName))] }
        try store.setPresence(conversationID: id, agent: agent)
        let builder = ReplyBuilder(store: store, shop: shop)
        let draft = try builder.draft(conversationID: id, agent: agent)
        try store.saveDraft(draft, agent: agent)
        let window = draft.channel == .instagram ? try builder.window(conversationID: id, now: Date())?.description : nil
        return [.draftReady(draft, window: window, preview: preview(draft))]
    }

    /// What the draft would send, for the confirm screen. Nil when it cannot be built (no shop
    /// address, say): sending says why, with the same error.
    private func preview(_ draft: ReplyDraft) -> ReplyPreview? {
        guard let agent else { return nil }
        return try? ReplyBuilder(store: store, shop: shop).preview(draft, agent: agent)
    }

    /// The draft back on the confirm screen with a fresh preview.
    private func edit(_ draft: ReplyDraft) -> Input {
        .draftEdited(draft, preview: preview(draft))
    }

    private func sendReply(_ draft: ReplyDraft, then status: ConversationStatus, split: Bool) throws -> [Input] {
        guard let agent else { return [.flash(ReplyError.noAgent.description)] }
        do {
            try ReplyBuilder(store: store, shop: shop).queue(draft, agent: agent, then: status, splitLongInstagramText: split)
        } catch let error as ReplyError {
            return [.replyFailed(draft, message: error.description, preview: preview(draft))]
        }
        guard let sender else { return [.replyQueued(conversationID: draft.conversationID, message: "Reply queued; 'mado send' delivers it.")] }
        deliveries.start(try sender.claimAll(store), with: sender)
        return [.replyQueued(conversationID: draft.conversationID, message: "Sending the reply…")]
    }

    /// A failed reply goes back in the queue and through the same background path as a new one.
    private func retryReply(_ outboxID: Int64) throws -> [Input] {
        guard try store.outboxItem(id: outboxID)?.state == .failed else {
            return [.flash("That reply is no longer failed (sent, sending, or withdrawn)."), .storeChanged]
        }
        try store.requeue(outboxID)
        guard let sender else { return [.flash("Reply queued again; 'mado send' delivers it."), .storeChanged] }
        deliveries.start(try sender.claimAll(store), with: sender)
        return [.flash("Sending the reply again…"), .storeChanged]
    }

    /// A failed reply leaves the outbox (so it can never also be retried) and comes back as the
    /// agent's draft, on the confirm screen. An unfinished draft of theirs is never overwritten.
    private func editFailedReply(_ outboxID: Int64) throws -> [Input] {
        guard let agent else { return [.flash(ReplyError.noAgent.description)] }
        guard let item = try store.outboxItem(id: outboxID) else { return [.flash("That reply is no longer in the outbox."), .storeChanged] }
        if try store.draft(conversationID: item.conversationID, agent: agent) != nil {
            return [.flash("You already have a draft here: send it (r) or discard it first.")]
        }
        let draft = try store.write {
            let draft = try store.withdrawFailed(outboxID)
            try store.saveDraft(draft, agent: agent)
            try store.setPresence(conversationID: draft.conversationID, agent: agent)
            return draft
        }
        let window = draft.channel == .instagram
            ? try ReplyBuilder(store: store, shop: shop).window(conversationID: draft.conversationID, now: Date())?.description : nil
        return [.storeChanged, .draftReady(draft, window: window, preview: preview(draft))]
    }

    /// True while a reply is being handed to its transport or waits to be recorded.
    public var isDelivering: Bool { !deliveries.isIdle }

    /// Records the outcomes of finished deliveries and says them on the status line. An outcome
    /// that meets a busy store stays queued and is recorded on a later call: the reply has left,
    /// so its record must not be lost.
    public func recordFinishedDeliveries(_ state: inout AppState) {
        guard let sender else { return }
        var finished = deliveries.takeFinished()[...]
        while let delivery = finished.first {
            do {
                try sender.record(delivery, in: store, patience: 0)
            } catch StoreError.busy {
                deliveries.putBack(Array(finished))
                state.flash = "The reply left; waiting for the busy store to record it…"
                return
            } catch {
                finished.removeFirst()
                run(Reducer.reduce(&state, .flash("The reply's outcome could not be recorded: \(error)")), on: &state)
                continue
            }
            finished.removeFirst()
            let message: String
            switch delivery.outcome {
            case .sent: message = "Reply sent."
            case .failed(let error): message = "Sending failed (the reply is kept in the outbox): \(error)"
            }
            run(Reducer.reduce(&state, .flash(message)), on: &state)
            run(Reducer.reduce(&state, .storeChanged), on: &state)
        }
    }

    /// Waits for every delivery under way and records it (quitting, and tests).
    public func finishDeliveries(_ state: inout AppState, timeout: TimeInterval = 300) {
        let deadline = Date().addingTimeInterval(timeout)
        while !deliveries.isIdle && Date() < deadline {
            recordFinishedDeliveries(&state)
            if !deliveries.isIdle { usleep(20_000) }
        }
    }

    /// The first things a new screen needs: every view and the first page.
    public func start(_ state: inout AppState) {
        state.replyTarget = replyTarget
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
