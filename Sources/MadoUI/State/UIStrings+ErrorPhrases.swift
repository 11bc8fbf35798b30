import Foundation
import MadoCore

/// The Japanese of the free sentences that errors carry, one table per kind of error. A test
/// (ErrorTranslationTests) reads every such sentence out of the sources and fails on any that no
/// phrase here matches, so a new message cannot reach a Japanese screen in English.
public enum ErrorPhrases {
    /// `StoreError.notFound(what)`: what was looked for.
    public static let notFound: [ErrorPhrase] = [
        ErrorPhrase("Customer {}", "お客様 {1}"),
        ErrorPhrase("Conversation {}", "会話 {1}"),
        ErrorPhrase("Order {}", "注文 {1}"),
        ErrorPhrase("Merge {}", "統合 {1}"),
        ErrorPhrase("Agent {}", "担当者 {1}"),
        ErrorPhrase("Outbox item {}", "送信待ちの返信 {1}"),
        ErrorPhrase("An attachment in conversation {}", "会話 {1} の添付ファイル"),
    ]

    /// `StoreError.invalid(sentence)`, from the store and from the commands.
    public static let invalid: [ErrorPhrase] = [
        ErrorPhrase("Customer {} was merged into customer {}; erase customer {} (the whole person) instead.",
                    "お客様 {1} はお客様 {2} に統合されています。代わりにお客様 {3}（その人全体）を消去してください。"),
        ErrorPhrase("Customer {} was merged into customer {}; export customer {} (the whole person) instead.",
                    "お客様 {1} はお客様 {2} に統合されています。代わりにお客様 {3}（その人全体）を書き出してください。"),
        ErrorPhrase("Customer {} holds automatic mail, not a person; there is nobody to erase.",
                    "お客様 {1} は自動送信のメールで、人ではありません。消去する人がいません。"),
        ErrorPhrase("Customer {} is already erased.", "お客様 {1} はすでに消去されています。"),
        ErrorPhrase("An agent login may contain letters, digits, '.', '_' and '-' only: {}.",
                    "担当者のログイン名に使えるのは英字・数字と「.」「_」「-」だけです: {1}"),
        ErrorPhrase("An agent with login {} already exists.", "ログイン名 {1} の担当者はすでにいます。"),
        ErrorPhrase("Unknown agent setting '{}'.", "担当者の設定「{1}」はありません。"),
        ErrorPhrase("A name cannot be empty.", "名前を空にはできません。"),
        ErrorPhrase("A tag needs a name.", "タグには名前が必要です。"),
        ErrorPhrase("A message with id {} is already stored.", "ID {1} のメッセージはすでに保存されています。"),
        ErrorPhrase("Outbox item {} has not failed (it may be sending or sent already).",
                    "送信待ちの返信 {1} は失敗していません（送信中か、もう送信済みかもしれません）。"),
        ErrorPhrase("Outbox item {} is not failed or interrupted.", "送信待ちの返信 {1} は失敗も中断もしていません。"),
        ErrorPhrase("Outbox item {} is being sent right now by another mado; wait for it to finish.",
                    "送信待ちの返信 {1} は別の mado がいま送信しています。終わるまで待ってください。"),
        ErrorPhrase("Outbox item {} was being sent when mado stopped: it may already have reached the customer, and requeueing sends it again. Check the sent mail, then run again with --yes to send it anyway.",
                    "送信待ちの返信 {1} は mado が止まったとき送信中でした。もうお客様に届いているかもしれず、送信待ちに戻すともう一度送られます。送信済みのメールを確かめてから、それでも送るなら --yes を付けてもう一度実行してください。"),
        ErrorPhrase("{} already exists; choose a new file name (a backup never overwrites).",
                    "{1} はすでにあります。新しいファイル名を指定してください（バックアップは上書きしません）。"),
        ErrorPhrase("{} already exists; the demo builds a new store, so name a path that does not exist.",
                    "{1} はすでにあります。デモは新しいストアを作るので、まだない場所を指定してください。"),
        ErrorPhrase("No template '{}' for {} (known: {}).", "{2} 用のテンプレート「{1}」はありません（あるもの: {3}）。"),
        ErrorPhrase("Template '{}' needs {}, which this conversation does not have; nothing was queued.",
                    "テンプレート「{1}」には {2} が必要ですが、この会話にはありません。送信待ちにしていません。"),
        ErrorPhrase("The inbox needs a terminal; for scripts use 'mado list' and 'mado show'.",
                    "受信箱には端末が必要です。スクリプトからは mado list と mado show を使ってください。"),
        ErrorPhrase("Nothing erased: run again with --yes to erase customer {} from a script.",
                    "何も消去していません。スクリプトからお客様 {1} を消去するには --yes を付けてもう一度実行してください。"),
        ErrorPhrase("No agent '{}' in this store (known: none); add one with 'mado agent add'.",
                    "このストアに担当者「{1}」はいません（担当者はまだいません）。mado agent add で追加してください。"),
        ErrorPhrase("No agent '{}' in this store (known: {}); add one with 'mado agent add'.",
                    "このストアに担当者「{1}」はいません（いる担当者: {2}）。mado agent add で追加してください。"),
        ErrorPhrase("The store {} is in use ({} exists): quit every mado using it and try again. If none is running, one stopped without closing it: run 'mado list --store {}' once to close it cleanly.",
                    "ストア {1} は使用中です（{2} があります）。使っている mado をすべて終了してからもう一度どうぞ。動いている mado がなければ、閉じずに止まったものがあります: mado list --store {3} を一度実行するときれいに閉じます。"),
        ErrorPhrase("The backup {} is damaged: {}", "バックアップ {1} は壊れています: 「{2}」"),
        ErrorPhrase("Schema step {} would break references ({}); the store was left at version {}.",
                    "スキーマの手順 {1} は参照を壊すため行いませんでした（{2}）。ストアはバージョン {3} のままです。"),
        ErrorPhrase("Schema step: table {} is missing.", "スキーマの手順: 表 {1} がありません。"),
        ErrorPhrase("Schema step: nothing to change in table {}.", "スキーマの手順: 表 {1} に変えるところがありません。"),
        ErrorPhrase("Schema step: cannot read the definition of table {}.", "スキーマの手順: 表 {1} の定義を読めません。"),
    ]

