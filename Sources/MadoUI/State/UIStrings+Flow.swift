import Foundation

/// Words for the keyboard flow of issue 13 (search, messages, the confirm screen's q, mutt keys),
/// kept apart from UIStrings.swift so other work on the strings merges cleanly.
extension UIStrings {
    /// The confirm screen's keys; each fits 80 columns (s sends too; c and p send, then close or set pending).
    public var confirmKeys: String {
        ja ? "y 送信  c 送信+完了  p 送信+保留  e 編集  t テンプレ  l 後で  q 終了  d 破棄"
            : "y send  c +close  p +pending  e edit  t template  l later  q quit  d discard"
    }
    public var keepDraftQuestion: String {
        ja ? "下書きを残しますか？ y 残す  n 破棄  Esc 戻る" : "Keep this draft for later? y keep  n discard  Esc back"
    }
    public var discardQuestion: String { ja ? "この下書きを破棄しますか？ (y/n)" : "Throw this draft away? (y/n)" }
    public var draftDiscarded: String { ja ? "下書きを破棄しました" : "Draft discarded." }
    public var draftKept: String { ja ? "下書きを保存しました（r で再開）" : "Draft kept for later (r resumes it)." }

    /// The status line of search results: the query, how many, and the way out.
    public func searchStatus(_ query: String, count: Int) -> String {
        ja ? " /\(query)  \(count)件  Esc 戻る " : " /\(query)  \(count) found  Esc back "
    }
    public var messagesTitle: String { ja ? "最近のメッセージ（どのキーでも閉じる）" : "Recent messages (any key closes)" }
    public var noMessages: String { ja ? "メッセージはまだありません" : "No messages yet." }

    /// The conversation under the cursor left the view by a change made outside this screen (another
    /// agent, an import, a reply that has just left): say so, since the cursor is now on another one.
    public func leftView(_ name: String, view: String) -> String {
        ja ? "「\(name)」の会話は\(view)から外れました（この画面の外での変更）" : "\(name)'s conversation is no longer in \(view) (changed outside this screen)."
    }

}
