// The demo shop: Flourist (フローリスト), a small Kyoto shop selling dried-flower bouquets, swags,
// wreaths, ceramic vases and gift sets. Agents: hanako (佐藤 花子, the owner), ken (田中 健),
// mia (Mia Clarke, English customers). Every person, address and order here is invented.
//
// Test data on purpose: mixed Latin/Japanese names, a 30+ character Japanese subject, a subject
// with combining accents, and one hostile message (terminal escapes, a bidi override).
// The e2e reply test relies on the open email from 山田 太郎 (#1187) and its first line.
enum DemoContent {
    static let customers: [DemoCustomer] = [
        DemoCustomer(name: "山田 太郎", email: "taro.yamada@example.jp", instagram: "taro_yamada88"),                  // 0
        DemoCustomer(name: "鈴木 美咲", email: "misaki.suzuki@example.jp", instagram: "misaki_flowerlife"),            // 1
        DemoCustomer(name: "伊藤 さくら", email: "ito@sakura-design.example.jp", instagram: "sakura_ito_home"),        // 2
        DemoCustomer(name: "高橋 健一", email: "k.takahashi@mail.example.co.jp", instagram: nil),                     // 3
        DemoCustomer(name: "中村 翔太", email: "shota.nakamura@example.jp", instagram: nil),                          // 4
        DemoCustomer(name: "小林 陽菜", email: nil, instagram: "hina_kobayashi_"),                                     // 5
        DemoCustomer(name: "Café Tsuki 渡辺", email: "owner@cafe-tsuki.example.jp", instagram: "cafe_tsuki_kyoto"),   // 6
        DemoCustomer(name: "加藤 大輔", email: "d.kato@example.ne.jp", instagram: nil),                               // 7
        DemoCustomer(name: "吉田 結衣", email: "yui.yoshida@example.jp", instagram: "yuiyoshida_daily"),               // 8
        DemoCustomer(name: "井上 恵子", email: "keiko.inoue@example.ne.jp", instagram: nil),                          // 9
        DemoCustomer(name: "sophie.wanders.jp", email: nil, instagram: "sophie.wanders.jp"),                          // 10
        DemoCustomer(name: "清水 あゆみ", email: "ayumi.shimizu@example.jp", instagram: "ayumi_shimizu_"),             // 11
        DemoCustomer(name: "森 千尋", email: nil, instagram: "chihiro.mori_"),                                         // 12
        DemoCustomer(name: "Studio Hana 木村", email: nil, instagram: "studio_hana_kyoto"),                            // 13
        DemoCustomer(name: "yui.hygge", email: nil, instagram: "yui.hygge"),                                          // 14
        DemoCustomer(name: "mika🌿", email: nil, instagram: "mika.green.room"),                                       // 15
        DemoCustomer(name: "Kondo 美和", email: "miwa.kondo@example.com", instagram: "miwa.in.singapore"),            // 16
        DemoCustomer(name: "藤田 奈々", email: "nana.fujita@example.jp", instagram: nil),                             // 17
        DemoCustomer(name: "Emma Wilson", email: "emma.wilson@example.com", instagram: "emmaw.makes"),               // 18
        DemoCustomer(name: "Lucas Moreau", email: "lucas.moreau@example.net", instagram: nil),                        // 19
        DemoCustomer(name: "Jonas Becker", email: "jonas.becker@example.com", instagram: nil),                        // 20
        DemoCustomer(name: "Olivia Taylor", email: "olivia.taylor@example.com", instagram: "olivia.in.osaka"),       // 21
        DemoCustomer(name: "Noah Davies", email: "noah.davies@example.co.uk", instagram: nil),                        // 22
        DemoCustomer(name: "Ava Martin", email: "ava.martin@example.net", instagram: nil),                            // 23
        DemoCustomer(name: "Liam Brown", email: "liam.brown@example.com", instagram: nil),                            // 24
        DemoCustomer(name: "Grace Lee 李", email: "grace.lee@example.com", instagram: "gracelee.hk"),                 // 25
        DemoCustomer(name: "Megan Price", email: "megan.price@example.org", instagram: nil),                          // 26
    ]

