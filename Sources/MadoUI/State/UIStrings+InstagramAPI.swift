import Foundation
import MadoCore

/// Words for Instagram through Meta's API: messages the spool brought into the open inbox, what
/// could not be done in the background, and the API's errors in Japanese (the outbox keeps them
/// as English text; the API's code and its own words stay in both languages).
extension UIStrings {
    public func instagramArrived(_ count: Int) -> String {
        ja ? "Instagram のメッセージが \(count) 件届きました。" : (count == 1 ? "1 new Instagram message." : "\(count) new Instagram messages.")
    }
    public func instagramNotImported(_ detail: String) -> String {
        ja ? "Instagram の受信データを取り込めませんでした: 「\(detail)」" : "An Instagram webhook payload could not be imported: \(detail)"
    }
    public func instagramBackgroundProblem(_ detail: String) -> String {
        guard ja else { return "Instagram (in the background): \(detail)" }
        return "Instagram（バックグラウンド処理）: " + (instagramDeliveryFailure(detail) ?? "「\(detail)」")
    }

    /// A failed Instagram send as the outbox keeps it, in Japanese; nil when it is not one of ours.
    public func instagramDeliveryFailure(_ stored: String) -> String? {
        if let parts = GraphAPIError.parts(of: stored) {
            let tries = stored.range(of: "(tried ", options: .backwards).flatMap { range in
                Int(stored[range.upperBound...].prefix { $0.isNumber }).map { "（\($0) 回試しました）" }
            } ?? ""
            let label = "API コード \(parts.code)" + (parts.subcode.map { "、サブコード \($0)" } ?? "")
                + (parts.label.range(of: "HTTP ").map { "、HTTP " + parts.label[$0.upperBound...] } ?? "")
            return apiWords(code: parts.code, subcode: parts.subcode) + (parts.said.map { " Instagram: 「\($0)」" } ?? "")
                + "（\(label)）" + tries
        }
        return ErrorPhrasebook.japanese(stored, Self.instagramAPIPhrases) ?? ErrorPhrasebook.japanese(stored, ErrorPhrases.secrets)
    }

    func japanese(_ error: GraphAPIError) -> String {
        instagramDeliveryFailure(error.description) ?? "Instagram の API のエラー: 「\(error.description)」"
    }

    func japanese(_ error: InstagramBackfillError) -> String {
        switch error {
        case .endlessPaging(let pages): return "Instagram の API が \(pages) ページを過ぎても次のページを返し続けたため、止めました。"
        case .unknownShop: return "どの参加者が店のアカウントか分かりません。[instagram] account に店の Instagram のユーザー名を書いてください。"
        case .oddConversationID(let id): return "Instagram の API が URL に使えない会話 ID を返しました: 「\(id)」"
        }
    }

    /// The API's error codes in words (GraphAPIError.words in English).
    func apiWords(code: Int, subcode: Int?) -> String {
        switch (code, subcode) {
        case (190, _), (102, _):
            return "Instagram がアクセストークンを受け付けませんでした（期限切れか取り消し）。新しいトークンを [instagram] token_command で出力するようにしてください。"
        case (_, 2018278), (_, 2534022):
            return "お客様の最後のメッセージから時間が経ちすぎ、Instagram ではもう返信できません（24時間、ヒューマンエージェントタグで7日）。送信されていません。"
        case (10, _), (200, _):
            return "Instagram がこのメッセージを許可しませんでした（アプリに instagram_manage_messages の権限がないか、期限切れ）。送信されていません。"
        case (4, _), (17, _), (32, _), (613, _):
            return "Instagram の呼び出し回数の上限に達しました。送信されていません。数分後にもう一度どうぞ。"
        case (551, _):
            return "このお客様には現在 Instagram で送れません（ブロックまたはアカウント停止）。送信されていません。"
        case (100, 2018001):
            return "このアカウントにはこの宛先が見つかりません。送信されていません。"
        case (1, _), (2, _):
            return "Instagram の API に一時的な問題がありました。送信されていません。"
        default:
            return "Instagram の API が要求を拒否しました。"
        }
    }

    /// The other sentences GraphAPIError, InstagramSendAPI and the Instagram channel leave in the outbox.
    static let instagramAPIPhrases: [ErrorPhrase] = [
        ErrorPhrase("Could not reach Instagram's API: {}. Nothing was sent.", "Instagram の API に接続できませんでした: 「{1}」。送信されていません。"),
        ErrorPhrase("Instagram's API did not answer ({}); the message may or may not have left. Check the conversation in the Instagram app before sending again.",
                    "Instagram の API から応答がありませんでした（「{1}」）。メッセージは届いたかもしれず、届いていないかもしれません。もう一度送る前に Instagram のアプリで会話を確かめてください。"),
        ErrorPhrase("Instagram's API gave an answer mado cannot read (HTTP {}: {}); the message may or may not have left.",
                    "Instagram の API の応答を読めませんでした（HTTP {1}: 「{2}」）。メッセージは届いたかもしれず、届いていないかもしれません。"),
        ErrorPhrase("No Instagram access token: set [instagram] token_command (a command that prints it) in the config.",
                    "Instagram のアクセストークンがありません。設定の [instagram] token_command に、トークンを出力するコマンドを書いてください。"),
        ErrorPhrase("Instagram replies cannot be sent: set [instagram] token_command (the Send API) or send_command in the config.",
                    "Instagram の返信を送れません。設定に [instagram] token_command（Send API）か send_command を書いてください。"),
        ErrorPhrase("This queued Instagram reply is not a Send API request (no recipient or message); nothing was sent.",
                    "この送信待ちの Instagram の返信は Send API の要求になっていません（宛先かメッセージがない）。送信されていません。"),
        ErrorPhrase("This Instagram reply has {} bytes; Instagram takes {} per message. Nothing was sent: take it back with E and send it split (m).",
                    "この Instagram の返信は {1} バイトです。Instagram は1通 {2} バイトまでです。送信されていません: E で戻し、m で分けて送信してください。"),
    ]
}
