import Foundation

/// A `:` command as help lists it and Tab completes it. `CommandPrompt.run` does the work; a test
/// checks that every command here is one it knows.
public struct CommandSpec: Sendable, Equatable {
    /// Where Tab finds the words after the command.
    public enum Arguments: Sendable, Equatable {
        case none, free, views, tags, agents, priorities, topics
        case words([String])
    }

    public var name: String
    public var aliases: [String]
    public var arguments: Arguments
    public var argumentUsage: String
    public var english: String
    public var japanese: String

    public var usage: String { argumentUsage.isEmpty ? ":" + name : ":\(name) \(argumentUsage)" }

    /// A command without arguments.
    init(_ name: String, aliases: [String] = [], _ english: String, _ japanese: String) {
        self.init(name, "", .none, aliases: aliases, english, japanese)
    }

    init(_ name: String, _ argumentUsage: String, _ arguments: Arguments, aliases: [String] = [],
         _ english: String, _ japanese: String) {
        self.name = name
        self.aliases = aliases
        self.arguments = arguments
        self.argumentUsage = argumentUsage
        self.english = english
        self.japanese = japanese
    }

    public static let all: [CommandSpec] = [
        CommandSpec("close", "close", "完了にする"),
        CommandSpec("open", aliases: ["reopen"], "reopen", "再開する"),
        CommandSpec("pending", "set pending", "保留にする"),
        CommandSpec("unread", "mark unread", "未読にする"),
        CommandSpec("assign", "[LOGIN|me|none]", .agents, "assign (to me without a login)", "担当を決める（省略で自分）"),
        CommandSpec("unassign", "take the assignee off", "担当を外す"),
        CommandSpec("tag", "NAME", .tags, "add a tag", "タグを付ける"),
        CommandSpec("untag", "NAME", .tags, "remove a tag", "タグを外す"),
        CommandSpec("priority", "urgent|high|normal|low", .priorities, "set the priority", "優先度を設定"),
        CommandSpec("snooze", "[WHEN]", .words(["tomorrow", "next week", "3h", "2d", "明日", "来週"]),
                    "snooze until WHEN (default tomorrow; tomorrow 9am, mon, 12/3 14:00, 3h)", "WHEN までスヌーズ（省略で明日。明日 10時・月曜・12/3 14:00・3h）"),
        CommandSpec("unsnooze", aliases: ["wake"], "wake it up now", "スヌーズ解除"),
        CommandSpec("undo", "undo the last action", "直前の操作を取り消す"),
        CommandSpec("select", "all|none", .words(["all", "none"]), "select the whole view; clear", "ビュー内を全選択・選択解除"),
        CommandSpec("search", "QUERY", .free, "search (as /)", "検索（/ と同じ）"),
        CommandSpec("save", "NAME", .free, "save the current search as a view", "今の検索をビューとして保存"),
        CommandSpec("view", "NAME|N", .views, "switch to a view by name or number", "ビューを名前か番号で切替"),
        CommandSpec("me", "name NAME|email ADDR|signature|ig-signature TEXT|line-signature TEXT",
                    .words(["name", "email", "signature", "ig-signature", "line-signature"]),
                    "your name, email, signature (editor), Instagram and LINE signatures", "自分の名前・メール・署名（エディタ）・Instagram と LINE の署名"),
        CommandSpec("agent", "add LOGIN NAME", .words(["add"]), "add a colleague", "担当者を追加"),
        CommandSpec("messages", "the recent status messages", "最近のメッセージ"),
        CommandSpec("report", "[DAYS]", .free, "response and resolution figures, last 30 days (or DAYS)", "応答・解決の数値（直近30日、または指定の日数）"),
        CommandSpec("help", "[TOPIC]", .topics, "this help (keys, commands, search, config, templates)", "このヘルプ（keys・commands・search・config・templates）"),
        CommandSpec("quit", aliases: ["q"], "quit", "終了"),
    ]

    /// The command called `name` (or by an alias).
    public static func named(_ name: String) -> CommandSpec? {
        all.first { $0.name == name || $0.aliases.contains(name) }
    }
}
