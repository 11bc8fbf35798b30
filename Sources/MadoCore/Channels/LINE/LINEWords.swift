import Foundation

/// LINE's own words for the screen, in both languages: its refusals and payload problems in
/// Japanese (LINE's own words, its `message`, stay quoted; what we said around them is
/// translated). `UIStrings` asks the adapter (`describe`, `describeDeliveryFailure`) first.
extension LINEChannel {
    public func describe(_ error: Error, japanese: Bool) -> String? {
        guard japanese else { return nil }
        switch error {
        case let error as LINEAPI.Refusal: return LINEWords.japanese(error)
        case let error as LINEAPI.TooLarge: return LINEWords.japanese(error)
        case let error as LINEHTTP.Failure: return LINEWords.japanese(error)
        case let error as LINEImportError: return LINEWords.japanese(error)
        default: return nil
        }
    }

    public func describeDeliveryFailure(_ stored: String, japanese: Bool) -> String? {
        japanese ? LINEWords.deliveryFailure(stored) : nil
    }
}

extension LINEChannel {
    /// The confirm screen's line on how a LINE reply goes: free with the reply token, or a push
    /// counted against the month's quota, with what is left and a warning near the end.
    public func describeRoute(_ route: ReplyRoute, quota: MessageQuota?, japanese: Bool, timeZone: TimeZone) -> String? {
        switch route {
        case .free(let until):
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = timeZone
            formatter.dateFormat = "HH:mm:ss"
            let time = formatter.string(from: until)
            return japanese ? "無料の応答メッセージで送ります（\(time) まで。過ぎるとプッシュメッセージになります）"
                : "Goes as a free reply (until \(time); after that as a push message)"
        case .counted:
            var line = japanese ? "プッシュメッセージで送ります（今月の送信数に数えられます）" : "Goes as a push message (counts against this month's quota)"
            guard let quota else { return line }
            if let limit = quota.limit, let remaining = quota.remaining {
                line += japanese ? "：残り \(remaining) / \(limit) 通" : ": \(remaining) of \(limit) left"
                if remaining == 0 {
                    line += japanese ? "。今月の上限に達しているため送れません" : ". The quota is used up: this will not go"
                } else if quota.isNearlyUsedUp {
                    line += japanese ? "。今月はあとわずかです" : ". Only a few left this month"
                }
            } else {
                line += japanese ? "：上限なし（今月 \(quota.used) 通）" : ": no limit (\(quota.used) sent this month)"
            }
            return line
        }
    }
}

public enum LINEWords {
    static func japanese(_ refusal: LINEAPI.Refusal) -> String {
        let said = ([refusal.message] + refusal.details).filter { !$0.isEmpty }.joined(separator: "; ")
        let what = ErrorPhrasebook.japanese(refusal.action, actions) ?? "「\(refusal.action)」"
        let advice = LINEAPI.Refusal.advice(refusal.status, refusal.message).map { ErrorPhrasebook.japanese($0, LINEWords.advice) ?? "「\($0)」" }
        return "LINE が\(what)ことを断りました（\(refusal.status)\(said.isEmpty ? "" : ": 「\(said)」")）" + (advice.map { "。" + $0 } ?? "")
    }

