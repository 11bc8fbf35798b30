import Foundation

/// The keys of each screen, as `?` and `mado help keys` list them.
extension HelpTable {
    static func keys(_ screen: HelpScreen) -> HelpSection {
        switch screen {
        case .list: return listKeys
        case .reader: return readerKeys
        case .customer: return customerKeys
        case .confirm: return confirmKeys
        case .instagramBox: return lineKeys
        case .picker: return pickerKeys
        case .report: return reportKeys
        }
    }

    static let listKeys = HelpSection(english: "Conversation list", japanese: "会話一覧", entries: [
        HelpEntry("j k ↓ ↑", "move", "移動"),
        HelpEntry("g G  PgDn PgUp", "first, last; a page down, up", "先頭・末尾・1画面ずつ"),
        HelpEntry("Enter l →", "read the conversation (marks it read)", "会話を読む（既読にする）"),
        HelpEntry("c  o  p", "close, reopen, set pending (waiting on customer)", "完了・再開・保留（お客様の返事待ち）"),
        HelpEntry("a  A", "assign to me; to someone (picker)", "自分に割り当て・担当者を選ぶ"),
        HelpEntry("t", "tags (type to create; a checked one is removed)", "タグ（入力で作成、チェック済みを選ぶと外す）"),
        HelpEntry("!  s", "priority; snooze (or type: mon 9am)", "優先度・スヌーズ（入力も可: 明日 10時）"),
        HelpEntry("U  r  n", "unread; reply; internal note", "未読・返信・社内メモ"),
        HelpEntry("x  *  Esc", "select, select all, clear (actions hit all)", "選択・ビュー内を全選択・解除（操作は全件に）"),
        HelpEntry("u", "undo the last action (a bulk one as a whole)", "直前の操作を取り消す（一括操作もまとめて）"),
        HelpEntry("R  E", "failed reply: send again; edit it instead", "送信失敗の返信：再送信・編集（送信待ちから外す）"),
    ])

    static let readerKeys = HelpSection(english: "Reading a conversation", japanese: "会話を読む", entries: [
        HelpEntry("j k ↓ ↑", "scroll the thread", "スレッドをスクロール"),
        HelpEntry("g G  PgDn PgUp", "top, bottom; a page down, up", "先頭・末尾・1画面ずつ"),
        HelpEntry("J  K", "next, previous conversation", "次・前の会話"),
        HelpEntry("Esc h ← q", "back to the list", "一覧に戻る"),
        HelpEntry("c o p a A t ! s U", "as in the list, on this conversation", "一覧と同じ操作をこの会話に"),
        HelpEntry("r  n  S", "reply; internal note; save attachments", "返信・社内メモ・添付を保存"),
        HelpEntry("R  E", "failed reply: send again; edit it instead", "送信失敗の返信：再送信・編集（送信待ちから外す）"),
        HelpEntry("u", "undo the last action", "直前の操作を取り消す"),
    ])

    static let customerKeys = HelpSection(english: "Customer pane", japanese: "お客様ペイン", entries: [
        HelpEntry("j k ↓ ↑", "move through the customer's conversations", "このお客様の会話を移動"),
        HelpEntry("Enter", "open that conversation (Esc comes back)", "その会話を開く（Esc で戻る）"),
        HelpEntry("Esc h ←", "back to where you were", "元の場所に戻る"),
        HelpEntry("N", "edit the customer's notes (shared; who changed them last is shown)", "お客様メモを編集（共有・最終更新者を表示）"),
        HelpEntry("m", "merge another customer into this one (search name, address, @user, #order)", "別のお客様をこの方に統合（名前・アドレス・@・注文番号で検索）"),
        HelpEntry("y  n  l", "on \"Maybe the same person\": merge, not the same, later", "「同じ方かも」に: 統合・別人・後で"),
        HelpEntry("u", "right after a merge: undo it", "統合の直後: 元に戻す"),
        HelpEntry("c o p a A t ! s U r n", "as in the list, on this conversation", "一覧と同じ操作をこの会話に"),
    ])

    static let confirmKeys = HelpSection(english: "Confirm screen (after writing a reply)", japanese: "返信の確認画面", entries: [
        HelpEntry("c", "send and close", "送信して完了"),
        HelpEntry("p", "send and set pending", "送信して保留"),
        HelpEntry("s  y", "send (the conversation stays open)", "送信（会話は未対応のまま）"),
        HelpEntry("m", "send a long Instagram text as the parts shown", "長い Instagram の文を表示どおり分けて送信"),
        HelpEntry("e", "edit again", "もう一度編集"),
        HelpEntry("t", "insert a template", "テンプレートを使う"),
        HelpEntry("l  Esc", "keep the draft for later (r resumes it)", "下書きを保存（r で再開）"),
        HelpEntry("q", "leave: asks whether to keep the draft", "閉じる（下書きを残すか確認）"),
        HelpEntry("d", "discard the draft (asks y/n)", "下書きを破棄（y/n で確認）"),
    ])

