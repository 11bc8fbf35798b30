import Foundation
import MadoCore

/// The words on the screen, in English or Japanese (picked from the locale).
public struct UIStrings: Sendable, Equatable {
    public var language: String
    public var appTitle: String
    public var conversations: String
    public var thread: String
    public var customer: String
    public var identities: String
    public var history: String
    public var noConversations: String
    public var selectConversation: String
    public var fromCustomer: String
    public var reply: String
    public var internalNote: String
    public var attachment: String
    public var warning: String
    public var keysTitle: String
    public var tooSmall: String
    public var hints: String
    public var statusNames: [ConversationStatus: String]
    public var viewNames: [String: String]
    public var closedFlash: String
    public var reopenedFlash: String
    public var pendingFlash: String
    public var unassigned: String
    public var columns: (name: String, subject: String, waiting: String, status: String, assignee: String, tags: String)

    public static func == (lhs: UIStrings, rhs: UIStrings) -> Bool { lhs.language == rhs.language }

    public static let english = UIStrings(
        language: "en", appTitle: "Madoguchi 窓口", conversations: "Conversations", thread: "Thread",
        customer: "Customer", identities: "Reach them at", history: "All conversations",
        noConversations: "No conversations in this view.", selectConversation: "Select a conversation.",
        fromCustomer: "Customer", reply: "Reply", internalNote: "Internal note — never sent",
        attachment: "Attachment", warning: "Warning", keysTitle: "Keys", tooSmall: "Terminal too small",
        hints: "j/k move  Enter read  c close  o reopen  p pending  ? keys  q quit",
        statusNames: [.open: "open", .pending: "pending", .closed: "closed"],
        viewNames: [:], closedFlash: "Closed", reopenedFlash: "Reopened", pendingFlash: "Set pending",
        unassigned: "—",
        columns: ("Customer", "Subject", "Wait", "Status", "Agent", "Tags"))

    public static let japanese = UIStrings(
        language: "ja", appTitle: "窓口 Madoguchi", conversations: "会話", thread: "スレッド",
        customer: "お客様", identities: "連絡先", history: "全チャネルの会話",
        noConversations: "このビューに会話はありません。", selectConversation: "会話を選んでください。",
        fromCustomer: "お客様", reply: "返信", internalNote: "社内メモ（送信されません）",
        attachment: "添付", warning: "警告", keysTitle: "キー一覧", tooSmall: "端末が小さすぎます",
        hints: "j/k 移動  Enter 読む  c 完了  o 再開  p 保留  ? キー  q 終了",
        statusNames: [.open: "未対応", .pending: "保留", .closed: "完了"],
        viewNames: ["Inbox": "受信箱", "Mine": "自分", "Unassigned": "未割当", "Pending": "保留",
                    "Snoozed": "スヌーズ", "Closed": "完了", "All": "すべて", "Auto": "自動",
                    "Overdue": "期限超過", "Email": "メール", "Drafts": "下書き",
                    "Outbox": "送信待ち"],
        closedFlash: "完了にしました", reopenedFlash: "再開しました", pendingFlash: "保留にしました",
        unassigned: "—",
        columns: ("お客様", "件名", "待ち", "状態", "担当", "タグ"))

    /// Japanese when LC_ALL / LC_MESSAGES / LANG says so.
    public static func forEnvironment(_ environment: [String: String]) -> UIStrings {
        let locale = environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["LC_MESSAGES"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["LANG"] ?? ""
        return locale.hasPrefix("ja") ? .japanese : .english
    }

    public func viewName(_ name: String) -> String { viewNames[name] ?? name }
    public func statusName(_ status: ConversationStatus) -> String { statusNames[status] ?? status.rawValue }
}