    /// Why a file cannot be read (`StoreError.unreadable`, `MailError.unreadable`) when we said
    /// it ourselves; any other reason is the system's own words, shown quoted.
    public static let unreadableReason: [ErrorPhrase] = [
        ErrorPhrase("no such file or no permission", "ファイルがないか、読む権限がありません"),
        ErrorPhrase("no such file or folder", "ファイルもフォルダもありません"),
        ErrorPhrase("no permission", "読む権限がありません"),
        ErrorPhrase("no such file", "ファイルがありません"),
        ErrorPhrase("cannot switch to WAL mode", "WAL モードに切り替えられません"),
        ErrorPhrase("cannot write beside the store", "ストアの隣に書き込めません"),
    ]

    /// `ConfigError.message`: the config file and the holidays file.
    public static let config: [ErrorPhrase] = [
        ErrorPhrase("[hours] holidays: cannot read {}", "[hours] holidays: {1} を読めません"),
        ErrorPhrase("[hours] {}: expected 10:00-18:00 (or closed), got '{}'",
                    "[hours] {1}: 10:00-18:00 のように書きます（休みの日は closed）。「{2}」は読めません"),
        ErrorPhrase("expected a date like 2027-01-01, got '{}'", "2027-01-01 のような日付を書きます。「{1}」は読めません"),
        ErrorPhrase("a section header looks like [name]", "セクションの見出しは [name] のように書きます"),
        ErrorPhrase("expected 'key = value', got '{}'", "「キー = 値」の形で書きます。「{1}」は読めません"),
        ErrorPhrase("empty key", "キーが空です"),
        ErrorPhrase("cannot be read", "読めません"),
    ]

    /// `TemplateError.message`: a `.tmpl` file's header.
    public static let template: [ErrorPhrase] = [
        ErrorPhrase("expected 'key: value' before the '---' line", "「---」の行より前は「キー: 値」の形で書きます"),
        ErrorPhrase("unknown key '{}' (name, language, channel, description, keywords)",
                    "知らないキー「{1}」です（name・language・channel・description・keywords）"),
        ErrorPhrase("no '---' line before the body", "本文の前に「---」の行がありません"),
        ErrorPhrase("channel is {} or any, not '{}'", "channel に書けるのは {1}・any です（「{2}」は使えません）"),
    ]

