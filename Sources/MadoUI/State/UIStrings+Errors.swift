import Foundation
import MadoCore

/// Every error the screen (and `mado`'s last line) can show, said in the screen's language. In
/// English an error keeps its own description; in Japanese each case of each error type has its
/// sentence here. The switches have no `default`, so a new case does not compile until it has
/// Japanese; free sentences (`StoreError.invalid`, `ConfigError.message` …) go through
/// `ErrorPhrases`, which a test holds to every such sentence in the sources.
extension UIStrings {
    public func describe(_ error: Error) -> String {
        guard ja else { return "\(error)" }
        // A channel's own errors are said by its adapter (`Channels/<Name>/<Name>Words.swift`).
        for adapter in Channels.all {
            if let said = adapter.describe(error, japanese: true) { return said }
        }
        switch error {
        case let error as ReplyError: return japanese(error)
        case let error as StoreError: return japanese(error)
        case let error as CustomerMergeError: return japanese(error)
        case let error as AttachmentSaver.SaveError: return japanese(error)
        case let error as TransportError: return japanese(error)
        case let error as MailError: return japanese(error)
        case let error as CSVError: return japanese(error)
        case let error as CustomerExport.ExportError: return japanese(error)
        case let error as SearchQuery.ParseError: return searchError(error)
        case let error as ConfigError: return japanese(error)
        case let error as TemplateError: return japanese(error)
        case let error as ThemeError: return japanese(error)
        case let error as ThemeProblem: return japanese(error)
        case let error as WebhookSecrets.Problem: return japanese(error)
        case let error as WebhookSpool.WriteError: return "\(error.path) に書き込めません: 「\(error.reason)」"
        case let error as CGIRequest.Problem: return japanese(error)
        case let error as ChannelError: return japanese(error)
        case let error as NetworkLibraryError: return NetworkLibraryError.phrase.japanese(for: error.description) ?? unknown(error)
        default: return unknown(error)
        }
    }

    /// What a failed delivery left in the outbox, in the screen's language.
    public func deliveryFailure(_ stored: String) -> String {
        guard ja else { return stored }
        if let said = knownFailure(stored, usage: false) { return said }
        return "送信コマンドのエラー: 「\(stored)」"
    }

    /// A usage error of `mado` (its type lives in the command's target): the sentence in the
    /// screen's language, or the usage line as it is.
    public func usageError(_ text: String) -> String {
        guard ja else { return text }
        let said = ErrorPhrasebook.japanese(text, ErrorPhrases.usage) ?? text
        // A usage line inside a sentence ("'x' is not a customer id. Usage: …") starts in Japanese too.
        return said.replacingOccurrences(of: "Usage: ", with: "使い方: ")
    }

    /// An error no table knows (the system's own, from Foundation): its text kept, quoted, in a
    /// Japanese sentence.
    func unknown(_ error: Error) -> String {
        let text = "\(error)"
        if let error = error as? CocoaError, let path = error.filePath ?? error.userInfo[NSURLErrorKey].map({ "\($0)" }) {
            return "ファイル \(path) を扱えませんでした: 「\(error.localizedDescription)」"
        }
        return "エラー: 「\(text)」"
    }

    func japanese(_ error: ReplyError) -> String {
        switch error {
        case .noAgent: return readOnly
        case .noRecipient(let id): return "会話 \(id) には返信先のお客様の連絡先がありません"
        case .emptyReply: return "返信が空です。送信待ちにしませんでした"
        case .instagramWindowClosed(let detail):
            return "Instagram ではここにはもう返信できません（\(japaneseWindow(detail))）。メールで連絡してください"
        case .tooLong(let channel, let size, let limit):
            let unit = limit.unit == .utf8Bytes ? "バイト" : "文字"
            return "\(channelName(channel)) は1通 \(limit.maximum) \(unit)までです。この返信は \(size) \(unit)（\(size - limit.maximum) \(unit)超過）。短くするか m で分けて送信してください"
        case .shopNotSet(let missing, let file):
            let names: [String] = missing.map { key in "[shop] " + (key.hasPrefix("shop.") ? String(key.dropFirst(5)) : key) }
            return "メールの返信には店の \(names.joined(separator: "・")) の設定が必要です。送信待ちにしませんでした。\(file) に書くか、mado setup を実行してください"
        }
    }

