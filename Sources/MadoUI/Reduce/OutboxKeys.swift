import Foundation
import MadoCore

/// R and E on a conversation whose reply failed to leave: send it again, or take it back to edit.
enum OutboxKeys {
    /// The newest failed reply of the conversation being read.
    static func failedReply(_ state: AppState) -> OutboxStatus? {
        guard let detail = state.reader.detail else { return nil }
        return detail.messages.last { $0.outbox?.state == .failed }?.outbox
    }

    static func retry(_ state: inout AppState) -> [Effect] {
        guard let failed = failedReply(state) else {
            state.flash = state.strings.noFailedReply
            return []
        }
        return [.retryReply(outboxID: failed.id)]
    }

    static func edit(_ state: inout AppState) -> [Effect] {
        guard state.agent != nil else {
            state.flash = state.strings.noAgent
            return []
        }
        guard let failed = failedReply(state) else {
            state.flash = state.strings.noFailedReply
            return []
        }
        return [.editFailedReply(outboxID: failed.id)]
    }
}