    static let lineKeys = HelpSection(english: "Typing a line (Instagram box, :, /, snooze date)", japanese: "1行入力（Instagram 入力欄・:・/・スヌーズ日時）", entries: [
        HelpEntry("Enter", "done (Instagram: on to the confirm screen)", "確定（Instagram は確認画面へ）"),
        HelpEntry("Esc  Ctrl-C", "close (Instagram: the text is kept as a draft)", "閉じる（Instagram は下書きとして保存）"),
        HelpEntry("← →  Ctrl-A Ctrl-E", "move the cursor; to the start, end of the line", "カーソル移動・行頭・行末へ"),
        HelpEntry("Backspace  Delete", "delete before, at the cursor (empty: close)", "カーソル前・位置の文字を削除（空なら閉じる）"),
        HelpEntry("Ctrl-W  Ctrl-U  Ctrl-K", "delete a word; to the line start; to its end", "1語削除・行頭まで削除・行末まで削除"),
        HelpEntry("Ctrl-J  Alt-Enter", "Instagram box, note: a new line (↑ ↓ move)", "Instagram・メモ: 改行（↑ ↓ で行を移動）"),
        HelpEntry("/ ↑ ↓", "search: earlier queries", "検索: 前の検索語"),
        HelpEntry("Tab", "complete a : command or its argument", ": コマンドと引数を補完"),
        HelpEntry("F1", "this help", "このヘルプ"),
    ])

    static let pickerKeys = HelpSection(english: "Pickers (assignee, tags, priority, snooze, views, templates)", japanese: "選択リスト（担当・タグ・優先度・スヌーズ・ビュー・テンプレート）", entries: [
        HelpEntry("j k ↓ ↑  Ctrl-N Ctrl-P", "move", "移動"),
        HelpEntry("Tab  Shift-Tab", "move", "移動"),
        HelpEntry("letters", "tags: filter (a new name creates it); snooze: a time", "タグ: 絞り込み（新しい名前で作成）・スヌーズ: 日時"),
        HelpEntry("Backspace  Ctrl-U", "undo the filter", "絞り込みを戻す"),
        HelpEntry("Enter", "choose (a checked tag is removed)", "決定（チェック済みのタグは外す）"),
        HelpEntry("Esc", "close without choosing", "選ばずに閉じる"),
    ])

    static let reportKeys = HelpSection(english: "Report (0 or :report DAYS)", japanese: "レポート（0 または :report 日数）", entries: [
        HelpEntry("j k ↓ ↑", "choose a figure (the line under the cursor is marked)", "数値を選ぶ（カーソルの行に印）"),
        HelpEntry("g G  Home End", "first, last figure", "最初・最後の数値"),
        HelpEntry("Enter l →", "list the conversations behind the figure (every line has them)", "その数値に該当する会話を一覧（どの行も可）"),
        HelpEntry("Esc", "on that list: back to the report, at the same figure", "その一覧で: レポートの同じ数値に戻る"),
        HelpEntry("Esc q", "close the report", "レポートを閉じる"),
        HelpEntry("?  F1", "this help", "このヘルプ"),
    ])

    static let everywhere = HelpSection(english: "Everywhere", japanese: "どこでも", entries: [
        HelpEntry("Tab  Shift-Tab", "next, previous pane (list, thread, customer)", "次・前のペイン（一覧・スレッド・お客様）"),
        HelpEntry("1…9  v", "switch view; all views (channels, tags, saved)", "ビュー切替・全ビュー（チャネル・タグ・保存）"),
        HelpEntry("0", "report (:report DAYS); j/k a figure, Enter its conversations, Esc back",
                  "レポート（:report 日数）・j/k で数値を選び Enter で該当の会話、Esc で戻る"),
        HelpEntry("/", "search (mado help search); Esc on the results goes back", "検索（mado help search）・結果で Esc なら元のビューへ"),
        HelpEntry(":", "a command (below; Tab completes)", "コマンド入力（下記、Tab で補完）"),
        HelpEntry("?  F1", "this help", "このヘルプ"),
        HelpEntry("q  Q  Ctrl-C", "quit (q in the reader: back to the list)", "終了（スレッドでは q で一覧へ）"),
        HelpEntry("Ctrl-Z  Ctrl-L", "suspend to the shell; redraw", "シェルへ一時停止・再描画"),
    ])

    static let helpScreenKeys = HelpSection(english: "This help", japanese: "このヘルプ", entries: [
        HelpEntry("j k ↓ ↑", "scroll a line", "1行スクロール"),
        HelpEntry("PgDn PgUp Space", "scroll a page", "1画面スクロール"),
        HelpEntry("g G", "top, bottom", "先頭・末尾"),
        HelpEntry("Esc q ?", "close", "閉じる"),
    ])
}