    /// "window closed 2d 4h ago" (MessagingWindow.description) → "返信期限切れ（2日4時間前）".
    func japaneseWindow(_ detail: String) -> String {
        guard let span = ErrorPhrasebook.japanese(detail, [ErrorPhrase("window closed {} ago", "{1}")]) else { return detail }
        var said = span.replacingOccurrences(of: " ", with: "")
        for (unit, word) in [("d", "日"), ("h", "時間"), ("m", "分")] {
            said = said.replacingOccurrences(of: #"(\d+)"# + unit, with: "$1" + word, options: .regularExpression)
        }
        return "返信期限切れ（\(said)前）"
    }

    func japanese(_ error: StoreError) -> String {
        switch error {
        case .missing(let path): return "ストア \(path) がありません。"
        case .unreadable(let path, let reason):
            let why = ErrorPhrasebook.japanese(reason, ErrorPhrases.unreadableReason) ?? "「\(reason)」"
            return "ストア \(path) を開けません: \(why)"
        case .notAStore(let path): return "\(path) は Madoguchi のストアではないか、壊れています。"
        case .tooNew(let path, let storeVersion, let supported):
            return "ストア \(path) は新しい Madoguchi で書かれています（スキーマ \(storeVersion)、この mado は \(supported) まで）。mado を更新してから開いてください。"
        case .busy: return "ストアが他の処理で使用中です。少し待ってからもう一度どうぞ"
        case .full: return "ストアのあるディスクがいっぱいです。この操作は保存されていません。空きを作ってからもう一度どうぞ"
        case .sqlite(let code, let message, _): return "ストアのエラー（コード \(code)）: 「\(message)」"
        case .notFound(let what):
            return "\(ErrorPhrasebook.japanese(what, ErrorPhrases.notFound) ?? "「\(what)」") が見つかりません"
        case .invalid(let sentence):
            return ErrorPhrasebook.japanese(sentence, ErrorPhrases.invalid) ?? "エラー: 「\(sentence)」"
        }
    }

    func japanese(_ error: CustomerMergeError) -> String {
        switch error {
        case .sameCustomer(let id): return "お客様 \(id) を同じお客様に統合することはできません。"
        case .alreadyMerged(let customer, let into):
            return "お客様 \(customer) はすでにお客様 \(into) に統合されています。\(into) を使うか、先に統合を取り消してください。"
        case .nothingToUndo(let id): return "お客様 \(id) には取り消せる統合がありません。"
        case .alreadyUndone(let merge): return "統合 \(merge) はすでに取り消されています。"
        case .laterMergeFirst(let merge, let keep, let into):
            return "お客様 \(keep) がお客様 \(into) に統合されている間は、統合 \(merge) を取り消せません。先に \(keep) の統合を取り消してください。"
        }
    }

    func japanese(_ error: AttachmentSaver.SaveError) -> String {
        switch error {
        case .notMail(let id): return "メッセージ \(id) には添付を取り出せる保存済みのメールがありません。"
        case .missing(let name): return "添付 \(name) は保存済みのメールにもうありません。"
        case .cannotWrite(let path, let reason): return cannotWrite(path, reason)
        }
    }

    func cannotWrite(_ path: String, _ reason: String) -> String {
        "\(path) に書き込めません: " + (ErrorPhrasebook.japanese(reason, ErrorPhrases.writeReason) ?? "「\(reason)」")
    }

    func japanese(_ error: TransportError) -> String {
        switch error {
        case .timedOut(let command, let seconds):
            return "「\(command)」が \(Int(seconds)) 秒以内に終わらなかったため止めました。返信は届いたかもしれず、届いていないかもしれません（もっと待つには [email] send_timeout を設定）"
        }
    }

    func japanese(_ error: MailError) -> String {
        switch error {
        case .notAMaildir(let path): return "\(path) は Maildir ではありません（cur/ も new/ もありません）。"
        case .unreadable(let path, let reason):
            return "\(path) を読めません: " + (ErrorPhrasebook.japanese(reason, ErrorPhrases.unreadableReason) ?? "「\(reason)」")
        }
    }

    func japanese(_ error: CSVError) -> String {
        let nothing = "何も取り込んでいません。"
        switch error {
        case .unreadable(let file): return "\(file): ファイルがないか、読む権限がありません。"
        case .notText(let file, let line): return "\(file):\(line): CSV のテキストファイルではありません（バイナリか UTF-8 以外）。" + nothing
        case .unbalancedQuote(let file, let line): return "\(file):\(line): 引用符で始まる項目がここから閉じられていません。" + nothing
        case .strayQuote(let file, let line): return "\(file):\(line): 引用符で囲んだ項目の中の引用符は二つ重ねます（\"\"）。" + nothing
        case .missingColumn(let file, let column):
            return "\(file):1: 見出し行に「\(column)」列がありません。正しい書き出しファイルですか？" + nothing
        case .badValue(let file, let line, let column, let value, let expected):
            let wanted = ErrorPhrasebook.japanese(expected, ErrorPhrases.csvExpected) ?? expected
            return "\(file):\(line): 「\(column)」列が「\(value)」です。\(wanted)のはずです。" + nothing
        }
    }

    func japanese(_ error: CustomerExport.ExportError) -> String {
        switch error {
        case .folderNotEmpty(let path): return "\(path) はすでにあり、空ではありません。新しいフォルダを指定してください（書き出しはほかのファイルと混ぜません）。"
        case .cannotWrite(let path, let reason): return cannotWrite(path, reason)
        }
    }

    /// "file:line: " as the struct errors print it; no line when there is none (0).
    func place(_ file: String, _ line: Int) -> String { line > 0 ? "\(file):\(line)" : file }

    func japanese(_ error: ConfigError) -> String {
        "設定ファイル \(place(error.file, error.line)): " + (ErrorPhrasebook.japanese(error.message, ErrorPhrases.config) ?? "「\(error.message)」")
    }

    func japanese(_ error: TemplateError) -> String {
        "テンプレート \(place(error.file, error.line)): " + (ErrorPhrasebook.japanese(error.message, ErrorPhrases.template) ?? "「\(error.message)」")
    }

    func japanese(_ error: ThemeError) -> String {
        "テーマ \(place(error.file, error.line)): \(error.key): " + (ErrorPhrasebook.japanese(error.message, ErrorPhrases.theme) ?? "「\(error.message)」")
    }

    func japanese(_ error: ThemeProblem) -> String {
        let builtIn = "組み込みのテーマを使います。"
        switch error {
        case .notFound(let name, let folders): return "テーマ「\(name)」が見つかりません（探した場所: \(folders.joined(separator: "、"))）。" + builtIn
        case .unreadable(let path): return "テーマファイル \(path) を読めません。" + builtIn
        case .invalid(let error): return japanese(error) + "。" + builtIn
        }
    }

    func japanese(_ error: WebhookSecrets.Problem) -> String {
        ErrorPhrasebook.japanese(error.description, ErrorPhrases.secrets) ?? "秘密の設定のエラー: 「\(error.description)」"
    }

    func japanese(_ error: ChannelError) -> String {
        switch error {
        case .unknown(let name, let table):
            let known = Channel.allCases.map(\.rawValue).joined(separator: "・")
            return "ストアの表「\(table)」に、この mado が知らないチャネル「\(name)」の行があります（知っているのは \(known)）。読むには mado を更新してください"
        }
    }

    func japanese(_ error: CGIRequest.Problem) -> String {
        switch error {
        case .tooLarge(let bytes): return "リクエストの本文が大きすぎます（\(bytes) バイト）"
        case .badLength(let text): return "CONTENT_LENGTH が数ではありません: 「\(text)」"
        case .shortBody(let expected, let got): return "本文が CONTENT_LENGTH より短いです（\(expected) バイトのはずが \(got) バイト）"
        }
    }
}
