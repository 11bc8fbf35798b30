import Foundation

/// Every status message, kept for `:messages`: one that was cut or gone with the next key can be read again.
enum MessageLog {
    static let limit = 50

    static func note(_ before: String?, _ state: inout AppState) {
        guard let message = state.flash, !message.isEmpty, message != before else { return }
        state.messageLog.append(message)
        if state.messageLog.count > limit { state.messageLog.removeFirst(state.messageLog.count - limit) }
    }
}
