import Foundation
import MadoCore

extension UIStrings {
    /// What a message size counts: bytes (Instagram) or characters (LINE).
    public func sizeUnit(_ unit: TextLimit.Unit) -> String {
        switch unit {
        case .utf8Bytes: return ja ? "バイト" : "bytes"
        case .utf16Units: return ja ? "文字" : "characters"
        }
    }

    /// The confirm screen's line on how a LINE reply goes: free with the reply token, or a push
    /// counted against the month's quota, with what is left and a warning near the end.
    public func replyRoute(_ route: ReplyRoute, quota: MessageQuota?, timeZone: TimeZone = .current) -> String {
        switch route {
        case .free(let until):
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = timeZone
            formatter.dateFormat = "HH:mm:ss"
            let time = formatter.string(from: until)
            return ja ? "無料の応答メッセージで送ります（\(time) まで。過ぎるとプッシュメッセージになります）"
                : "Goes as a free reply (until \(time); after that as a push message)"
        case .counted:
            var line = ja ? "プッシュメッセージで送ります（今月の送信数に数えられます）" : "Goes as a push message (counts against this month's quota)"
            guard let quota else { return line }
            if let limit = quota.limit, let remaining = quota.remaining {
                line += ja ? "：残り \(remaining) / \(limit) 通" : ": \(remaining) of \(limit) left"
                if remaining == 0 {
                    line += ja ? "。今月の上限に達しているため送れません" : ". The quota is used up: this will not go"
                } else if quota.isNearlyUsedUp {
                    line += ja ? "。今月はあとわずかです" : ". Only a few left this month"
                }
            } else {
                line += ja ? "：上限なし（今月 \(quota.used) 通）" : ": no limit (\(quota.used) sent this month)"
            }
            return line
        }
    }
}