    static let conversations: [DemoConversation] = [
        // ── Open: waiting on the shop ──────────────────────────────────────────────────────────────
        DemoConversation(customer: 0, channel: .email, subject: "ご注文 #1187 の配送状況について", status: .open, assignee: nil, tags: ["shipping", "gift"], priority: 1, messages: [
            DemoMessage(kind: .customer, minutesAgo: 7000, text: """
                Flourist ご担当者様

                いつもお世話になっております。山田と申します。
                先週注文いたしました #1187（ドライフラワーブーケ M サイズ・くすみピンク）について、
                お伺いしたいことがありご連絡いたしました。

                発送完了のメールをいただいてから4日ほど経ちますが、まだ手元に届いておりません。
                ヤマト運輸の追跡を確認すると「持戻（ご不在）」となっており、その後の更新がありません。
                ポストに不在票も入っていなかったため、住所の記載に不備があったのではと心配しております。

                実は母の誕生日（今週末）に合わせて注文したもので、できれば土曜日までに受け取りたいと考えております。
                お手数ですが、配送状況をご確認いただけますでしょうか。
                必要であれば、こちらから直接営業所に連絡することも可能です。

                どうぞよろしくお願いいたします。

                山田 太郎
                taro.yamada@example.jp
                """),
        ]),
        DemoConversation(customer: 18, channel: .email, subject: "Order #1042 — wrong colour", status: .open, assignee: "mia", tags: ["return"], priority: 1, messages: [
            DemoMessage(kind: .customer, minutesAgo: 4300, text: """
                Hi there,

                My order #1042 arrived this morning — thank you for the gorgeous packaging! Unfortunately the
                wreath inside is the Dusty Rose one, and I ordered Sage & Cream (I've double-checked my
                confirmation email).

                It's a present for my sister's housewarming on Saturday and her whole flat is green and white,
                so I'd really love to swap it if there's any way to get the right one to me by Friday.

                Happy to send this one back, of course.

                Thanks so much,
                Emma Wilson
                """),
            DemoMessage(kind: .note, minutesAgo: 4150, text: "Checked the packing list: #1042 was picked from the wrong shelf (Dusty Rose sits right next to Sage & Cream). One Sage & Cream left — put it aside for Emma.", agent: "mia"),
            DemoMessage(kind: .agent, minutesAgo: 4100, text: """
                Hi Emma,

                I'm so sorry — that's our mistake. The two wreaths sit side by side on our shelf and we grabbed
                the wrong one. I've set aside our last Sage & Cream for you and can send it tomorrow morning with
                Yamato for Friday delivery.

                Could you confirm the delivery address is the same as on your order? And please keep the Dusty
                Rose one, no need to send it back. Maybe it'll find a home somewhere 🙂

                Mia
                Flourist
                """, agent: "mia"),
            DemoMessage(kind: .customer, minutesAgo: 1500, text: """
                Hi Mia,

                That's so kind, thank you! One change though: I'll be at the office all day Friday, so could
                it go there instead? Room 402, Karasuma Sanjō Building, Nakagyō-ku, Kyoto 604-8166.
                I don't want it stuck in redelivery over the weekend.

                > I've set aside our last Sage & Cream for you and can send it tomorrow morning with
                > Yamato for Friday delivery.

                Thanks again,
                Emma
                """),
        ]),
        DemoConversation(customer: 16, channel: .instagram, subject: "", status: .open, assignee: nil, tags: ["gift", "shipping"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 2900, text: "Hi! はじめまして😊 I live in Singapore now but I want to send a bouquet to my mom in 福岡"),
            DemoMessage(kind: .customer, minutesAgo: 2898, text: "海外のクレジットカードでも注文できますか？ And can I choose the delivery date? 誕生日が来週の水曜なんです🎂"),
            DemoMessage(kind: .customer, minutesAgo: 2895, text: "メッセージカードもお願いしたいです🙏 Japanese is fine!"),
        ]),
        DemoConversation(customer: 1, channel: .instagram, subject: "", status: .open, assignee: nil, tags: ["restock"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 1700, text: "↩ replied to your story\nこんにちは🌸 このミモザのスワッグ、もう売り切れですか？😢"),
            DemoMessage(kind: .customer, minutesAgo: 1698, text: "再入荷の予定があれば知りたいです！友達の誕生日に贈りたくて"),
        ]),
        DemoConversation(customer: 19, channel: .email, subject: "Do you ship to France?", status: .open, assignee: "mia", tags: ["shipping"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 950, text: """
                Bonjour,

                A friend brought one of your hydrangea bouquets back from Kyoto and I'm a little in love with it.

                Do you ship to France? I'd like two of the large bouquets and a small white bud vase. Could you
                tell me roughly what shipping would cost, and whether there's anything I should know about
                customs for dried flowers?

                Merci beaucoup,
                Lucas Moreau
                Lyon
                """),
        ]),
        DemoConversation(customer: 3, channel: .email, subject: "【至急】商品が破損して届きました", status: .open, assignee: "hanako", tags: ["damaged", "complaint"], priority: 1, messages: [
            DemoMessage(kind: .customer, minutesAgo: 430, text: """
                Flourist 様

                高橋です。本日届いた注文番号 #1203 の花瓶（灰釉・大）ですが、箱を開けたところ口の部分が割れていました。
                外箱に目立った傷はありませんでしたが、緩衝材が少なく、中で動いていたようです。

                取引先への贈答用で、明後日の午前中に先方へお持ちする予定でした。
                正直なところ大変困っております。
                明日中に交換品を発送していただくことは可能でしょうか。

                至急ご連絡をお願いいたします。

                高橋 健一
                """),
            DemoMessage(kind: .note, minutesAgo: 415, text: "灰釉・大は在庫2点あり。ヤマトの翌日午前着なら間に合う。返品不要で交換品を先に送る。今回から花瓶は二重箱で梱包する。", agent: "hanako"),
            DemoMessage(kind: .customer, minutesAgo: 400, text: """
                追記です。割れた状態の写真を3枚添付いたします。
                破片は箱に入れたまま保管しております。

                高橋
                """),
        ]),
        DemoConversation(customer: 14, channel: .instagram, subject: "", status: .open, assignee: nil, tags: [], messages: [
            DemoMessage(kind: .customer, minutesAgo: 180, text: "↩ replied to your story\nストーリー見ました！このリース買えますか？✨"),
            DemoMessage(kind: .customer, minutesAgo: 179, text: "ユーカリと白い小花のやつです🌿 玄関に飾りたくて"),
        ]),
        DemoConversation(customer: 2, channel: .email, subject: "領収書の発行について", status: .open, assignee: "ken", tags: ["invoice"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 2200, text: """
                Flourist ご担当者様

                いつもお世話になっております。株式会社サクラデザインの伊藤です。
                先日注文いたしました #1150（ドライフラワーブーケ M × 2点）につきまして、
                領収書を発行していただけますでしょうか。

                宛名：株式会社サクラデザイン
                但し書き：お花代として

                PDFでお送りいただけますと大変助かります。
                経理の締めが月末のため、それまでにいただけますと幸いです。

                よろしくお願いいたします。
                伊藤 さくら
                """),
        ]),
        // The subject spells "Café" and "Zoë" with combining marks (e + U+0301, e + U+0308).
        DemoConversation(customer: 20, channel: .email, subject: "Cafe\u{0301} order for Zoe\u{0308}", status: .open, assignee: "mia", tags: ["gift"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 70, text: """
                Hi Flourist,

                My friend Zoë is opening a little café in Higashiyama next Friday and I'd love to surprise her
                with an arrangement for the counter — something generous but not too fussy. She loves pale
                yellow and anything with grasses in it.

                My budget is around ¥15,000. Could it be delivered to the café on Thursday afternoon, the day
                before the opening? I'll send the address once you confirm.

                And could you add a card? Just: "Congratulations Zoë — so proud of you! J."

                Cheers,
                Jonas Becker
                """),
        ]),
        DemoConversation(customer: 4, channel: .email, subject: "交換の手続きについて（サイズ違い）", status: .open, assignee: "ken", tags: ["return"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 5200, text: """
                Flourist 様

                はじめて注文させていただきました、中村です。
                #1196 で白釉のフラワーベースをSサイズで注文したのですが、実際に置いてみると思ったより小さく、
                手持ちのドライフラワーが収まりませんでした。
                Mサイズへの交換は可能でしょうか。差額はお支払いいたします。

                中村 翔太
                """),
            DemoMessage(kind: .agent, minutesAgo: 4900, text: """
                中村 翔太 様

                お問い合わせいただきありがとうございます。Flourist の田中です。
                Mサイズへの交換、承ります。

                ・差額の 1,100円（税込）は、交換品お届けの際に代金引換でお支払いください。
                ・お手元のSサイズは、交換品に同封する着払い伝票でご返送ください（送料は当店が負担いたします）。

                お手数をおかけしますが、どうぞよろしくお願いいたします。

                Flourist 田中 健
                """, agent: "ken"),
            DemoMessage(kind: .customer, minutesAgo: 25, text: """
                田中様

                ご丁寧にありがとうございます。代金引換で問題ありません。
                交換品はいつ頃の発送になりますでしょうか。週末は不在にしているため、
                平日の夜（19時以降）に受け取れると助かります。

                > ・差額の 1,100円（税込）は、交換品お届けの際に代金引換でお支払いください。
                > ・お手元のSサイズは、交換品に同封する着払い伝票でご返送ください（送料は当店が負担いたします）。

                中村
                """),
        ]),
        DemoConversation(customer: 21, channel: .instagram, subject: "", status: .open, assignee: "mia", tags: ["gift"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 600, text: "Hi! Could you deliver a small bouquet to Osaka this Friday? It's a surprise for a friend who just moved 💐"),
            DemoMessage(kind: .agent, minutesAgo: 560, text: "Hi Olivia! Yes — if you order by Wednesday noon we can get it to Osaka on Friday 😊 Would you like a message card with it? — Mia", agent: "mia"),
            DemoMessage(kind: .customer, minutesAgo: 12, text: "Yes please!! Can the card say 「新居おめでとう！近いうちに遊びに行くね」? My handwriting in Japanese is terrible so printed is perfect 😂"),
        ]),
        DemoConversation(customer: 5, channel: .instagram, subject: "", status: .open, assignee: nil, tags: [], messages: [
            DemoMessage(kind: .customer, minutesAgo: 4, text: "届きました！！想像以上に可愛くて感動してます😭✨"),
            DemoMessage(kind: .customer, minutesAgo: 3, text: "[image]"),
            DemoMessage(kind: .customer, minutesAgo: 2, text: "さっそく玄関に飾りました🌸 また注文します！"),
        ]),
        DemoConversation(customer: 6, channel: .email, subject: "店内ディスプレイの定期契約についてのご相談", status: .open, assignee: "hanako", tags: ["wholesale", "vip"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 1300, text: """
                Flourist 佐藤様

                いつもお世話になっております。Café Tsuki の渡辺です。
                先日は納品ありがとうございました。お客様からの評判がとても良く、スタッフ一同喜んでおります。

                そこで、春からは月1回の入れ替えで、店内ディスプレイを定期的にお願いできないかと考えております。
                イメージとしては、カウンター上の大きめのアレンジ1点と、テーブル用の一輪挿し8点です。
                ご予算は月3万円前後を想定しておりますが、可能な範囲でご提案いただけますと幸いです。

                一度、定休日（水曜）にお店を見にいらしていただくことは可能でしょうか。

                ――――――――――――
                Café Tsuki 店長
                渡辺 真理
                owner@cafe-tsuki.example.jp
                ――――――――――――
                """),
        ]),
        DemoConversation(customer: 26, channel: .email, subject: "Contact form: bouquet smaller than photo \u{202E}4611# redro", status: .open, assignee: nil, tags: ["complaint", "refund"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 820, text: """
                Hi,

                I tried your contact form first but it kept mangling what I typed: after I pressed send, the order field read \u{1B}[2J\u{1B}]0;pwned\u{07} instead of my order number, so I'm emailing instead.

                Order #1164, the large Kyoto Autumn bouquet. It arrived on Tuesday and it's honestly about half
                the size of the one in the product photo. For ¥8,800 I expected a lot more. I'd like a partial
                refund, or at least to know what I was supposed to receive.

                Regards,
                Megan Price
                """),
        ]),
        DemoConversation(customer: 7, channel: .email, subject: "お歳暮用に5件まとめて発送できますか", status: .open, assignee: nil, tags: ["gift", "invoice"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 4300, text: """
                Flourist 佐藤様

                先日は配送遅延の件でご丁寧にご対応いただき、ありがとうございました。
                その際のご対応が印象に残っており、今年のお歳暮を御社にお願いできればと思いご連絡いたしました。

                ・商品：ユーカリのリース（小）× 5
                ・送り先：5件（すべて別住所、関東3件・関西2件）
                ・お届け：12月中旬ごろ
                ・お支払い：法人名義での請求書払いを希望

                送り先のリストはExcelでお送りできます。
                このような注文は可能でしょうか。また、のし（外のし・「御歳暮」）にも対応していただけますか。

                加藤 大輔
                株式会社カトウ製作所 総務部
                """),
        ]),
        DemoConversation(customer: 8, channel: .instagram, subject: "", status: .open, assignee: "ken", tags: ["shipping"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 260, text: "すみません、注文したブーケ（#1214）のお届け日時を変更したいです🙏"),
            DemoMessage(kind: .customer, minutesAgo: 258, text: "今週土曜の午前指定にしてたんですが、日曜の夜（19〜21時）に変えられますか？"),
        ]),
        DemoConversation(customer: 15, channel: .instagram, subject: "", status: .open, assignee: nil, tags: [], messages: [
            DemoMessage(kind: .customer, minutesAgo: 35, text: "はじめまして🌿 インテリアと植物のある暮らしを発信しているmikaと申します。"),
            DemoMessage(kind: .customer, minutesAgo: 34, text: "Flouristさんのスワッグがずっと気になっていて、商品をご紹介させていただくコラボのご相談ができればと思いDMしました✨ ご担当の方の連絡先を伺えますか？"),
        ]),
        DemoConversation(customer: 23, channel: .email, subject: "Refund for cancelled order #1220", status: .open, assignee: "mia", tags: ["refund"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 2600, text: """
                Hi,

                I cancelled order #1220 about an hour after placing it last week (you confirmed the
                cancellation by email, thank you), but the refund still hasn't shown up on my card.

                Could you check whether it actually went through? The charge was ¥6,380.

                Thanks,
                Ava Martin
                """),
            DemoMessage(kind: .note, minutesAgo: 2450, text: "Payment dashboard: refund for #1220 was issued the same day, ¥6,380, ref RF-20931. Card issuers can take up to 10 business days. Mia, can you let her know?", agent: "ken"),
            DemoMessage(kind: .customer, minutesAgo: 300, text: """
                Sorry, one more thing: my bank says they need a refund reference number to trace it.
                If you have one, that would be great.

                Ava
                """),
        ]),
        DemoConversation(customer: 11, channel: .email, subject: "Re: 【Flourist】ご注文ありがとうございます", status: .open, assignee: nil, tags: [], messages: [
            DemoMessage(kind: .agent, minutesAgo: 3000, text: """
                清水 あゆみ 様

                この度は Flourist をご利用いただき、誠にありがとうございます。
                ご注文番号 #1231（スワッグ「冬の森」× 1）を承りました。

                発送準備が整い次第、追跡番号をメールでお知らせいたします。
                お届けまで今しばらくお待ちくださいませ。

                Flourist 佐藤 花子
                """, agent: "hanako"),
            DemoMessage(kind: .customer, minutesAgo: 140, text: """
                佐藤様

                ご連絡ありがとうございます。
                ひとつお詫びがあります。注文時に配送先の部屋番号を入れ忘れてしまいました…。
                「グランメゾン北白川 305号室」と追記していただくことは可能でしょうか。

                お手数をおかけして申し訳ありません。

                清水 あゆみ

                > ご注文番号 #1231（スワッグ「冬の森」× 1）を承りました。
                > 発送準備が整い次第、追跡番号をメールでお知らせいたします。
                """),
        ]),
        DemoConversation(customer: 25, channel: .instagram, subject: "", status: .open, assignee: nil, tags: ["shipping"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 480, text: "Hi from Hong Kong 👋 Do you ship here? 香港に送れますか？"),
            DemoMessage(kind: .customer, minutesAgo: 478, text: "Thinking of the big eucalyptus wreath for Christmas 🎄"),
        ]),

        // ── Pending: the shop replied, waiting on the customer ─────────────────────────────────────
        DemoConversation(customer: 18, channel: .instagram, subject: "", status: .pending, assignee: "mia", tags: [], messages: [
            DemoMessage(kind: .customer, minutesAgo: 6000, text: "Quick q — is the big speckled vase from your latest post food-safe? Want to use it for kitchen herbs 🌿"),
            DemoMessage(kind: .agent, minutesAgo: 5900, text: "Hi Emma! It's glazed inside so water is totally fine, but it isn't certified food-safe — best for display rather than anything you'll eat 😊 Only 3 left, want me to hold one for you? — Mia", agent: "mia"),
        ]),
        DemoConversation(customer: 1, channel: .email, subject: "ご注文 #1176 のラッピングについて", status: .pending, assignee: "ken", tags: ["gift"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 3300, text: """
                Flourist 様

                お世話になっております。鈴木です。
                先ほど #1176 を注文したのですが、ギフトラッピングの色を選び忘れてしまいました。
                友人への誕生日プレゼントなので、ラッピングをお願いしたいです。

                鈴木 美咲
                """),
            DemoMessage(kind: .agent, minutesAgo: 3100, text: """
                鈴木 美咲 様

                ご連絡ありがとうございます。Flourist の田中です。
                ラッピングは以下の3色からお選びいただけます。

                ・生成り（リボン：白）
                ・くすみピンク（リボン：ベージュ）
                ・グレー（リボン：黒）

                メッセージカード（無料）もお付けできますので、ご希望の文面があればお書き添えください。印字してお入れいたします。
                ご返信をいただいてからの発送となりますので、あらかじめご了承くださいませ。

                Flourist 田中 健
                """, agent: "ken"),
        ]),
        DemoConversation(customer: 22, channel: .email, subject: "Wholesale enquiry", status: .pending, assignee: "mia", tags: ["wholesale"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 12000, text: """
                Hello,

                I run a small gift shop in Bath and would love to stock your dried-flower gift sets — our
                customers go mad for anything Japanese and handmade. Do you have a trade price list, and
                what are your minimums?

                Best wishes,
                Noah Davies
                """),
            DemoMessage(kind: .agent, minutesAgo: 11000, text: """
                Hi Noah,

                Thank you for thinking of us! Our trade sheet is attached. The minimum order is 20 sets, and
                EMS to the UK usually takes about a week.

                Let me know which sets you like and I'll put together a quote.

                Best,
                Mia Clarke
                Flourist
                """, agent: "mia"),
            DemoMessage(kind: .customer, minutesAgo: 9100, text: """
                Thanks Mia, that's really helpful. Could we mix the 20 across three designs (the Kyoto Autumn,
                the white bud vase set and the mini swag)? And do you have product photos we could use online?

                Noah
                """),
            DemoMessage(kind: .agent, minutesAgo: 8800, text: """
                Hi Noah,

                Mixing across three designs is no problem. I've attached a quote for 7 / 7 / 6 including EMS,
                and a link to our photo folder — you're welcome to use those on your site and social.

                If the quote works for you, just reply and I'll reserve the stock for two weeks.

                Best,
                Mia
                """, agent: "mia"),
        ]),
        DemoConversation(customer: 17, channel: .email, subject: "【ご相談】春の結婚式でウェルカムスペースに飾るスワッグとリースの制作について", status: .pending, assignee: "hanako", tags: ["gift"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 7800, text: """
                Flourist ご担当者様

                はじめまして、藤田と申します。
                春に京都市内で結婚式を挙げる予定で、ウェルカムスペースの装飾をお願いできないかと思いご連絡しました。

                ・スワッグ 3点（壁掛け用）
                ・ウェルカムボードに添えるリース 1点
                ・色味：白とグリーンを中心に、少しだけ淡い黄色を入れたい

                式のあとは自宅に飾りたいので、長く楽しめるドライフラワーでお願いしたいと考えています。
                このようなオーダーは可能でしょうか。おおよそのお見積もりもいただけますと嬉しいです。

                藤田 奈々
                """),
            DemoMessage(kind: .agent, minutesAgo: 7500, text: """
                藤田 奈々 様

                この度はご結婚おめでとうございます。Flourist の佐藤です。
                ウェルカムスペースの装飾、ぜひお手伝いさせてください。

                白とグリーンに淡い黄色、とても素敵な組み合わせですね。ミモザやラグラス、ユーカリなどでお作りできます。
                おおよそのお見積もりは、スワッグ3点とリース1点で 38,000〜45,000円（税込）を想定しております。

                より具体的にご提案するために、以下を教えていただけますでしょうか。
                ・挙式日と会場（会場への直接配送も可能です）
                ・スワッグの大きさのご希望（壁の幅などがわかれば）

                ご提案の前に、色味のサンプル写真をお送りすることもできます。

                Flourist 佐藤 花子
                """, agent: "hanako"),
        ]),
        DemoConversation(customer: 9, channel: .email, subject: "お歳暮の配送日指定について", status: .pending, assignee: "ken", tags: ["shipping", "gift"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 4000, text: """
                Flourist 様

                井上と申します。
                お歳暮として、義母にリース（中）を贈りたいと思っております。
                義母は日中不在のことが多いため、20日前後に、できれば夕方以降に届くよう指定することはできますでしょうか。
                また、のしをお願いすることは可能でしょうか。

                井上 恵子
                """),
            DemoMessage(kind: .agent, minutesAgo: 3800, text: """
                井上 恵子 様

                お問い合わせいただきありがとうございます。Flourist の田中です。
                ご希望の日付でのお届け、承ります。
                時間帯は「18〜20時」「19〜21時」からお選びいただけますが、いずれがよろしいでしょうか。

                のしは「御歳暮」の外のしでお付けいたします。お名前の表記（例：井上）もあわせてお知らせください。

                Flourist 田中 健
                """, agent: "ken"),
        ]),
        DemoConversation(customer: 24, channel: .email, subject: "Gift note wording for #1240", status: .pending, assignee: "mia", tags: ["gift"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 2500, text: """
                Hi,

                For order #1240 (the gift set going to my mum in Yokohama), could the card say:
                "Happy 60th, Mum — love from all of us in Manchester"?

                Thanks!
                Liam
                """),
            DemoMessage(kind: .agent, minutesAgo: 2400, text: """
                Hi Liam,

                Of course! Just to confirm before we print it:

                  Happy 60th, Mum — love from all of us in Manchester

                Reply "yes" and it's done. Would you like a Japanese line underneath too, like 「還暦おめでとう」?
                Your mum might enjoy that.

                Mia
                """, agent: "mia"),
        ]),
        DemoConversation(customer: 12, channel: .instagram, subject: "", status: .pending, assignee: "ken", tags: ["restock"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 7600, text: "こんにちは。白釉の一輪挿しの色違い（黒っぽいもの）ってありますか？"),
            DemoMessage(kind: .agent, minutesAgo: 7400, text: "お問い合わせありがとうございます！窯元に確認したところ、鉄釉（黒茶）のものが来週再入荷予定です😊 1点お取り置きしておきますね。入荷したらこちらでお知らせしてもよろしいですか？ 田中", agent: "ken"),
        ]),
        DemoConversation(customer: 2, channel: .instagram, subject: "", status: .pending, assignee: "hanako", tags: ["vip"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 9800, text: "いつも素敵なお花をありがとうございます🌸 オフィスの受付用に、直径40cmくらいの大きめのリースってお願いできますか？"),
            DemoMessage(kind: .agent, minutesAgo: 9700, text: "伊藤さま、いつもありがとうございます！40cm、お作りできます✨ グリーン系・白系・秋色のどれがイメージに近いですか？過去の作品の写真もお送りしますね。佐藤", agent: "hanako"),
            DemoMessage(kind: .agent, minutesAgo: 9690, text: "[image]", agent: "hanako"),
        ]),

        // ── Closed ─────────────────────────────────────────────────────────────────────────────────
        DemoConversation(customer: 0, channel: .instagram, subject: "", status: .closed, assignee: "hanako", tags: [], messages: [
            DemoMessage(kind: .customer, minutesAgo: 16000, text: "こんにちは！母の日に贈ったブーケ、半年経ってもまだきれいに飾ってくれてます💐"),
            DemoMessage(kind: .customer, minutesAgo: 15998, text: "[image]"),
            DemoMessage(kind: .agent, minutesAgo: 15900, text: "わぁ、嬉しいです…！お母さまのお部屋にすっかり馴染んでいますね✨ よろしければストーリーでご紹介してもいいですか？ 佐藤", agent: "hanako"),
            DemoMessage(kind: .customer, minutesAgo: 15850, text: "もちろんです！母も喜ぶと思います😊"),
            DemoMessage(kind: .agent, minutesAgo: 15800, text: "ありがとうございます🌸 お母さまにもよろしくお伝えください！", agent: "hanako"),
        ]),
        DemoConversation(customer: 3, channel: .email, subject: "法人名義での請求書払いについて", status: .closed, assignee: "hanako", tags: ["invoice"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 25000, text: """
                Flourist 様

                高橋と申します。会社の来客スペース用に花瓶とブーケを購入したいと考えております。
                法人名義での請求書払い（月末締め・翌月末払い）は可能でしょうか。

                高橋 健一
                """),
            DemoMessage(kind: .agent, minutesAgo: 24800, text: """
                高橋 健一 様

                お問い合わせいただきありがとうございます。Flourist の佐藤です。
                法人様の請求書払い、月末締め・翌月末払いで対応しております。
                初回のみ、会社名・ご担当者様のお名前・ご住所をお知らせいただけますでしょうか。

                Flourist 佐藤 花子
                """, agent: "hanako"),
            DemoMessage(kind: .customer, minutesAgo: 24000, text: """
                佐藤様

                承知いたしました。別途、注文フォームの備考欄に会社情報を記載いたしました。
                よろしくお願いいたします。

                高橋
                """),
        ]),
        DemoConversation(customer: 21, channel: .email, subject: "Thank you so much!", status: .closed, assignee: "mia", tags: [], messages: [
            DemoMessage(kind: .customer, minutesAgo: 20000, text: """
                Hi Flourist team,

                Just wanted to say the wreath arrived in perfect condition and my host family absolutely loved
                it. My host mum has already hung it by the genkan and sent photos to half of Kobe.

                Thank you so much!
                Olivia
                """),
            DemoMessage(kind: .agent, minutesAgo: 19900, text: """
                Hi Olivia,

                That made our whole day — thank you for telling us! Please say hello to your host family from
                all of us in Kyoto.

                Mia
                """, agent: "mia"),
        ]),
        DemoConversation(customer: 6, channel: .instagram, subject: "", status: .closed, assignee: "hanako", tags: ["vip"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 18000, text: "先日は納品ありがとうございました！さっそくお客様に「このお花どこで買えますか？」って聞かれました☕️🌾"),
            DemoMessage(kind: .agent, minutesAgo: 17900, text: "本当ですか、嬉しいです！ショップカードを少し多めにお送りしますね。いつもありがとうございます🌿 佐藤", agent: "hanako"),
            DemoMessage(kind: .customer, minutesAgo: 17850, text: "助かります〜！よろしくお願いします🙏"),
        ]),
        DemoConversation(customer: 8, channel: .email, subject: "返品・交換のお願い", status: .closed, assignee: "ken", tags: ["return", "damaged"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 16500, text: """
                Flourist 様

                吉田と申します。昨日届いたブーケ（#1121）ですが、中のスターチスが何本か根元から折れていました。
                写真を添付いたします。交換していただくことは可能でしょうか。

                吉田 結衣
                """),
            DemoMessage(kind: .agent, minutesAgo: 16420, text: """
                吉田 結衣 様

                この度はご迷惑をおかけし、大変申し訳ございません。Flourist の田中です。
                写真を拝見しました。本日、代わりのブーケをヤマト運輸で発送いたしました（明日午前着の予定です）。
                お手元のブーケはご返送いただかなくて大丈夫です。

                今後このようなことがないよう、梱包を見直してまいります。

                Flourist 田中 健
                """, agent: "ken"),
            DemoMessage(kind: .note, minutesAgo: 15000, text: "ヤマトに確認済み。不在のため営業所保管中→明日午前に再配達を依頼。", agent: "ken"),
            DemoMessage(kind: .customer, minutesAgo: 13000, text: """
                田中様

                新しいブーケ、無事に届きました。とても丁寧に梱包していただいて、折れもありませんでした。
                迅速にご対応いただき、ありがとうございました。

                吉田
                """),
        ]),
        DemoConversation(customer: 10, channel: .instagram, subject: "", status: .closed, assignee: "mia", tags: [], messages: [
            DemoMessage(kind: .customer, minutesAgo: 14000, text: "Hi! Do you have a physical shop in Kyoto? I'm visiting next week and would love to see your things in person ✨"),
            DemoMessage(kind: .agent, minutesAgo: 13950, text: "Hi Sophie! We're online-only, but we have a stall at the craft market in Okazaki on the second Saturday of the month — come say hi! 🌾 — Mia", agent: "mia"),
            DemoMessage(kind: .customer, minutesAgo: 13800, text: "Perfect, that's exactly when I'm there! See you Saturday 🙌"),
        ]),
        DemoConversation(customer: 13, channel: .instagram, subject: "", status: .closed, assignee: "hanako", tags: ["wholesale"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 22000, text: "突然のDM失礼します。京都で撮影スタジオをしている木村です。撮影の小物として、ドライフラワーを1週間ほどお借りすることはできますか？"),
            DemoMessage(kind: .agent, minutesAgo: 21900, text: "木村さま、ご連絡ありがとうございます！レンタルは行っていないのですが、撮影用のセットを特別価格でご用意することはできます。詳細をお送りしてもよろしいでしょうか？ 佐藤", agent: "hanako"),
            DemoMessage(kind: .customer, minutesAgo: 21000, text: "ありがとうございます！今回は見送りますが、また次の撮影のときにご相談させてください🙇‍♀️"),
        ]),
        DemoConversation(customer: 24, channel: .email, subject: "Where is my order? (#1188)", status: .closed, assignee: "mia", tags: ["shipping"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 11000, text: """
                Hi,

                Any update on #1188? The tracking hasn't moved in four days — it just says it left Japan.

                Thanks,
                Liam Brown
                """),
            DemoMessage(kind: .note, minutesAgo: 10900, text: "Checked with 日本郵便 (EMS): parcel held at UK customs for a routine plant-material check. Released this morning.", agent: "mia"),
            DemoMessage(kind: .agent, minutesAgo: 10850, text: """
                Hi Liam,

                Sorry for the wait! The parcel was held at UK customs for a routine check on plant material —
                that happens now and then with dried flowers. It was released this morning, so it should reach
                you in one or two days.

                Mia
                Flourist
                """, agent: "mia"),
            DemoMessage(kind: .customer, minutesAgo: 8000, text: "It arrived this morning and it's perfect. Thanks for chasing it!\n\nLiam"),
        ]),
        DemoConversation(customer: 25, channel: .email, subject: "Custom colour order", status: .closed, assignee: "mia", tags: ["vip"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 26000, text: """
                Hi Mia,

                Could you make the Kyoto Autumn bouquet with only cream and burgundy flowers? It's for my
                parents' anniversary and those are their wedding colours.

                謝謝!
                Grace
                """),
            DemoMessage(kind: .agent, minutesAgo: 25800, text: """
                Hi Grace,

                What a lovely idea — yes, we can! The burgundy amaranthus needs about three extra days to dry,
                so it would ship next Thursday. I'll send you a photo before we wrap it.

                Mia
                """, agent: "mia"),
            DemoMessage(kind: .customer, minutesAgo: 25000, text: "Perfect, please go ahead. Thursday is fine!"),
            DemoMessage(kind: .agent, minutesAgo: 21500, text: "Here it is before wrapping — shipping today by EMS 😊\n\n[photo attached]\n\nMia", agent: "mia"),
            DemoMessage(kind: .customer, minutesAgo: 21300, text: "It's beautiful!! My mum is going to cry. Thank you 💐"),
        ]),
        DemoConversation(customer: 0, channel: .email, subject: "ドライフラワーのお手入れ方法について", status: .closed, assignee: "hanako", tags: [], messages: [
            DemoMessage(kind: .customer, minutesAgo: 40000, text: """
                Flourist 様

                先日ブーケを購入した山田です。
                ドライフラワーは初めてなのですが、どのくらい持つものでしょうか。
                飾る場所で気をつけることがあれば教えてください。

                山田 太郎
                """),
            DemoMessage(kind: .agent, minutesAgo: 39800, text: """
                山田 太郎 様

                お問い合わせいただきありがとうございます。Flourist の佐藤です。
                直射日光と湿気を避けていただければ、半年〜1年ほど楽しんでいただけます。
                ほこりが気になったときは、ドライヤーの冷風を少し離れたところから当ててください。

                ほかにも気になることがあれば、いつでもお気軽にどうぞ。

                Flourist 佐藤 花子
                """, agent: "hanako"),
            DemoMessage(kind: .customer, minutesAgo: 39500, text: "ご丁寧にありがとうございます。大切に飾ります。\n\n山田"),
        ]),
        DemoConversation(customer: 11, channel: .instagram, subject: "", status: .closed, assignee: "ken", tags: [], messages: [
            DemoMessage(kind: .customer, minutesAgo: 3200, text: "インスタライブで紹介されてたスワッグ、まだ買えますか？😳"),
            DemoMessage(kind: .agent, minutesAgo: 3150, text: "ご覧いただきありがとうございます！「冬の森」ですね、残り2点です🌲 ショップのトップページから購入できます✨ 田中", agent: "ken"),
            DemoMessage(kind: .customer, minutesAgo: 3080, text: "買えました！届くの楽しみです😊"),
        ]),
        DemoConversation(customer: 7, channel: .email, subject: "注文した商品がまだ届きません", status: .closed, assignee: "hanako", tags: ["shipping", "complaint", "refund"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 30500, text: """
                Flourist 様

                注文番号 #1102 ですが、お届け予定日を3日過ぎても届いておりません。
                先方にはすでに到着すると伝えてしまっており、大変困っています。
                どうなっているのか、至急ご確認ください。

                加藤 大輔
                """),
            DemoMessage(kind: .note, minutesAgo: 30400, text: "佐川急便に確認。中継センターで誤仕分け、明日午前に配達とのこと。送料880円を返金して対応。", agent: "hanako"),
            DemoMessage(kind: .agent, minutesAgo: 30350, text: """
                加藤 大輔 様

                この度はお届けが遅れ、大変ご迷惑をおかけしております。Flourist の佐藤です。
                佐川急便に確認いたしましたところ、中継センターでの仕分けに誤りがあり、
                明日の午前中にお届けできるとのことでした。

                お詫びとして、送料（880円）をご返金させていただきます。
                先方様にもご迷惑をおかけし、誠に申し訳ございません。

                Flourist 佐藤 花子
                """, agent: "hanako"),
            DemoMessage(kind: .customer, minutesAgo: 29000, text: """
                佐藤様

                本日午前、無事に届いたと先方から連絡がありました。
                迅速にご対応いただき、ありがとうございました。送料の件もお気遣い感謝いたします。

                加藤
                """),
        ]),
    ]
}
