import Foundation

/// Words of the help screen and of `:` completion.
extension UIStrings {
    public var helpHint: String {
        ja ? "j/k ↓↑ 1行  PgDn/PgUp 1画面  Esc 閉じる" : "j/k ↓↑ line  PgDn/PgUp page  Esc close"
    }
    public func unknownTopic(_ topic: String) -> String {
        let topics = HelpTopic.allCases.map(\.rawValue).joined(separator: " ")
        return ja ? "ヘルプの項目がありません: \(topic)（\(topics)）" : "No help topic '\(topic)' (\(topics))."
    }
    /// How a `:` command is written, from the help table: ":priority urgent|high|normal|low".
    public func usage(_ command: String) -> String {
        let usage = CommandSpec.named(command)?.usage ?? ":" + command
        return ja ? "使い方: \(usage)" : "Usage: \(usage)"
    }
    /// The start of the typing line, in the user's language (`Prompt.leader` is the English one).
    public func leader(_ kind: Prompt.Kind) -> String {
        guard ja else { return Prompt(kind: kind).leader }
        switch kind {
        case .snoozeDate: return "スヌーズ日時（2026-12-01 14:00・3h・2d）: "
        case .note: return "社内メモ> "
        case .customerNotes: return "お客様メモ> "
        default: return Prompt(kind: kind).leader
        }
    }
}
