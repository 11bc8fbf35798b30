// The demo shop: Flourist (フローリスト), a small Kyoto shop selling dried-flower bouquets, wreaths,
// ceramic vases and gift sets. Agents: hanako (the owner), ken, mia (English customers).
// Everything here is invented.
enum DemoContent {
    static let customers: [DemoCustomer] = [
        DemoCustomer(name: "山田 太郎", email: "taro.yamada@example.jp", instagram: "taro_yamada88"),          // 0
        DemoCustomer(name: "Emma Wilson", email: "emma.wilson@example.com", instagram: "emmaw.makes"),       // 1
        DemoCustomer(name: "Sato 花子", email: "hanako.sato@mail.example.co.jp", instagram: nil),           // 2
        DemoCustomer(name: "鈴木 美咲", email: "misaki.s@example.jp", instagram: "misaki_flowerlife"),        // 3
        DemoCustomer(name: "Lucas Moreau", email: "lucas@example.net", instagram: nil),                    // 4
        DemoCustomer(name: "高橋 健一", email: "k.takahashi@example.co.jp", instagram: nil),                 // 5
        DemoCustomer(name: "yui.hygge", email: nil, instagram: "yui.hygge"),                                // 6
        DemoCustomer(name: "伊藤 さくら", email: "sakura.ito@example.jp", instagram: "sakura_ito_home"),      // 7
        DemoCustomer(name: "Zoë Keller", email: "zoe.keller@example.com", instagram: nil),                 // 8
        DemoCustomer(name: "中村 翔太", email: "shota.nakamura@example.jp", instagram: nil),                // 9
        DemoCustomer(name: "Olivia Taylor", email: "olivia.t@example.com", instagram: "olivia.in.osaka"),  // 10
        DemoCustomer(name: "小林 陽菜", email: nil, instagram: "hina_kobayashi_"),                           // 11
        DemoCustomer(name: "Café Tsuki 店長 渡辺", email: "owner@cafe-tsuki.example.jp", instagram: "cafe_tsuki_kyoto"), // 12
        DemoCustomer(name: "Mallory Price", email: "mallory@example.org", instagram: nil),                 // 13
        DemoCustomer(name: "加藤 大輔", email: "daisuke.kato@example.jp", instagram: nil),                   // 14
        DemoCustomer(name: "Noah Davies", email: "noah.davies@example.co.uk", instagram: nil),             // 15
        DemoCustomer(name: "吉田 結衣", email: "yui.yoshida@example.jp", instagram: "yuiyoshida_daily"),     // 16
        DemoCustomer(name: "mika🌿", email: nil, instagram: "mika.green.room"),                             // 17
        DemoCustomer(name: "井上 恵子", email: "keiko.inoue@example.ne.jp", instagram: nil),                 // 18
        DemoCustomer(name: "Ava Martin", email: "ava.martin@example.com", instagram: nil),                 // 19
        DemoCustomer(name: "松本 蓮", email: nil, instagram: "ren_matsumoto"),                              // 20
        DemoCustomer(name: "Studio Hana 木村", email: "kimura@studio-hana.example.jp", instagram: nil),      // 21
        DemoCustomer(name: "清水 あゆみ", email: "ayumi.shimizu@example.jp", instagram: "ayumi_shimizu_"),   // 22
        DemoCustomer(name: "Liam Brown", email: "liam.brown@example.com", instagram: nil),                 // 23
        DemoCustomer(name: "森 千尋", email: "chihiro.mori@example.jp", instagram: nil),                     // 24
        DemoCustomer(name: "Grace Lee 李", email: "grace.lee@example.hk", instagram: "gracelee.hk"),        // 25
    ]