    /// `ThemeError.message`: a `.theme` file's line.
    public static let theme: [ErrorPhrase] = [
        ErrorPhrase("expected 'role = colour'", "「役割 = 色」の形で書きます"),
        ErrorPhrase("unknown role (known: {})", "知らない役割です（使えるもの: {1}）"),
        ErrorPhrase("no colour given", "色がありません"),
        ErrorPhrase("expected 'foreground' or 'foreground on background', got '{}'",
                    "「文字色」か「文字色 on 背景色」の形で書きます。「{1}」は読めません"),
        ErrorPhrase("unknown attribute '{}' (bold, dim, underline, reverse, italic)",
                    "知らない属性「{1}」です（bold・dim・underline・reverse・italic）"),
        ErrorPhrase("unknown colour '{}' (default, black…white, bright-<colour>, 0–255)",
                    "知らない色「{1}」です（default・black〜white・bright-<色>・0〜255）"),
    ]


    /// `WebhookSecrets.Problem`: the app secret and verify token, named but never shown.
    public static let secrets: [ErrorPhrase] = [
        ErrorPhrase("{} holds {} but everyone can read it: chmod o-r {}, or use {}_command",
                    "{1} に {2} がありますが、誰でも読めるファイルです。chmod o-r {3} を実行するか、{4}_command を使ってください"),
        ErrorPhrase("{}: {} not found in PATH", "{1}: 「{2}」が PATH にありません"),
        ErrorPhrase("{}: cannot run {}: {}", "{1}: 「{2}」を実行できません: 「{3}」"),
        ErrorPhrase("{}: {} did not finish in {}s", "{1}: 「{2}」が {3} 秒以内に終わりませんでした"),
        ErrorPhrase("{}: {} exited with status {}", "{1}: 「{2}」が終了コード {3} で終了しました"),
        ErrorPhrase("{}: {} printed nothing", "{1}: 「{2}」が何も出力しませんでした"),
        ErrorPhrase("{} is empty", "{1} が空です"),
    ]

    /// `CSVError.badValue`'s expected value.
    public static let csvExpected: [ErrorPhrase] = [
        ErrorPhrase("an amount like {}", "{1} のような金額"),
        ErrorPhrase("a date like {}", "{1} のような日時"),
        ErrorPhrase("a whole number", "整数"),
    ]

    /// Why a file could not be written, when we said it ourselves.
    public static let writeReason: [ErrorPhrase] = [
        ErrorPhrase("the folder is not writable", "フォルダに書き込む権限がありません"),
    ]

    /// What a failed delivery left in the outbox (`OutboxSender.transmit`), shown on the status
    /// line and under the reply in the thread.
    public static let delivery: [ErrorPhrase] = [
        ErrorPhrase("No way to send on {} is configured.", "{1} の送信方法が設定されていません。"),
        ErrorPhrase("'{}' did not finish within {} s and was stopped; the reply may or may not have left (set [email] send_timeout to wait longer)",
                    "「{1}」が {2} 秒以内に終わらなかったため止めました。返信は届いたかもしれず、届いていないかもしれません（もっと待つには [email] send_timeout を設定）"),
        ErrorPhrase("'{}' exited with {}: {}", "「{1}」が終了コード {2} で終了しました: 「{3}」"),
        ErrorPhrase("'{}' exited with {}", "「{1}」が終了コード {2} で終了しました"),
    ]

