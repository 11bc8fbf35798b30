import Foundation

/// Builds large stores for benchmarks: `count` conversations from mixed Japanese and English
/// phrases, written with plain prepared inserts in big transactions.
public enum DemoGenerator {
    static let familyNames = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田"]
    static let givenNames = ["太郎", "花子", "健", "美咲", "翔太", "陽菜", "大輔", "さくら", "蓮", "結衣"]
    static let westernNames = ["Emma Wilson", "Liam Brown", "Olivia Taylor", "Noah Davies", "Ava Martin", "Lucas Moreau", "Zoë Keller"]
    static let subjects = ["ご注文の配送状況について", "返品・交換のお願い", "破損して届きました", "ギフト包装は可能ですか？", "領収書の発行について",
                           "Where is my order?", "Wrong colour received", "Gift wrapping question", "Refund request", "Wholesale enquiry"]
    static let lines = ["お世話になっております。注文番号 #%d の件でご連絡しました。", "明日までに届きますか？母の誕生日なんです。",
                        "花瓶が割れて届きました。写真を添付します。", "交換をお願いできますでしょうか。",
                        "Hi, my order #%d still hasn't arrived. Could you check?", "The wreath is lovely, thank you so much!",
                        "Can you ship to Singapore?", "ありがとうございます！🌸", "Is the large vase back in stock?"]
    static let replies = ["お問い合わせありがとうございます。確認してご連絡いたします。", "Thanks for getting in touch — I'm checking with the courier now.",
                          "本日発送いたしました。追跡番号をお送りします。", "We've sent a replacement today."]
    static let tags = ["shipping", "damaged", "return", "refund", "gift", "wholesale", "vip"]

    /// `days`: how far back the conversations start (a report benchmark wants a year).
    public static func generate(_ store: Store, conversations count: Int, now: Date, seed: UInt64 = 42, days: Int = 60,
                                progress: (Int) -> Void = { _ in }) throws {
        var random = SplitMix(seed: seed)
        let db = store.db
        let nowSeconds = now.unixSeconds
        try db.transaction {
            for (login, name, email) in DemoStore.agents {
                try db.run("INSERT INTO agents (login, name, email, created_at) VALUES (?, ?, ?, ?)", [.text(login), .text(name), .text(email), .int(nowSeconds)])
            }
            for (index, tag) in tags.enumerated() { try db.run("INSERT INTO tags (id, name) VALUES (?, ?)", [.int(Int64(index + 1)), .text(tag)]) }
        }
        let customerCount = max(1, count * 2 / 3)
        var done = 0
        var customerNames: [Int64: String] = [:]
        while done < count {
            let batch = min(10_000, count - done)
            try db.transaction {
                for _ in 0..<batch {
                    done += 1
                    try insertConversation(number: done, customerCount: customerCount, now: nowSeconds, days: days, random: &random,
                                           customerNames: &customerNames, db: db)
                }
            }
            progress(done)
        }
    }

