import Foundation

/// Instagram's own words for the screen, in both languages: its errors (the outbox keeps them as
/// English text; the API's code and its own words stay in both languages), the sentences its
/// importer and downloader leave, and the note on a picture that could not be downloaded.
/// `UIStrings` asks the adapter (`describe`, `describeDeliveryFailure`, `describeNote`) first.
extension InstagramChannel {
    public func describe(_ error: Error, japanese: Bool) -> String? {
        guard japanese else { return nil }
        switch error {
        case let error as GraphAPIError: return InstagramWords.japanese(error)
        case let error as InstagramBackfillError: return InstagramWords.japanese(error)
        case let error as InstagramImportError: return InstagramWords.japanese(error)
        default: return nil
        }
    }

    public func describeDeliveryFailure(_ stored: String, japanese: Bool) -> String? {
        japanese ? InstagramWords.deliveryFailure(stored) : nil
    }

    public func describeNote(_ stored: String, japanese: Bool) -> String? {
        japanese ? InstagramWords.pictureNote(stored) : nil
    }
}

public enum InstagramWords {
    /// A failed Instagram send as the outbox keeps it, in Japanese; nil when it is not one of ours.
    public static func deliveryFailure(_ stored: String) -> String? {
        if let parts = GraphAPIError.parts(of: stored) {
            let tries = stored.range(of: "(tried ", options: .backwards).flatMap { range in
                Int(stored[range.upperBound...].prefix { $0.isNumber }).map { "（\($0) 回試しました）" }
            } ?? ""
            let label = "API コード \(parts.code)" + (parts.subcode.map { "、サブコード \($0)" } ?? "")
                + (parts.label.range(of: "HTTP ").map { "、HTTP " + parts.label[$0.upperBound...] } ?? "")
            return apiWords(code: parts.code, subcode: parts.subcode) + (parts.said.map { " Instagram: 「\($0)」" } ?? "")
                + "（\(label)）" + tries
        }
        return ErrorPhrasebook.japanese(stored, apiPhrases)
    }

    static func japanese(_ error: GraphAPIError) -> String {
        deliveryFailure(error.description) ?? "Instagram の API のエラー: 「\(error.description)」"
    }

    static func japanese(_ error: InstagramBackfillError) -> String {
        switch error {
        case .endlessPaging(let pages): return "Instagram の API が \(pages) ページを過ぎても次のページを返し続けたため、止めました。"
        case .unknownShop: return "どの参加者が店のアカウントか分かりません。[instagram] account に店の Instagram のユーザー名を書いてください。"
        case .oddConversationID(let id): return "Instagram の API が URL に使えない会話 ID を返しました: 「\(id)」"
        }
    }

    static func japanese(_ error: InstagramImportError) -> String {
        let said = ErrorPhrasebook.japanese(error.message, importPhrases) ?? "「\(error.message)」"
        return error.path.isEmpty ? "\(error.source): \(said)" : "\(error.source): \(error.path): \(said)"
    }

    /// The API's error codes in words (GraphAPIError.words in English).
    static func apiWords(code: Int, subcode: Int?) -> String {
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

    /// `Store.pictureNote`, in Japanese with the reason inside it; nil for any other note.
    static func pictureNote(_ stored: String) -> String? {
        // "{1}" gives back the reason inside the sentence.
        guard let reason = pictureNotePhrase.japanese(for: stored) else { return nil }
        let said = ErrorPhrasebook.japanese(reason, pictureReasons) ?? "「\(reason)」"
        return "画像をダウンロードできませんでした（\(said)）。リンクは残してありますが、Instagram のリンクは期限が切れます。"
    }

    /// Store.pictureNote's sentence.
    static let pictureNotePhrase = ErrorPhrase("Picture not downloaded ({}); its link is kept but Instagram's links expire.", "{1}")

    /// MediaDownloader's reasons (its `.notDownloaded` and `refuse` sentences).
    public static let pictureReasons: [ErrorPhrase] = [
        ErrorPhrase("not a web link", "ウェブのリンクではありません"),
        ErrorPhrase("{} is not one of Instagram's servers", "「{1}」は Instagram のサーバーではないため取得しません"),
        ErrorPhrase("the server said {} but the bytes are not that kind of picture", "サーバーは「{1}」と答えましたが、中身がその種類の画像ではありません"),
        ErrorPhrase("the link has expired (HTTP {})", "リンクの期限が切れています（HTTP {1}）"),
        ErrorPhrase("HTTP {}", "サーバーが HTTP {1} を返しました"),
        ErrorPhrase("it is of no stated type, not a picture", "種類の示されていないデータで、画像ではありません"),
        ErrorPhrase("it is {}, not a picture", "「{1}」で、画像ではありません"),
        ErrorPhrase("it is {} bytes, more than the {} allowed", "{1} バイトあり、上限の {2} バイトを超えています"),
        ErrorPhrase("it is more than the {} bytes allowed", "上限の {1} バイトを超えています"),
        NetworkLibraryError.phrase,
    ]

    /// `InstagramImportError.message`: a webhook payload or an export file.
    public static let importPhrases: [ErrorPhrase] = [
        ErrorPhrase("not valid JSON", "JSON として読めません"),
        ErrorPhrase("cannot be read", "読めません"),
        ErrorPhrase("expected \"instagram\", got \"{}\"", "「instagram」のはずが「{1}」です"),
        ErrorPhrase("missing", "ありません"),
        ErrorPhrase("expected an object", "オブジェクトのはずです"),
        ErrorPhrase("expected a list", "リストのはずです"),
        ErrorPhrase("expected a string", "文字列のはずです"),
        ErrorPhrase("expected a number", "数値のはずです"),
        ErrorPhrase("time {} is out of range (expected a time between 1970 and 9999)", "時刻 {1} が範囲外です（1970年から9999年までのはずです）"),
    ]

    /// The other sentences GraphAPIError, InstagramSendAPI and the Instagram channel leave in the outbox.
    static let apiPhrases: [ErrorPhrase] = [
        ErrorPhrase("No Instagram send command: set [instagram] send_command in the config or MADO_INSTAGRAM_SEND.",
                    "Instagram の送信コマンドがありません。設定の [instagram] send_command か MADO_INSTAGRAM_SEND に書いてください。"),
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
