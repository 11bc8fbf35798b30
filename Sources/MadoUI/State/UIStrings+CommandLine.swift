import Foundation

/// What `mado send` says on stderr about replies that did not leave, in the user's language.
/// Its stdout ("sent 1, failed 0") stays as it is: scripts read it.
extension UIStrings {
    public func outboxItemFailed(_ id: Int64, _ error: String) -> String {
        ja ? "送信待ちの返信 \(id) を送信できませんでした: \(deliveryFailure(error))" : "outbox item \(id) failed: \(error)"
    }

    public func outboxItemInterrupted(_ id: Int64) -> String {
        ja ? "送信待ちの返信 \(id) は mado が止まったとき送信中でした。届いたかどうかはわかりません。確かめてから mado send --requeue \(id) でもう一度送れます。"
            : "outbox item \(id) was being sent when mado stopped; it may or may not have left. Check, then 'mado send --requeue \(id)' to send it again."
    }
}
