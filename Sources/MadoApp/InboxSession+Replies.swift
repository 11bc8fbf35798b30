import Foundation
import MadoCore
import MadoUI

/// The reply half of the session: starting a draft, what the confirm screen shows, queueing,
/// retrying or taking back a failed reply, and recording deliveries that ran in the background.
extension InboxSession {
    /// Someone else replying stops us unless the person said "reply anyway"; otherwise the
    /// conversation is marked as ours and the draft (saved at once) comes back.
    func beginReply(_ id: Int64, force: Bool) throws -> [Input] {
        guard let agent else { return [.flash(strings.describe(ReplyError.noAgent))] }
        let others = try store.presence(conversationID: id, excluding: agent.login)
        if !force && !others.isEmpty { return [.replyBlocked(conversationID: id, by: others.map(\.agentName))] }
        try store.setPresence(conversationID: id, agent: agent)
        let builder = ReplyBuilder(store: store, shop: shop)
        let draft = try builder.draft(conversationID: id, agent: agent)
        try store.saveDraft(draft, agent: agent)
        let window = draft.channel == .instagram ? try builder.window(conversationID: id, now: Date()).map(strings.messagingWindow) : nil
        return [.draftReady(draft, window: window, preview: preview(draft))]
    }

    /// What the draft would send, for the confirm screen. Nil when it cannot be built (no shop
    /// address, say): sending says why, with the same error.
    func preview(_ draft: ReplyDraft) -> ReplyPreview? {
        guard let agent, var preview = try? ReplyBuilder(store: store, shop: shop).preview(draft, agent: agent) else { return nil }
        // A counted message (LINE's push) shows what is left of the month's quota.
        if preview.route == .counted { preview.quota = monthQuota(draft.channel) }
        return preview
    }

    /// The channel's quota, asked at most once a minute.
    func monthQuota(_ channel: Channel, now: Date = Date()) -> MessageQuota? {
        if let asked = quotaAsked[channel], now.timeIntervalSince(asked.at) < 60 { return asked.quota }
        let quota = self.quota?(channel)
        quotaAsked[channel] = (now, quota)
        return quota
    }

    /// The draft back on the confirm screen with a fresh preview.
    func edit(_ draft: ReplyDraft) -> Input {
        .draftEdited(draft, preview: preview(draft))
    }

    func sendReply(_ draft: ReplyDraft, then status: ConversationStatus, split: Bool) throws -> [Input] {
        guard let agent else { return [.flash(strings.describe(ReplyError.noAgent))] }
        do {
            try ReplyBuilder(store: store, shop: shop).queue(draft, agent: agent, then: status, splitLongInstagramText: split)
        } catch let error as ReplyError {
            return [.replyFailed(draft, message: strings.describe(error), preview: preview(draft))]
        }
        guard let sender else { return [.replyQueued(conversationID: draft.conversationID, message: strings.replyQueuedForSend)] }
        deliveries.start(try sender.claimAll(store), with: sender)
        return [.replyQueued(conversationID: draft.conversationID, message: strings.sendingReply)]
    }

    /// A failed reply goes back in the queue and through the same background path as a new one.
    func retryReply(_ outboxID: Int64) throws -> [Input] {
        guard try store.outboxItem(id: outboxID)?.state == .failed else {
            return [.flash(strings.replyNoLongerFailed), .storeChanged]
        }
        try store.requeue(outboxID)
        guard let sender else { return [.flash(strings.replyRequeued), .storeChanged] }
        deliveries.start(try sender.claimAll(store), with: sender)
        return [.flash(strings.sendingReplyAgain), .storeChanged]
    }

    /// A failed reply leaves the outbox (so it can never also be retried) and comes back as the
    /// agent's draft, on the confirm screen. An unfinished draft of theirs is never overwritten.
    func editFailedReply(_ outboxID: Int64) throws -> [Input] {
        guard let agent else { return [.flash(strings.describe(ReplyError.noAgent))] }
        guard let item = try store.outboxItem(id: outboxID) else { return [.flash(strings.replyNotInOutbox), .storeChanged] }
        if try store.draft(conversationID: item.conversationID, agent: agent) != nil {
            return [.flash(strings.draftAlreadyHere)]
        }
        let draft = try store.write {
            let draft = try store.withdrawFailed(outboxID)
            try store.saveDraft(draft, agent: agent)
            try store.setPresence(conversationID: draft.conversationID, agent: agent)
            return draft
        }
        let window = draft.channel == .instagram
            ? try ReplyBuilder(store: store, shop: shop).window(conversationID: draft.conversationID, now: Date()).map(strings.messagingWindow) : nil
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
            let statusChanges: [TriageChange]
            do {
                statusChanges = try sender.record(delivery, in: store, patience: 0)
            } catch StoreError.busy {
                deliveries.putBack(Array(finished))
                state.flash = strings.replyLeftStoreBusy
                return
            } catch {
                finished.removeFirst()
                run(Reducer.reduce(&state, .flash(strings.outcomeNotRecorded(strings.describe(error)))), on: &state)
                continue
            }
            finished.removeFirst()
            var message: String
            switch delivery.outcome {
            case .sent: message = state.strings.replySent
            case .failed(let error): message = state.strings.sendFailed(state.strings.deliveryFailure(error))
            }
            // "Send & close" closed it just now: that close is what u undoes next.
            if let action = statusChanges.first?.action {
                run(Reducer.reduce(&state, .applied(statusChanges, action)), on: &state)
                message += " " + state.strings.describe(action, count: statusChanges.count)
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
}