    /// `mado`'s usage errors (`Arguments.UsageError`). A bare usage line stays as it is but for
    /// its first word: the command syntax is what is typed.
    public static let usage: [ErrorPhrase] = [
        ErrorPhrase("Unknown command '{}'. Run 'mado help' for the list.", "「{1}」というコマンドはありません。一覧は mado help で見られます。"),
        ErrorPhrase("Unknown option --{}.", "--{1} というオプションはありません。"),
        ErrorPhrase("--{} needs a value.", "--{1} には値が必要です。"),
        ErrorPhrase("--{} cannot be empty.", "--{1} は空にできません。"),
        ErrorPhrase("--{} {}: not a time zone name (like Asia/Tokyo or Europe/London).",
                    "--{1} {2}: タイムゾーンの名前ではありません（Asia/Tokyo や Europe/London のように書きます）。"),
        ErrorPhrase("'{}' is not a conversation id.", "「{1}」は会話の ID ではありません。"),
        ErrorPhrase("Name at least one conversation id.", "会話の ID を一つ以上指定してください。"),
        ErrorPhrase("--then takes close, pending or open, not '{}'.", "--then に書けるのは close・pending・open です（「{1}」は使えません）。"),
        ErrorPhrase("mado reply needs --template NAME or --body-file FILE (- for standard input).",
                    "mado reply には --template NAME か --body-file FILE（標準入力なら -）が必要です。"),
        ErrorPhrase("priority takes urgent, high, normal or low, not '{}'.", "priority に書けるのは urgent・high・normal・low です（「{1}」は使えません）。"),
        ErrorPhrase("snooze takes tomorrow, 'tomorrow 9am', 9am, mon, 'next week', 12/3, '12/3 14:00', 3h, 2d, 明日, '明日 10時', 月曜, 12月3日 or 15時, not '{}'.",
                    "snooze に書けるのは 明日・'明日 10時'・月曜・12月3日・15時・3h・2d・12/3・'12/3 14:00'・tomorrow・'tomorrow 9am'・9am・mon・'next week' です（「{1}」は使えません）。"),
        ErrorPhrase("mado setup needs an answer for '{}' (or --{} VALUE).", "mado setup には「{1}」の答えが必要です（または --{2} VALUE）。"),
        ErrorPhrase("--size takes WIDTHxHEIGHT", "--size は WIDTHxHEIGHT の形で書きます"),
        ErrorPhrase("--watch takes one spool folder (the one mado webhook writes into).",
                    "--watch に指定できるのは spool フォルダ一つです（mado webhook が書き込むフォルダ）。"),
        ErrorPhrase("{} is not a spool (no new/ folder): --watch follows the folder mado webhook writes into.",
                    "{1} は spool ではありません（new/ フォルダがありません）。--watch は mado webhook が書き込むフォルダを見ます。"),
        ErrorPhrase("An export names people, not ids: say which one is the shop with --account NAME (or [instagram] account in the config).",
                    "書き出しファイルは人を ID ではなく名前で示します。どれが店かを --account NAME（または設定の [instagram] account）で指定してください。"),
        ErrorPhrase("mado import takes maildir, mbox or eml (chat: {}; Shopify: orders, customers), not '{}'.",
                    "mado import に書けるのは maildir・mbox・eml です（チャットは {1}、Shopify は orders・customers）。「{2}」は使えません。"),
        ErrorPhrase("{}: [line] max_attachment_bytes must be a number of bytes, not '{}'.",
                    "{1}: [line] max_attachment_bytes にはバイト数を書きます（「{2}」は使えません）。"),
        ErrorPhrase("Choose one of --json and --csv.", "--json と --csv はどちらか一つにしてください。"),
        ErrorPhrase("--by takes channel, agent, day or tag, not '{}'.", "--by に書けるのは channel・agent・day・tag です（「{1}」は使えません）。"),
        ErrorPhrase("--since must come before --until.", "--since は --until より前の日時にしてください。"),
        ErrorPhrase("--{} takes a date like 2026-11-01 or 2026-11-01 09:30, not '{}'.",
                    "--{1} には 2026-11-01 や 2026-11-01 09:30 のような日時を書きます（「{2}」は使えません）。"),
        ErrorPhrase("'{}' is not a customer id. {}", "「{1}」はお客様の ID ではありません。{2}"),
        ErrorPhrase("mado agent add needs --name \"Name customers see\".", "mado agent add には --name \"お客様に見える名前\" が必要です。"),
        ErrorPhrase("No help for '{}': topics are {}; or name a command.", "「{1}」のヘルプはありません。トピックは {2} です。コマンド名でも引けます。"),
        ErrorPhrase("--status takes open, pending or closed, not '{}'.", "--status に書けるのは open・pending・closed です（「{1}」は使えません）。"),
        ErrorPhrase("--conversations takes a positive number, not '{}'.", "--conversations には正の数を書きます（「{1}」は使えません）。"),
        ErrorPhrase("Usage: {}", "使い方: {1}"),
    ]
}
