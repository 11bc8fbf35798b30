import Foundation

/// The search language, the config file and templates: what `mado help TOPIC` explains beyond keys.
extension HelpTable {
    static let searchSection = HelpSection(english: "Search (/ on the screen, mado search)", japanese: "検索（画面の / と mado search）", entries: [
        HelpEntry("WORDS", "conversations with all the words (Japanese: 2 characters or more)", "すべての語を含む会話（日本語は2文字以上）"),
        HelpEntry("\"A PHRASE\"", "the words together, in this order", "語句をそのままの順で"),
        HelpEntry("from:NAME", "a customer's name or address", "お客様の名前かアドレス"),
        HelpEntry("channel:email|instagram|line", "one channel", "チャネルを限定"),
        HelpEntry("status:open|pending|closed", "one status", "状態を限定"),
        HelpEntry("tag:NAME  assignee:LOGIN", "a tag; an agent", "タグ・担当者"),
        HelpEntry("before:DATE  after:DATE", "last message before, after (2026-12-01)", "最後のメッセージの日付で（2026-12-01）"),
        HelpEntry("is:unread  is:unassigned", "unread; nobody's", "未読・担当なし"),
    ])

    static let configSections = [
        HelpSection(english: "Config file (~/.config/mado/config or $MADO_CONFIG)", japanese: "設定ファイル（~/.config/mado/config または $MADO_CONFIG）", entries: [
            HelpEntry("theme", "dark, light, high-contrast or a themes/NAME.theme", "dark・light・high-contrast または themes/NAME.theme"),
            HelpEntry("[agents] USER = LOGIN", "the Unix user who is this agent", "Unix ユーザーと担当者の対応"),
            HelpEntry("[shop] name address", "the shop's name; the address replies leave from", "店名・返信の送信元アドレス"),
            HelpEntry("[shop] addresses", "more of the shop's own addresses", "店のほかのアドレス"),
            HelpEntry("[shop] instagram timezone", "the shop's Instagram account; its time zone", "店の Instagram アカウント・タイムゾーン"),
            HelpEntry("[email] sendmail", "the command replies are piped to (sendmail -t -i)", "返信を渡すコマンド（sendmail -t -i）"),
            HelpEntry("[email] send_timeout quote", "stop a send after (60s); quote the customer (yes)", "送信の制限時間（60s）・引用する（yes）"),
            HelpEntry("[instagram] account send_command", "the account in an export; the Send API command", "エクスポート内の店のアカウント・送信コマンド"),
            HelpEntry("[line] channel_secret_command token_command", "LINE's channel secret; its access token", "LINE のチャネルシークレット・アクセストークン"),
            HelpEntry("[inbox] reply_target", "how long a customer may wait (4h)", "お客様を待たせてよい時間（4h）"),
            HelpEntry("[hours] mon … sun, holidays", "business hours (10:00-18:00, closed); a holiday file", "営業時間（10:00-18:00・closed）・休日ファイル"),
            HelpEntry("[hours] timezone target", "their time zone; the reply target in open hours", "タイムゾーン・営業時間内の返信目標"),
            HelpEntry("[acknowledge] agent email instagram line window", "the automatic 'we got your message' reply", "受付の自動返信（担当・チャネル・間隔）"),
            HelpEntry("[replies] templates", "the folder of your templates", "テンプレートのフォルダ"),
            HelpEntry("[attachments] folder", "where S saves attachments (~/Downloads/mado)", "S で添付を保存する場所（~/Downloads/mado）"),
        ]),
    ]

    static let templateSections = [
        HelpSection(english: "Templates (~/.config/mado/templates/NAME.LANG.tmpl)", japanese: "テンプレート（~/.config/mado/templates/NAME.LANG.tmpl）", entries: [
            HelpEntry("name: language:", "the template's name; ja or en", "テンプレート名・ja か en"),
            HelpEntry("channel: description:", "email, instagram, line or any; a line for the picker", "email・instagram・line・any、一覧の説明"),
            HelpEntry("---", "ends the header; the text follows", "ヘッダーの終わり、以降が本文"),
            HelpEntry("{{customer.name}}", "also customer.first_name (様 added in Japanese)", "customer.first_name も（日本語では様を付ける）"),
            HelpEntry("{{agent.name}} {{shop.name}}", "who replies; the shop", "返信する担当者・店名"),
            HelpEntry("{{conversation.subject}}", "the conversation's subject", "会話の件名"),
            HelpEntry("{{reply_by}} {{business_hours}}", "when we answer; the opening hours", "返信の目安・営業時間"),
            HelpEntry("{{order.number}} {{order.status}}", "the order (refused while unknown)", "注文（不明な間は使えません）"),
            HelpEntry("t  mado reply --template", "use one on the confirm screen; from a script", "確認画面で使う・スクリプトから使う"),
        ]),
    ]
}