    static func insertConversation(number: Int, customerCount: Int, now: Int64, days: Int = 60, random: inout SplitMix,
                                   customerNames: inout [Int64: String], db: Database) throws {
        let customerNumber = Int(random.next() % UInt64(customerCount)) + 1
        let customerID = Int64(customerNumber)
        if customerNames[customerID] == nil {
            let japanese = customerNumber % 3 != 0
            let name = japanese ? "\(familyNames[customerNumber % familyNames.count]) \(givenNames[customerNumber % givenNames.count])"
                : westernNames[customerNumber % westernNames.count]
            try db.run("INSERT INTO customers (id, name, created_at) VALUES (?, ?, ?)", [.int(customerID), .text(name), .int(now)])
            customerNames[customerID] = name
            try db.run("INSERT INTO identities (customer_id, channel, address, display_name) VALUES (?, 'email', ?, ?)",
                       [.int(customerID), .text("customer\(customerNumber)@example.jp"), .text(name)])
            if customerNumber % 4 == 0 {
                try db.run("INSERT INTO identities (customer_id, channel, address, handle, display_name) VALUES (?, 'instagram', ?, ?, ?)",
                           [.int(customerID), .text(String(17841400000000 + customerNumber)), .text("shopper_\(customerNumber)"), .text(name)])
            }
        }
        let channel = number % 3 == 0 ? "instagram" : "email"
        let subject = channel == "email" ? subjects[Int(random.next() % UInt64(subjects.count))] : ""
        let age = Int64(random.next() % UInt64(max(1, days) * 86400))
        let start = now - age
        let statusRoll = random.next() % 10
        let status = statusRoll < 3 ? "open" : (statusRoll < 5 ? "pending" : "closed")
        let messageCount = Int(random.next() % 4) + 1
        try db.run("""
            INSERT INTO conversations (customer_id, channel, subject, status, assignee_id, priority, created_at, updated_at, last_message_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.int(customerID), .text(channel), .text(subject), .text(status),
                  random.next() % 3 == 0 ? .null : .int(Int64(random.next() % 3) + 1), .int(random.next() % 20 == 0 ? 1 : 0),
                  .int(start), .int(start), .int(start)])
        let conversationID = db.lastInsertID
        var sentAt = start
        var waitingSince: Int64?
        var firstResponse: Int64?
        var preview = ""
        // Segments follow from the same rules as live ones, so reports over a generated store are real.
        var steps: [SegmentBackfill.Step] = []
        for index in 0..<messageCount {
            // Open conversations end with the customer; the others with the shop.
            let fromCustomer = index == messageCount - 1 ? status == "open" : index % 2 == 0
            let text = fromCustomer ? String(format: lines[Int(random.next() % UInt64(lines.count))], 1000 + number % 9000)
                : replies[Int(random.next() % UInt64(replies.count))]
            try db.run("""
                INSERT INTO messages (conversation_id, channel, direction, external_id, from_name, from_address, subject, text, sent_at, received_at, agent_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [.int(conversationID), .text(channel), .text(fromCustomer ? "in" : "out"), .text("gen-\(number)-\(index)"),
                      .text(fromCustomer ? customerNames[customerID] ?? "" : "Flourist"), .text(fromCustomer ? "customer\(customerNumber)@example.jp" : DemoStore.shopAddress),
                      .text(subject), .text(text), .int(sentAt), .int(sentAt), fromCustomer ? .null : .int(1)])
            try SearchIndex.add(messageID: db.lastInsertID, subject: subject, text: text,
                                people: "\(customerNames[customerID] ?? "") customer\(customerNumber)@example.jp", db: db)
            steps.append(fromCustomer ? .customer(at: sentAt, messageID: db.lastInsertID, answer: "") : .reply(at: sentAt, agentID: 1, text: ""))
            if fromCustomer {
                waitingSince = waitingSince ?? sentAt
                preview = text
            } else {
                waitingSince = nil
                firstResponse = firstResponse ?? sentAt
            }
            sentAt += Int64(random.next() % 7200) + 60
        }
        try db.run("""
            UPDATE conversations SET waiting_since = ?, first_response_at = ?, last_message_at = ?, updated_at = ?,
                message_count = ?, preview = ?, closed_at = ?, unread = ? WHERE id = ?
            """, [.optional(waitingSince), .optional(firstResponse), .int(sentAt), .int(sentAt), .int(Int64(messageCount)),
                  .text(String(preview.prefix(200))), status == "closed" ? .int(sentAt) : .null,
                  .int(status == "open" ? 1 : 0), .int(conversationID)])
        if status == "closed" { steps.append(.status(at: sentAt, before: .open, after: .closed)) }
        for segment in SegmentBackfill.replay(conversationID: conversationID, steps).0 { try Store.saveSegment(segment, db: db) }
        if random.next() % 3 == 0 {
            try db.run("INSERT OR IGNORE INTO conversation_tags (conversation_id, tag_id) VALUES (?, ?)",
                       [.int(conversationID), .int(Int64(random.next() % UInt64(tags.count)) + 1)])
        }
    }
}

/// A small seeded generator, so a benchmark store is the same every time.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
