import Foundation
import MadoCore

/// What the session (effects against the store) says on the status line, in both languages.
extension UIStrings {
    public var replyQueuedForSend: String { ja ? "返信を送信待ちにしました（mado send で送信）" : "Reply queued; 'mado send' delivers it." }
    public var sendingReply: String { ja ? "返信を送信しています…" : "Sending the reply…" }
    public var replyNoLongerFailed: String {
        ja ? "その返信はもう送信失敗ではありません（送信済み・送信中・取り下げ済み）" : "That reply is no longer failed (sent, sending, or withdrawn)."
    }
    public var replyRequeued: String { ja ? "返信をもう一度送信待ちにしました（mado send で送信）" : "Reply queued again; 'mado send' delivers it." }
    public var sendingReplyAgain: String { ja ? "返信をもう一度送信しています…" : "Sending the reply again…" }
    public var replyNotInOutbox: String { ja ? "その返信はもう送信待ちにありません" : "That reply is no longer in the outbox." }
    public var draftAlreadyHere: String {
        ja ? "この会話には書きかけの返信があります。先に送信（r）か破棄をしてください" : "You already have a draft here: send it (r) or discard it first."
    }
    public func outcomeNotRecorded(_ error: String) -> String {
        ja ? "送信結果を記録できませんでした: \(error)" : "The reply's outcome could not be recorded: \(error)"
    }
    public var replyLeftStoreBusy: String {
        ja ? "返信は送信済みです。混み合っているストアへの記録を待っています…" : "The reply left; waiting for the busy store to record it…"
    }
    public func viewSaved(_ name: String) -> String { ja ? "ビュー「\(name)」を保存しました" : "Saved view '\(name)'." }
    public var editorDidNotFinishDraftKept: String {
        ja ? "エディタが正常に終了しませんでした。下書きは残っています" : "The editor did not finish; the draft is kept."
    }
    public var editorDidNotFinish: String { ja ? "エディタが正常に終了しませんでした" : "The editor did not finish." }
    public func replyNotSavedYet(_ error: String) -> String {
        ja ? "返信は画面にありますが、まだ保存できていません: \(error)" : "Your reply is on screen but not saved yet: \(error)"
    }
    public func noTemplate(_ key: String) -> String { ja ? "テンプレート \(key) はありません" : "No template \(key)." }
    public func templateForOtherChannel(_ name: String, channel: String) -> String {
        ja ? "テンプレート \(name) は\(channel == "email" ? "メール" : channel)専用です" : "Template \(name) is for \(channel) only."
    }
    public func templateNotInserted(_ name: String, missing: [String]) -> String {
        ja ? "テンプレート \(name) には \(missing.joined(separator: "・")) が必要です。挿入しませんでした"
            : "Template \(name) needs \(missing.joined(separator: ", ")); not inserted."
    }
    public var noteAdded: String { ja ? "メモを追加しました（担当者のみ、送信されません）" : "Note added (agents only, never sent)." }
    public func agentSettingSaved(_ field: String) -> String { ja ? "\(field) を保存しました" : "Saved your \(field)." }
    public func agentAdded(login: String, name: String) -> String {
        ja ? "担当者 \(login)（\(name)）を追加しました" : "Added agent \(login) (\(name))."
    }
}