    /// A LINE refusal or failure as the outbox stored it (its description).
    public static func deliveryFailure(_ stored: String) -> String? {
        if let said = ErrorPhrasebook.japanese(stored, delivery) { return said }
        if let said = httpFailure(stored) { return said }
        guard stored.hasPrefix("LINE refused to ") else { return nil }
        for phrase in actions {
            let english = phrase.english.replacingOccurrences(of: "{}", with: "(.*?)")
            let pattern = "^LINE refused to " + english + #" \((\d+)(?:: (.*?))?\)(?:\. (.*))?$"#
            guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]),
                  let match = regex.firstMatch(in: stored, range: NSRange(stored.startIndex..., in: stored)) else { continue }
            func group(_ index: Int) -> String? { Range(match.range(at: index), in: stored).map { String(stored[$0]) } }
            let values = phrase.english.components(separatedBy: "{}").count - 1
            var what = phrase.japanese
            for index in stride(from: values, through: 1, by: -1) { what = what.replacingOccurrences(of: "{\(index)}", with: group(index) ?? "") }
            let status = group(values + 1) ?? ""
            let said = group(values + 2).map { ": 「\($0)」" } ?? ""
            let advice = group(values + 3).map { "。" + (ErrorPhrasebook.japanese($0, LINEWords.advice) ?? "「\($0)」") } ?? ""
            return "LINE が\(what)ことを断りました（\(status)\(said)）" + advice
        }
        return nil
    }

    static func japanese(_ error: LINEAPI.TooLarge) -> String {
        "内容は \(error.size) バイトで、上限の \(error.limit) バイト（[line] max_attachment_bytes）を超えています"
    }

    static func japanese(_ error: LINEHTTP.Failure) -> String {
        httpFailure(error.description) ?? "LINE との通信のエラー: 「\(error.description)」"
    }

    /// The failure's sentence, with the action inside it ("to send the reply") said in Japanese too.
    static func httpFailure(_ text: String) -> String? {
        for phrase in http {
            guard let said = phrase.japanese(for: text) else { continue }
            guard phrase.english.contains("LINE could not be reached to") || phrase.english.contains("LINE answered") else { return said }
            // The first value is the action: find it again and say it in Japanese.
            let actionText = phrase.english.hasPrefix("LINE could not") ? String(text.dropFirst("LINE could not be reached to ".count).prefix { $0 != ":" })
                : String(text.dropFirst("LINE answered ".count).components(separatedBy: " with something").first ?? "")
            let japaneseAction = ErrorPhrasebook.japanese(actionText, actions) ?? "「\(actionText)」"
            return said.replacingOccurrences(of: actionText, with: japaneseAction)
        }
        return nil
    }

    static func japanese(_ error: LINEImportError) -> String {
        let reason = ErrorPhrasebook.japanese(error.reason, importPhrases) ?? "「\(error.reason)」"
        return "\(error.source): \(reason)"
    }
    /// What we asked LINE to do (`LINEAPI`'s `action:`), as "LINE が…ことを断りました" says it.
    public static let actions: [ErrorPhrase] = [
        ErrorPhrase("send the reply", "返信を送る"),
        ErrorPhrase("send the push message", "プッシュメッセージを送る"),
        ErrorPhrase("give the content of message {}", "メッセージ {1} の内容を渡す"),
        ErrorPhrase("give the profile of {}", "{1} のプロフィールを渡す"),
        ErrorPhrase("give the message quota", "メッセージの上限数を渡す"),
        ErrorPhrase("give the quota used this month", "今月使ったメッセージ数を渡す"),
    ]

    /// `LINEAPI.Refusal.advice`: what a person can do about a refusal.
    public static let advice: [ErrorPhrase] = [
        ErrorPhrase("The channel access token is wrong or expired: issue a new one in the LINE Developers console and check [line] token_command",
                    "チャネルアクセストークンが違うか期限切れです。「LINE Developers」コンソールで発行し直し、[line] token_command を確かめてください"),
        ErrorPhrase("This channel is not allowed to do that (check the plan of the LINE Official Account)",
                    "このチャネルにはその操作が許されていません（LINE公式アカウントのプランを確かめてください）"),
        ErrorPhrase("LINE does not know this user or message (they may have blocked the account)",
                    "LINE はこのユーザーかメッセージを知りません（アカウントがブロックされたのかもしれません）"),
        ErrorPhrase("The month's message quota is used up: replies within a minute of the customer's message still go, or raise the plan in LINE Official Account Manager",
                    "今月のメッセージ数の上限に達しました。お客様のメッセージから1分以内の返信は送れます。または「LINE Official Account Manager」でプランを上げてください"),
        ErrorPhrase("Too many requests: try again in a minute (mado send --retry)", "リクエストが多すぎます。1分ほどしてからもう一度どうぞ（mado send --retry）"),
        ErrorPhrase("LINE had a problem on its side: try again later (mado send --retry)", "LINE 側で問題が起きました。あとでもう一度どうぞ（mado send --retry）"),
    ]

    /// `LINEHTTP.Failure`: the request did not get a usable answer.
    public static let http: [ErrorPhrase] = [
        ErrorPhrase("not a URL: {}", "URL ではありません: {1}"),
        ErrorPhrase("LINE could not be reached to {}: {}", "LINE に接続できませんでした（{1}ため）: 「{2}」"),
        ErrorPhrase("LINE answered {} with something that is not JSON", "LINE の答え（{1}ため）が JSON ではありません"),
        ErrorPhrase("LINE's profile of {} has no displayName", "LINE の {1} のプロフィールに「displayName」がありません"),
        ErrorPhrase("LINE's quota consumption has no totalUsage", "LINE のメッセージ使用数に「totalUsage」がありません"),
        ErrorPhrase("no answer", "答えがありません"),
    ]

    /// `LINEImportError.reason`: a webhook payload that cannot be imported.
    public static let importPhrases: [ErrorPhrase] = [
        ErrorPhrase("cannot be written", "書き込めません"),
        ErrorPhrase("not a JSON object", "JSON のオブジェクトではありません"),
        ErrorPhrase("no \"events\" list: not a LINE webhook payload", "「events」のリストがありません。LINE の Webhook のデータではありません"),
        ErrorPhrase("not an object", "オブジェクトではありません"),
        ErrorPhrase("no \"{}\" (a group member who has not agreed to share it cannot be answered)",
                    "「{1}」がありません（共有に同意していないグループのメンバーには返信できません）"),
        ErrorPhrase("no usable \"{}\"", "使える「{1}」がありません"),
        ErrorPhrase("no \"{}\"", "「{1}」がありません"),
        ErrorPhrase("a {} event without \"{}\"", "「{2}」のない「{1}」イベントです"),
        ErrorPhrase("a {} message without \"{}\"", "「{2}」のない「{1}」メッセージです"),
        ErrorPhrase("a message without \"{}\"", "「{1}」のないメッセージです"),
    ]

    /// What the LINE transport leaves in the outbox when it has no token.
    static let delivery: [ErrorPhrase] = [
        ErrorPhrase("No LINE channel access token: set [line] token_command (a command printing it) in the config.",
                    "LINE のチャネルアクセストークンがありません。設定の [line] token_command（トークンを出力するコマンド）に書いてください。"),
    ]
}
