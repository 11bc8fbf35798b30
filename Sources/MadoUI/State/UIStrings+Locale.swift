import Foundation
import MadoCore

/// The last English left on the Japanese screen (issue 13, item 12): the locale note, search
/// syntax errors, channel names, the Instagram reply window and what became of a sent reply.
extension UIStrings {
    /// What the inbox says when a reply has left, or could not.
    public var replySent: String { ja ? "返信を送信しました。" : "Reply sent." }
    public func sendFailed(_ error: String) -> String {
        ja ? "送信できませんでした（返信は送信待ちに残っています）: \(error)" : "Sending failed (the reply is kept in the outbox): \(error)"
    }
}
