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

extension UIStrings {
    /// The status line at start when the locale was not usable as it is: what was wrong, and what
    /// was done about it. Nil when the user's own UTF-8 locale is used.
    public func localeNote(_ choice: LocaleChoice) -> String? {
        switch choice {
        case .usersOwn:
            return nil
        case .fellBackToCUTF8(let requested, let installed):
            let name = requested.isEmpty ? "C" : requested
            if !installed {
                return ja ? "ロケール \(name) はこのマシンにないため、画面とエディタは C.UTF-8 で動かしています。"
                    : "Locale \(name) is not installed here, so the screen and the editor run under C.UTF-8."
            }
            return ja ? "ロケール \(name) は UTF-8 ではないため、画面とエディタは C.UTF-8 で動かしています。"
                : "Locale \(name) is not UTF-8, so the screen and the editor run under C.UTF-8."
        case .noUTF8(let requested):
            let name = requested.isEmpty ? "C" : requested
            return ja ? "ロケール \(name) は UTF-8 ではなく C.UTF-8 もないため、記号は ASCII で表示します（全角文字は崩れることがあります）。"
                : "Locale \(name) is not UTF-8 and C.UTF-8 is missing, so marks are drawn in ASCII (wide characters may not show)."
        }
    }
}

extension UIStrings {
    /// A channel as the screen names it: メール / Instagram in Japanese.
    public func channelName(_ channel: Channel) -> String {
        ja ? channel.adapter.name.japanese : channel.adapter.name.english
    }
}

extension UIStrings {
    /// A search filter with a value it does not take; the filter words stay as they are typed.
    public func searchError(_ error: SearchQuery.ParseError) -> String {
        guard ja else { return error.description }
        let refused = "（「\(error.value)」は使えません）"
        switch error.reason {
        case .channel: return "検索: channel: に書けるのは " + Channel.allCases.map(\.rawValue).joined(separator: "・") + " です" + refused
        case .status: return "検索: status: に書けるのは open・pending・closed です" + refused
        case .isWord: return "検索: is: に書けるのは unread・unassigned・open・pending・closed です" + refused
        case .date: return "検索: \(error.key): には 2026-11-24 のような日付を書きます" + refused
        }
    }
}

extension UIStrings {
    /// Instagram's reply window at the top of a thread: "あと21時間0分で返信期限", in Japanese.
    public func messagingWindow(_ window: MessagingWindow) -> String {
        guard ja else { return window.description }
        switch window {
        case .standard(let remaining): return "返信期限まであと" + japaneseSpan(remaining)
        case .humanAgent(let remaining): return "返信期限まであと" + japaneseSpan(remaining) + "（HUMAN_AGENT タグ）"
        case .closed(let since): return "返信期限切れ（" + japaneseSpan(since) + "前）"
        }
    }

    func japaneseSpan(_ seconds: TimeInterval) -> String {
        let minutes = Int(seconds / 60)
        if minutes < 60 { return "\(minutes)分" }
        if minutes < 24 * 60 { return "\(minutes / 60)時間\(minutes % 60)分" }
        return "\(minutes / 1440)日\((minutes % 1440) / 60)時間"
    }
}
