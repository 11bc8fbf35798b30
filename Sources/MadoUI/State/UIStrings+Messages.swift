import Foundation
import MadoCore

/// Messages with numbers or names in them, in both languages.
extension UIStrings {
    public var ja: Bool { language == "ja" }

    /// One message for every write tried without an agent.
    public var noAgent: String { readOnly }
    /// The inbox without an agent: it reads, and says how to be able to write.
    public var readOnly: String {
        ja ? "閲覧のみ: 担当者が未設定です（mado --agent ログイン名、または mado setup）"
            : "Read-only: no agent. Start with --agent LOGIN (or run 'mado setup') to change anything."
    }
    public var noFailedReply: String {
        ja ? "送信に失敗した返信はありません" : "No failed reply here (R and E act on a reply that could not be sent)."
    }
    public var readOnlyBadge: String { ja ? " 閲覧のみ " : " read-only " }
    public var nothingToUndo: String { ja ? "取り消す操作はありません" : "Nothing to undo." }
    public var saveNeedsSearch: String { ja ? "検索してから :save 名前" : "Search first (/), then :save NAME." }
    public var pickAssignee: String { ja ? "担当者" : "Assign to" }
    public var pickTag: String { ja ? "タグ（入力で作成）" : "Tags (type to create)" }
    public var pickPriority: String { ja ? "優先度" : "Priority" }
    public var pickSnooze: String { ja ? "スヌーズ" : "Snooze until" }
    public var pickView: String { ja ? "ビュー" : "Views" }
    public var unassignItem: String { ja ? "担当を外す" : "Unassign" }
    /// Indexed by priority: 0 normal, 1 high, 2 urgent, 3 (for -1) low.
    public var priorityNames: [String] { ja ? ["通常", "高", "緊急", "低"] : ["Normal", "High", "Urgent", "Low"] }
    public var snoozeNames: [String] {
        ja ? ["3時間後", "明日の朝", "来週（月曜の朝）", "日時を入力…", "スヌーズ解除"]
            : ["Later today (3 hours)", "Tomorrow morning", "Next week (Monday morning)", "Pick a date…", "Wake up now"]
    }

    public func replyAnyway(_ names: String) -> String {
        ja ? "\(names) さんが返信中です。それでも返信しますか？ (y/n)" : "\(names) is replying. Reply anyway? (y/n)"
    }
    public func isReplying(_ name: String) -> String { ja ? "\(name) さんが返信中" : "\(name) is replying" }
    public func undone(_ count: Int) -> String { ja ? "\(count)件を元に戻しました" : "Undone (\(count) conversation\(count == 1 ? "" : "s"))." }
    public func marked(_ count: Int) -> String { ja ? "\(count)件選択中" : "\(count) selected" }
    public func badDate(_ text: String) -> String {
        ja ? "日時を読めません: \(text)" : "Could not read '\(text)': try tomorrow, nextweek, 3h, 2d or 2026-12-01 14:00."
    }
    public func noSuchView(_ name: String) -> String { ja ? "ビューがありません: \(name)" : "No view called '\(name)'." }
    public func unknownCommand(_ name: String) -> String { ja ? "不明なコマンド: \(name)" : "Unknown command '\(name)' (? lists keys)." }

    /// "Closed 3 — u to undo".
    public func describe(_ action: TriageAction, count: Int) -> String {
        let what: String
        switch action {
        case .setStatus(let status):
            switch status {
            case .closed: what = closedFlash
            case .open: what = reopenedFlash
            case .pending: what = pendingFlash
            }
        case .assign(let login): what = login.map { ja ? "担当: \($0)" : "Assigned to \($0)" } ?? (ja ? "担当を外しました" : "Unassigned")
        case .addTag(let tag): what = ja ? "タグ追加 #\(tag)" : "Tagged #\(tag)"
        case .removeTag(let tag): what = ja ? "タグ削除 #\(tag)" : "Removed #\(tag)"
        case .setPriority(let level): what = (ja ? "優先度: " : "Priority: ") + priorityNames[level < 0 ? 3 : min(level, 2)]
        case .snooze(let until): what = until == nil ? (ja ? "スヌーズ解除" : "Woken up") : (ja ? "スヌーズしました" : "Snoozed")
        case .setUnread: what = ja ? "未読にしました" : "Marked unread"
        }
        if count == 0 { return ja ? "\(what)（変更なし）" : "\(what): nothing changed." }
        return ja ? "\(what)（\(count)件） u で取り消し" : "\(what) (\(count)) — u to undo"
    }
}