    static let conversations: [DemoConversation] = [
        // ── Open: waiting on us, oldest waits first in the list ─────────────────────────────────
        DemoConversation(customer: 0, channel: .email, subject: "ご注文 #1187 の配送状況について", status: .open, assignee: nil, tags: ["shipping"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 7000, text: """
                Flourist ご担当者様

                お世話になっております。山田と申します。
                11月15日に注文しました #1187（ドライフラワーブーケ M サイズ）ですが、
                発送のご連絡から5日経ってもまだ届いておりません。
                追跡番号で調べると「持戻」となっていて、その後の更新がありません。

                母の誕生日に間に合わせたいので、お手数ですが状況をご確認いただけますでしょうか。

                山田 太郎
                """),
        ]),
        DemoConversation(customer: 1, channel: .email, subject: "Order #1042 — wrong colour", status: .open, assignee: "mia", tags: ["return"], priority: 1, messages: [
            DemoMessage(kind: .customer, minutesAgo: 4300, text: """
                Hi there,

                My order #1042 arrived today (thank you for the lovely packaging!) but the wreath is the
                "dusty rose" one, and I ordered "sage & cream". It's for my sister's housewarming on Saturday.

                Could you swap it? Happy to send this one back.

                Thanks,
                Emma
                """),
            DemoMessage(kind: .note, minutesAgo: 4200, text: "Checked the picking list: #1042 was packed from the wrong shelf. We have sage & cream in stock. — Mia", agent: "mia"),
            DemoMessage(kind: .customer, minutesAgo: 1500, text: """
                Hello again — just checking whether you got my message about #1042? Saturday is getting close.

                Emma
                """),
        ]),
        DemoConversation(customer: 2, channel: .email, subject: "ギフト包装とメッセージカードは可能ですか？", status: .open, assignee: nil, tags: ["gift"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 2900, text: """
                はじめまして。佐藤と申します。
                会社の上司の退職祝いに、陶器の花瓶とミニブーケのセットを贈りたいと考えています。
                ギフト包装と、メッセージカード（手書きでなくても構いません）は対応していただけますか？
                のし紙は不要です。12月5日必着で、京都市内への配送を希望しています。
                よろしくお願いいたします。
                """),
        ]),
        DemoConversation(customer: 3, channel: .instagram, subject: "", status: .open, assignee: nil, tags: ["restock"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 1700, text: "こんにちは🌸 ストーリーの白いミモザのスワッグ、もう再入荷の予定はありますか？"),
            DemoMessage(kind: .customer, minutesAgo: 1690, text: "母の誕生日が12月なので、それまでに欲しいです🙏"),
        ]),
        DemoConversation(customer: 4, channel: .email, subject: "Shipping to France?", status: .open, assignee: "mia", tags: ["shipping"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 950, text: """
                Bonjour,

                I saw your dried hydrangea bouquets on Instagram. Do you ship to France, and roughly how much would
                shipping cost for one large bouquet? I'd love to order two before Christmas.

                Merci,
                Lucas Moreau
                """),
        ]),
        DemoConversation(customer: 5, channel: .email, subject: "【至急】商品が破損して届きました", status: .open, assignee: "hanako", tags: ["damaged", "complaint"], priority: 1, messages: [
            DemoMessage(kind: .customer, minutesAgo: 400, text: """
                高橋です。本日届いた注文番号 #1203 の花瓶（灰釉・大）が、箱を開けたら割れていました。
                写真を添付します。緩衝材が少なかったように見えます。
                贈答用で明後日に必要だったので、正直とても困っています。
                交換品を明日中に発送していただくことは可能でしょうか。至急ご連絡ください。
                """),
            DemoMessage(kind: .note, minutesAgo: 380, text: "灰釉・大は在庫2点あり。ヤマトの翌日午前便なら間に合う。返金ではなく交換で提案する。", agent: "hanako"),
        ]),
        DemoConversation(customer: 6, channel: .instagram, subject: "", status: .open, assignee: nil, tags: [], messages: [
            DemoMessage(kind: .customer, minutesAgo: 180, text: "ストーリー見ました！このリース買えますか？✨"),
        ]),
        DemoConversation(customer: 7, channel: .email, subject: "領収書の発行について", status: .open, assignee: "ken", tags: ["invoice"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 2200, text: """
                お世話になっております。伊藤です。
                先日購入した #1150 について、宛名「株式会社サクラデザイン」で領収書をPDFで発行していただけますでしょうか。
                但し書きは「お花代として」でお願いいたします。
                """),
        ]),
        DemoConversation(customer: 8, channel: .email, subject: "Café order for Zoë", status: .open, assignee: nil, tags: ["wholesale"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 70, text: """
                Hi Flourist team,

                I'm opening a small café in Kyoto (Higashiyama) in January and would love your dried arrangements on
                every table — about 12 small vases plus one large piece for the counter. Do you do trade prices,
                and could we refresh the flowers every two months?

                Best,
                Zoë Keller
                """),
        ]),
        DemoConversation(customer: 9, channel: .email, subject: "交換の手続きについて（サイズ違い）", status: .open, assignee: "ken", tags: ["return"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 5200, text: "フラワーベースをSサイズで注文したのですが、Mサイズに交換できますか？差額はお支払いします。\n中村"),
            DemoMessage(kind: .agent, minutesAgo: 4900, text: """
                中村様

                お問い合わせいただきありがとうございます。Flourist の田中です。
                Mサイズへの交換、承ります。差額の1,100円は交換品のお届け時に代金引換でお願いできますでしょうか。
                お手元のSサイズは、同封の返送用伝票でご返送ください（送料は当店負担です）。

                田中 健
                """, agent: "ken"),
            DemoMessage(kind: .customer, minutesAgo: 25, text: """
                田中様

                ご丁寧にありがとうございます。代金引換で大丈夫です。
                返送は明日コンビニから出します。よろしくお願いいたします。

                > Mサイズへの交換、承ります。差額の1,100円は交換品のお届け時に代金引換でお願いできますでしょうか。

                中村 翔太
                """),
        ]),
        DemoConversation(customer: 10, channel: .instagram, subject: "", status: .open, assignee: "mia", tags: ["gift"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 600, text: "Hi! Could you deliver a small bouquet to Osaka this Friday? It's a surprise for my friend 💐"),
            DemoMessage(kind: .agent, minutesAgo: 560, text: "Hi Olivia! Yes, Friday delivery to Osaka works if you order by Wednesday noon 😊 Would you like a message card? — Mia", agent: "mia"),
            DemoMessage(kind: .customer, minutesAgo: 12, text: "Yes please! The card should say 「おめでとう、新しいお家！」 Can I pay by bank transfer?"),
        ]),
        DemoConversation(customer: 11, channel: .instagram, subject: "", status: .open, assignee: nil, tags: [], messages: [
            DemoMessage(kind: .customer, minutesAgo: 4, text: "届きました！想像以上に可愛くて感動してます😭 玄関に飾りました"),
        ]),
        DemoConversation(customer: 12, channel: .email, subject: "店舗用ディスプレイの定期契約のご相談", status: .open, assignee: "hanako", tags: ["wholesale", "vip"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 1300, text: """
                Flourist 佐藤様

                いつもお世話になっております。Café Tsuki の渡辺です。
                春からの店内ディスプレイについて、月1回の入れ替えで定期契約をお願いできないかと考えております。
                カウンター上の大きめのアレンジ1点と、テーブル用の小瓶8点のイメージです。
                ご予算は月3万円前後で考えておりますが、可能な範囲でご提案いただけますと幸いです。

                一度お店にお越しいただくことは可能でしょうか。

                ――――――――――
                Café Tsuki 店長
                渡辺 真理
                """),
        ]),
        DemoConversation(customer: 13, channel: .email, subject: "Complaint about my order \u{202E}fdp.eciovni", status: .open, assignee: nil, tags: ["complaint"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 820, text: "Hello, I pasted this from your order form and it looks weird: Order ref \u{1B}[2J\u{1B}]0;pwned\u{07}#1099 — the bouquet was smaller than in the photo. I'd like a partial refund please.\n\nMallory"),
        ]),
        DemoConversation(customer: 14, channel: .email, subject: "お歳暮用に5件まとめて発送できますか", status: .open, assignee: nil, tags: ["gift"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 3100, text: """
                加藤と申します。お歳暮としてリース（小）を5件、それぞれ別の住所へ送りたいと考えています。
                送り先のリストはExcelでお送りすることもできます。12月15日頃の到着でお願いできますか。
                法人名義での請求書払いは可能でしょうか。
                """),
        ]),
        DemoConversation(customer: 16, channel: .instagram, subject: "", status: .open, assignee: "ken", tags: ["shipping"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 260, text: "注文したブーケ、日時指定を変えたいです！12/3の午前→12/4の夜にできますか？"),
        ]),
        DemoConversation(customer: 17, channel: .instagram, subject: "", status: .open, assignee: nil, tags: [], messages: [
            DemoMessage(kind: .customer, minutesAgo: 35, text: "はじめまして🌿 インテリア系のアカウントをやっています。コラボ（商品紹介）のご相談をしたいのですが、どちらにご連絡すればよいですか？"),
        ]),
        DemoConversation(customer: 19, channel: .email, subject: "Refund for cancelled order #1220", status: .open, assignee: "mia", tags: ["refund"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 2600, text: "Hi, I cancelled #1220 within an hour of ordering (you confirmed by email) but the refund hasn't reached my card yet. Could you check? Thanks, Ava"),
        ]),
        DemoConversation(customer: 22, channel: .email, subject: "Re: 【Flourist】ご注文ありがとうございます", status: .open, assignee: nil, tags: [], messages: [
            DemoMessage(kind: .agent, minutesAgo: 3000, text: "清水 あゆみ 様\n\nこの度はご注文いただきありがとうございます。ご注文番号 #1231 を承りました。\n発送準備が整い次第、追跡番号をお知らせいたします。\n\nFlourist 佐藤 花子", agent: "hanako"),
            DemoMessage(kind: .customer, minutesAgo: 140, text: """
                ご連絡ありがとうございます。
                一点だけ、配送先の部屋番号が抜けていました。「305号室」を追記していただけますか。
                お手数をおかけしてすみません。

                > この度はご注文いただきありがとうございます。ご注文番号 #1231 を承りました。

                清水
                """),
        ]),
        DemoConversation(customer: 25, channel: .instagram, subject: "", status: .open, assignee: nil, tags: ["shipping"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 480, text: "Hi from Hong Kong 👋 do you ship there? 香港に送れますか？"),
        ]),

        // ── Pending: we answered, waiting on the customer ───────────────────────────────────────
        DemoConversation(customer: 0, channel: .instagram, subject: "", status: .pending, assignee: "hanako", tags: [], messages: [
            DemoMessage(kind: .customer, minutesAgo: 9000, text: "先日のブーケ、母がすごく喜んでました！写真送りますね📷"),
            DemoMessage(kind: .agent, minutesAgo: 8950, text: "わあ、嬉しいです！ぜひ写真見せてください🌸 ストーリーでご紹介してもよろしいですか？ — 佐藤", agent: "hanako"),
        ]),
        DemoConversation(customer: 1, channel: .instagram, subject: "", status: .pending, assignee: "mia", tags: [], messages: [
            DemoMessage(kind: .customer, minutesAgo: 6000, text: "Is the big ceramic vase in your latest post food-safe? Want to use it for a kitchen herb bunch 🌿"),
            DemoMessage(kind: .agent, minutesAgo: 5800, text: "Hi Emma! It's glazed inside, so water is fine, but it isn't certified food-safe — we'd say flowers and herbs for display only 😊 — Mia", agent: "mia"),
        ]),
        DemoConversation(customer: 3, channel: .email, subject: "ご注文内容の確認（#1176）", status: .pending, assignee: "ken", tags: [], messages: [
            DemoMessage(kind: .customer, minutesAgo: 3300, text: "注文 #1176 で、ラッピングの色を選び忘れてしまいました。"),
            DemoMessage(kind: .agent, minutesAgo: 3100, text: "鈴木 美咲 様\n\nご連絡ありがとうございます。ラッピングは「生成り」「くすみピンク」「グレー」からお選びいただけます。\nご希望の色をお知らせいただけますでしょうか。\n\n田中 健", agent: "ken"),
        ]),
        DemoConversation(customer: 15, channel: .email, subject: "Wholesale enquiry", status: .pending, assignee: "mia", tags: ["wholesale"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 12000, text: "Hello, I run a small gift shop in Bath and would love to stock your dried-flower gift sets. Do you have a trade price list?\n\nNoah Davies"),
            DemoMessage(kind: .agent, minutesAgo: 11000, text: "Hi Noah,\n\nThank you for thinking of us! I've attached our trade sheet. Minimum order is 20 sets; shipping to the UK takes about a week by EMS.\nLet me know which sets you like and I'll put together a quote.\n\nBest,\nMia Clarke\nFlourist", agent: "mia"),
        ]),
        DemoConversation(customer: 7, channel: .instagram, subject: "", status: .pending, assignee: "hanako", tags: ["gift"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 2000, text: "結婚式のウェルカムスペース用に、大きめのスワッグを3つお願いできますか？"),
            DemoMessage(kind: .agent, minutesAgo: 1900, text: "おめでとうございます！🎉 3点ご用意できます。色のイメージ（白・グリーン系など）と、お届け日を教えていただけますか？ — 佐藤", agent: "hanako"),
        ]),
        DemoConversation(customer: 18, channel: .email, subject: "配送日の指定について", status: .pending, assignee: "ken", tags: ["shipping"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 4000, text: "井上です。注文したリースを12月20日に届くようにしていただくことはできますか。"),
            DemoMessage(kind: .agent, minutesAgo: 3800, text: "井上 恵子 様\n\nお問い合わせありがとうございます。12月20日着で手配可能です。時間帯のご希望（午前・14-16時・16-18時・18-20時・19-21時）はございますか。\n\n田中 健", agent: "ken"),
        ]),
        DemoConversation(customer: 23, channel: .email, subject: "Gift note wording", status: .pending, assignee: "mia", tags: ["gift"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 2500, text: "Hi, for order #1240 can the card say \"Happy 60th, Mum — love from all of us\"? Thanks! Liam"),
            DemoMessage(kind: .agent, minutesAgo: 2400, text: "Hi Liam, of course! Just to confirm the spelling: \"Happy 60th, Mum — love from all of us\". Reply yes and it's done. — Mia", agent: "mia"),
        ]),
        DemoConversation(customer: 24, channel: .email, subject: "フラワーベースの色違いについて", status: .pending, assignee: "hanako", tags: ["restock"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 7500, text: "こんにちは。白釉の一輪挿しの、黒っぽい色違いはありますか？"),
            DemoMessage(kind: .agent, minutesAgo: 7300, text: "森 千尋 様\n\nお問い合わせありがとうございます。鉄釉（黒茶）が来週再入荷予定です。入荷しましたらこちらからご連絡してもよろしいでしょうか。\n\n佐藤 花子", agent: "hanako"),
            DemoMessage(kind: .note, minutesAgo: 7200, text: "窯元に確認済み：鉄釉 12/2 入荷予定、6点。森様に1点取り置き。", agent: "hanako"),
        ]),

        // ── Closed ──────────────────────────────────────────────────────────────────────────
        DemoConversation(customer: 0, channel: .email, subject: "ドライフラワーのお手入れ方法", status: .closed, assignee: "hanako", tags: [], messages: [
            DemoMessage(kind: .customer, minutesAgo: 40000, text: "ドライフラワーは直射日光を避けた方がいいですか？どのくらい持ちますか？"),
            DemoMessage(kind: .agent, minutesAgo: 39800, text: "山田 太郎 様\n\nお問い合わせありがとうございます。直射日光と湿気を避けていただくと、半年〜1年ほど楽しめます。ほこりはドライヤーの冷風で優しく飛ばしてください。\n\n佐藤 花子", agent: "hanako"),
            DemoMessage(kind: .customer, minutesAgo: 39500, text: "ありがとうございます。大切に飾ります。"),
        ]),
        DemoConversation(customer: 2, channel: .email, subject: "注文のキャンセル", status: .closed, assignee: "ken", tags: ["refund"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 30000, text: "先ほどの注文 #1101 をキャンセルしたいです。"),
            DemoMessage(kind: .agent, minutesAgo: 29900, text: "Sato 花子 様\n\nキャンセルを承りました。ご返金は3〜5営業日でカード会社経由で反映されます。\n\n田中 健", agent: "ken"),
        ]),
        DemoConversation(customer: 5, channel: .email, subject: "法人向けの請求書払い", status: .closed, assignee: "hanako", tags: ["invoice"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 25000, text: "会社で購入する場合、請求書払い（月末締め翌月末払い）は可能ですか。"),
            DemoMessage(kind: .agent, minutesAgo: 24800, text: "高橋 健一 様\n\n法人様の請求書払いに対応しております。初回のみ、会社名・ご担当者様・ご住所をお知らせください。\n\n佐藤 花子", agent: "hanako"),
        ]),
        DemoConversation(customer: 10, channel: .email, subject: "Thank you!", status: .closed, assignee: "mia", tags: [], messages: [
            DemoMessage(kind: .customer, minutesAgo: 20000, text: "Just wanted to say the wreath arrived perfectly and my host family loved it. Thank you so much!\n\nOlivia"),
            DemoMessage(kind: .agent, minutesAgo: 19900, text: "That made our day, Olivia — thank you for telling us! — Mia", agent: "mia"),
        ]),
        DemoConversation(customer: 12, channel: .instagram, subject: "", status: .closed, assignee: "hanako", tags: ["vip"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 18000, text: "先日はありがとうございました！お客様からも好評です☕️🌾"),
            DemoMessage(kind: .agent, minutesAgo: 17900, text: "こちらこそありがとうございます！また季節が変わる頃に伺いますね。 — 佐藤", agent: "hanako"),
        ]),
        DemoConversation(customer: 16, channel: .email, subject: "返品・交換のお願い", status: .closed, assignee: "ken", tags: ["return", "damaged"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 16000, text: "届いたブーケの一部の花が折れていました。交換していただけますか。写真を添付します。\n吉田 結衣"),
            DemoMessage(kind: .agent, minutesAgo: 15800, text: "吉田 結衣 様\n\nこの度はご迷惑をおかけし申し訳ございません。本日、代わりの品を発送いたしました。お手元の品はご返送不要です。\n\n田中 健", agent: "ken"),
            DemoMessage(kind: .customer, minutesAgo: 13000, text: "新しいブーケ届きました。迅速なご対応ありがとうございました！"),
        ]),
        DemoConversation(customer: 20, channel: .instagram, subject: "", status: .closed, assignee: nil, tags: [], messages: [
            DemoMessage(kind: .customer, minutesAgo: 14000, text: "実店舗はありますか？"),
            DemoMessage(kind: .agent, minutesAgo: 13900, text: "実店舗はありませんが、毎月第2土曜に京都・岡崎の手づくり市に出店しています！ — 佐藤", agent: "hanako"),
        ]),
        DemoConversation(customer: 21, channel: .email, subject: "撮影用の花材レンタルについて", status: .closed, assignee: "hanako", tags: ["wholesale"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 22000, text: "写真スタジオを運営しております木村です。撮影用にドライフラワーを1週間ほどお借りすることはできますか。"),
            DemoMessage(kind: .agent, minutesAgo: 21800, text: "木村様\n\nお問い合わせありがとうございます。レンタルは行っておりませんが、撮影後に買い取り不要な「撮影用セット」を特別価格でご用意できます。詳細をお送りしますね。\n\n佐藤 花子", agent: "hanako"),
            DemoMessage(kind: .customer, minutesAgo: 21000, text: "ありがとうございます。今回は見送りますが、また相談させてください。"),
        ]),
        DemoConversation(customer: 23, channel: .email, subject: "Where is my order?", status: .closed, assignee: "mia", tags: ["shipping"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 11000, text: "Hi, any update on #1188? The tracking hasn't moved in 3 days."),
            DemoMessage(kind: .note, minutesAgo: 10900, text: "Checked with Japan Post: parcel held at the London depot for customs. Released today.", agent: "mia"),
            DemoMessage(kind: .agent, minutesAgo: 10850, text: "Hi Liam, sorry for the wait! The parcel was held at customs in London and was released today — it should reach you in 1–2 days. — Mia", agent: "mia"),
            DemoMessage(kind: .customer, minutesAgo: 8000, text: "Arrived this morning. Thanks for chasing it!"),
        ]),
        DemoConversation(customer: 25, channel: .email, subject: "Custom colour order", status: .closed, assignee: "mia", tags: ["vip"], messages: [
            DemoMessage(kind: .customer, minutesAgo: 26000, text: "Could you make the Autumn bouquet with only cream and burgundy flowers? 謝謝!\nGrace"),
            DemoMessage(kind: .agent, minutesAgo: 25800, text: "Hi Grace, yes we can! It'll take 3 extra days to dry the burgundy amaranthus. I'll send a photo before shipping. — Mia", agent: "mia"),
        ]),
        DemoConversation(customer: 9, channel: .email, subject: "ドライフラワーの花粉について", status: .closed, assignee: "ken", tags: [], messages: [
            DemoMessage(kind: .customer, minutesAgo: 33000, text: "花粉症なのですが、ドライフラワーでも症状が出ることはありますか？"),
            DemoMessage(kind: .agent, minutesAgo: 32800, text: "中村 翔太 様\n\nミモザやかすみ草など花粉が落ちやすい花材もございます。花粉の少ない花材（スターチス、ユーカリ等）で作ることもできますので、お気軽にご相談ください。\n\n田中 健", agent: "ken"),
        ]),
        DemoConversation(customer: 22, channel: .instagram, subject: "", status: .closed, assignee: "hanako", tags: [], messages: [
            DemoMessage(kind: .customer, minutesAgo: 9500, text: "ライブ配信で紹介されていたスワッグ、まだありますか？"),
            DemoMessage(kind: .agent, minutesAgo: 9400, text: "ありがとうございます！残り2点です。ショップページから購入できます🌾 — 佐藤", agent: "hanako"),
            DemoMessage(kind: .customer, minutesAgo: 9300, text: "購入しました！楽しみです😊"),
        ]),
    ]
}
