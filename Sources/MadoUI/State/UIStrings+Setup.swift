import Foundation

/// What `mado setup` asks and answers, and `mado send --requeue`'s question, in the user's language.
extension UIStrings {
    public func setupIntro(config: String, store: String) -> String {
        ja ? "mado の設定をします。答えは \(config) に、担当者は \(store) に保存します。"
            : "Setting up mado: answers go to \(config), the agent to \(store)."
    }

    /// The question for one of setup's flags.
    public func setupQuestion(_ flag: String, unixUser: String = "") -> String {
        switch flag {
        case "shop-name": return ja ? "ショップ名（お客様が知っている名前）" : "The shop's name, as customers know it"
        case "shop-address": return ja ? "返信を送るサポート用アドレス" : "The support address replies leave from"
        case "timezone": return ja ? "ショップのタイムゾーン" : "The shop's time zone"
        case "login": return ja ? "担当者ログイン名（Unix ユーザー \(unixUser) 用）" : "Your agent login (for the Unix user \(unixUser))"
        case "name": return ja ? "お客様に見せるあなたの名前（例: 佐藤 花子）" : "Your name, as customers see it (e.g. 佐藤 花子)"
        case "email": return ja ? "あなた自身のメールアドレス（任意。ショップのドメインなら差出人に使います）"
            : "Your own email (optional; used as From when it is in the shop's domain)"
        default: return flag
        }
    }

    public var setupAddressProblem: String {
        ja ? "アドレスは support@your-shop.example のような形です" : "an address looks like support@your-shop.example"
    }

    public var setupTimeZoneProblem: String {
        ja ? "タイムゾーン名ではありません（Asia/Tokyo や Europe/London のように書きます）"
            : "not a time zone name (like Asia/Tokyo or Europe/London)"
    }

    public var setupLoginProblem: String {
        ja ? "使えるのは英字、数字、「.」「_」「-」だけです" : "letters, digits, '.', '_' and '-' only"
    }

    public var setupAnswerNeeded: String { ja ? "この項目は必須です。" : "This one is needed." }

    public func setupPreviousConfigKept(_ path: String) -> String {
        ja ? "以前の設定は \(path).bak に残しました。" : "The previous config is kept as \(path).bak."
    }

    public func setupDone(from: String) -> String {
        ja ? "完了しました。返信の差出人は \(from) です。" : "Done. Replies leave as \(from)."
    }

    public func requeueQuestion(_ id: Int64) -> String {
        ja ? "送信待ちの返信 \(id) は mado が止まったとき送信中でした。すでにお客様に届いているかもしれず、もう一度送ると二通になります。もう一度送りますか？ [y/N] "
            : "Outbox item \(id) was being sent when mado stopped: it may already have reached the customer, and requeueing sends it again. Send it again? [y/N] "
    }

    public func requeueLeft(_ id: Int64) -> String {
        ja ? "送信待ちの返信 \(id) はそのままにしました。" : "Outbox item \(id) is left as it was."
    }

    public func requeueDone(_ id: Int64) -> String {
        ja ? "送信待ちの返信 \(id) を送信待ちに戻しました。" : "Outbox item \(id) is queued again."
    }
}
