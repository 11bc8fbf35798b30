import Foundation
import MadoCore

/// Words for Instagram through Meta's API in the open inbox: messages the spool brought, and
/// what could not be done in the background (the detail after the colon is the API's, with its code).
extension UIStrings {
    public func instagramArrived(_ count: Int) -> String {
        ja ? "Instagram のメッセージが \(count) 件届きました。" : (count == 1 ? "1 new Instagram message." : "\(count) new Instagram messages.")
    }
    public func instagramNotImported(_ detail: String) -> String {
        ja ? "Instagram の受信データを取り込めませんでした: \(detail)" : "An Instagram webhook payload could not be imported: \(detail)"
    }
    public func instagramBackgroundProblem(_ detail: String) -> String {
        ja ? "Instagram（バックグラウンド処理）: \(detail)" : "Instagram (in the background): \(detail)"
    }

    /// A failed send as the outbox keeps it, in the reader's language: the API's errors are worded
    /// again (its code and its own words stay); anything else is shown as it came.
    public func sendError(_ text: String) -> String {
        guard ja, let parts = GraphAPIError.parts(of: text) else { return text }
        let words: String
        switch (parts.code, parts.subcode) {
        case (190, _), (102, _):
            words = "Instagram がアクセストークンを受け付けませんでした（期限切れか取り消し）。新しいトークンを [instagram] token_command で出力するようにしてください。"
        case (_, 2018278), (_, 2534022):
            words = "お客様の最後のメッセージから時間が経ちすぎ、Instagram ではもう返信できません（24時間、ヒューマンエージェントタグで7日）。送信されていません。"
        case (10, _), (200, _):
            words = "Instagram がこのメッセージを許可しませんでした（アプリに instagram_manage_messages の権限がないか、期限切れ）。送信されていません。"
        case (4, _), (17, _), (32, _), (613, _):
            words = "Instagram の呼び出し回数の上限に達しました。送信されていません。数分後にもう一度どうぞ。"
        case (551, _):
            words = "このお客様には現在 Instagram で送れません（ブロックまたはアカウント停止）。送信されていません。"
        case (100, 2018001):
            words = "このアカウントにはこの宛先が見つかりません。送信されていません。"
        case (1, _), (2, _):
            words = "Instagram の API に一時的な問題がありました。送信されていません。"
        default:
            words = "Instagram の API が要求を拒否しました。"
        }
        let said = parts.said.map { " Instagram: \($0)" } ?? ""
        let tries = text.range(of: "(tried ").map { " " + text[$0.lowerBound...].prefix { $0 != ")" } + ")" } ?? ""
        return words + said + "（\(parts.label)）" + tries
    }
}
