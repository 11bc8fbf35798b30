import Foundation
import XCTest
@testable import MadoCore

/// Issue 15 item 4: customer text is cleaned once, when it enters the store, so nothing a customer
/// sent reaches a terminal, `--json`, a template reply or a quote in outgoing mail.
final class CustomerTextTests: XCTestCase {
    static let escapes = "\u{1B}[2J"
    static let title = "\u{1B}]0;pwned\u{07}"
    static let clipboard = "\u{1B}]52;c;ZXZpbA==\u{07}"
    static let clipboardST = "\u{1B}]52;c;ZXZpbA==\u{1B}\\"
    static let c1 = "\u{9B}31m"

    var store: Store!
    var hanako: Agent!

    override func setUpWithError() throws {
        store = try TestStore.make()
        hanako = try store.addAgent(login: "hanako", name: "Hanako Sato", email: "hanako@flourist.example.jp")
    }

    /// Nothing that could drive a terminal or lie about its order: no ESC, no BEL, no NUL, no other
    /// C0 or C1 control except newline and tab, no bidi controls.
    func assertClean(_ text: String, oneLine: Bool = false, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let allowed = !oneLine && (v == 0x0A || v == 0x09)
            let bad = (v < 0x20 && !allowed) || (0x7F..<0xA0).contains(v) || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
            if bad { return XCTFail("\(what) keeps U+\(String(v, radix: 16, uppercase: true)): \(text.debugDescription)", file: file, line: line) }
        }
        for leftover in ["[2J", "pwned", "ZXZpbA==", "31m"] where text.contains(leftover) {
            XCTFail("\(what) keeps the remains of an escape sequence (\(leftover)): \(text.debugDescription)", file: file, line: line)
        }
    }

    func base64(_ text: String) -> String { Data(text.utf8).base64EncodedString() }

    // MARK: - The rules

    func testEscapeSequencesAndControlsAreRemovedWholeAndTextSurvives() {
        XCTAssertEqual(CustomerText.line("Hi Evil\(Self.escapes)\(Self.title),"), "Hi Evil,")
        XCTAssertEqual(CustomerText.block("a\(Self.clipboardST)b\(Self.clipboard)c"), "abc", "OSC 52 ended by ST or BEL")
        XCTAssertEqual(CustomerText.block("x\(Self.c1)y\u{90}dcs\u{9C}z"), "xyz", "C1 CSI and C1 DCS")
        XCTAssertEqual(CustomerText.block("nul\u{0}bell\u{07}del\u{7F}c1\u{85}"), "nulbelldelc1")
        XCTAssertEqual(CustomerText.line("evil\u{202E}gnp.exe\u{2066}\u{200F}\u{061C}"), "evilgnp.exe")
        XCTAssertEqual(CustomerText.block("一行目\r\n\t二行目\rx"), "一行目\n\t二行目x", "CRLF becomes LF, tabs stay, a lone CR goes")
        XCTAssertEqual(CustomerText.line("two\nlines\ttab"), "two lines tab")
        XCTAssertEqual(CustomerText.line("ご注文 🌸 Émile"), "ご注文 🌸 Émile", "ordinary text is untouched")
    }

    // MARK: - Mail

    /// RFC 5322 with RFC 2047 From name and Subject, a base64 UTF-8 body and an RFC 2231 file name,
    /// each carrying ESC[2J, an OSC 0 title, OSC 52, NUL, U+202E and a C1 CSI.
    func hostileMail() -> String {
        let name = "Evil\(Self.escapes)\(Self.title) 山田\u{202E}"
        let subject = "ご注文\(Self.clipboard)の件\u{0}\(Self.c1)\u{202E}"
        let body = "山田です。\(Self.escapes)\r\n\t数量: 2\(Self.clipboardST)\r\n二行目\u{0}\(Self.c1)\u{202E}終わり\(Self.title)\r\n"
        let filename = "請求書\(Self.escapes)\u{202E}fdp.exe"
        let encodedFilename = filename.utf8.map { String(format: "%%%02X", $0) }.joined()
        return """
            From: =?UTF-8?B?\(base64(name))?= <evil@example.jp>
            To: support@flourist.example.jp
            Subject: =?UTF-8?B?\(base64(subject))?=
            Date: Wed, 18 Nov 2026 10:00:00 +0900
            Message-ID: <evil1@example.jp>
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="b"

            --b
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: base64

            \(base64(body))
            --b
            Content-Type: application/pdf
            Content-Disposition: attachment; filename*=UTF-8''\(encodedFilename)
            Content-Transfer-Encoding: base64

            JVBERi0xLjQK
            --b--

            """
    }

    func importHostileMail() throws -> (messageID: Int64, conversationID: Int64, raw: [UInt8]) {
        let importer = MailImporter(store: store, shopAddresses: ["support@flourist.example.jp"])
        let raw = Array(hostileMail().utf8)
        guard case .imported(let messageID, let conversationID) = try importer.importMail(raw, receivedAt: TestStore.now).0 else {
            throw StoreError.invalid("not imported")
        }
        return (messageID, conversationID, raw)
    }

    func testHostileMailIsStoredCleanAndItsRawCopyIsKept() throws {
        let (messageID, conversationID, raw) = try importHostileMail()
        let conversation = try XCTUnwrap(store.conversation(id: conversationID))
        let customer = try XCTUnwrap(store.customer(id: conversation.customerID))
        let identity = try XCTUnwrap(store.identities(ofCustomer: customer.id).first)
        let message = try XCTUnwrap(store.messages(inConversation: conversationID).first)

        XCTAssertEqual(customer.name, "Evil 山田")
        XCTAssertEqual(identity.displayName, "Evil 山田")
        XCTAssertEqual(message.fromName, "Evil 山田")
        XCTAssertEqual(conversation.subject, "ご注文の件")
        XCTAssertEqual(message.subject, "ご注文の件")
        XCTAssertEqual(message.text, "山田です。\n\t数量: 2\n二行目終わり", "Japanese text, newlines and tabs survive, and what follows a NUL")
        XCTAssertEqual(conversation.preview, "山田です。")
        XCTAssertEqual(message.attachments.map(\.filename), ["請求書fdp.exe"])
        for (what, text) in [("customer name", customer.name), ("display name", identity.displayName ?? ""), ("from name", message.fromName),
                             ("conversation subject", conversation.subject), ("message subject", message.subject),
                             ("preview", conversation.preview), ("attachment", message.attachments.first?.filename ?? "")] {
            assertClean(text, oneLine: true, what)
        }
        assertClean(message.text, "body")
        XCTAssertEqual(try store.rawMessage(id: messageID), raw, "the stored raw mail is evidence: byte for byte as it came")
    }

    func testReplyWithTheSameHostileSubjectThreadsIntoTheCleanedConversation() throws {
        let (_, conversationID, _) = try importHostileMail()
        let subject = "ご注文\(Self.clipboard)の件\u{202E}"
        let reply = """
            From: evil@example.jp
            To: support@flourist.example.jp
            Subject: =?UTF-8?B?\(base64("Re: " + subject))?=
            Date: Thu, 19 Nov 2026 10:00:00 +0900
            Message-ID: <evil2@example.jp>

            もう一度
            """
        let importer = MailImporter(store: store, shopAddresses: ["support@flourist.example.jp"])
        guard case .imported(_, let threaded) = try importer.importMail(Array(reply.utf8), receivedAt: TestStore.now).0 else {
            return XCTFail("not imported")
        }
        XCTAssertEqual(threaded, conversationID, "the subject match compares cleaned subjects on both sides")
    }

    func testSearchIndexHoldsTheCleanTextNotTheEscapes() throws {
        let (_, conversationID, _) = try importHostileMail()
        XCTAssertEqual(try store.conversations(.search(try SearchQuery("二行目終わり")), offset: 0, limit: 5).map(\.id), [conversationID],
                       "words the escapes split are found whole")
        XCTAssertEqual(try store.conversations(.search(try SearchQuery("pwned")), offset: 0, limit: 5).map(\.id), [])
        XCTAssertEqual(try store.conversations(.search(try SearchQuery("ZXZpbA")), offset: 0, limit: 5).map(\.id), [])
    }

    func testTemplateReplyAndQuoteFromHostileMailCarryNoControls() throws {
        let tokyo = TimeZone(identifier: "Asia/Tokyo")!
        let builder = ReplyBuilder(store: store, shop: ShopSettings(name: "Flourist", address: "support@flourist.example.jp", timeZone: tokyo))
        let (_, conversationID, _) = try importHostileMail()
        let draft = try builder.draft(conversationID: conversationID, agent: hanako)
        let template = try Template.parse("name: hi\nlanguage: en\n---\nHi {{customer.name}},\nabout {{conversation.subject}}\n", file: "hi.tmpl")
        let (filled, missing) = try builder.apply(template, to: draft, agent: hanako, hours: nil)
        XCTAssertEqual(missing, [])
        let reply = try XCTUnwrap(filled)
        XCTAssertTrue(reply.body.hasPrefix("Hi Evil 山田,\nabout ご注文の件\n"), reply.body)
        XCTAssertTrue(reply.body.contains("> 山田です。\n> \t数量: 2\n> 二行目終わり"), reply.body)
        assertClean(reply.body, "reply body with quote")
        assertClean(reply.subject, oneLine: true, "reply subject")

        let outboxID = try builder.queue(reply, agent: hanako, now: TestStore.now)
        let payload = try XCTUnwrap(store.outboxItem(id: outboxID)).payload
        let sent = MailParser.parse(payload)
        assertClean(sent.subject, oneLine: true, "sent subject")
        assertClean(sent.text, "sent body")
        assertClean(sent.to.first?.name ?? "", oneLine: true, "sent To name")
        XCTAssertFalse(payload.contains { $0 < 0x20 && ![0x09, 0x0A, 0x0D].contains($0) },
                       "no ESC, BEL or NUL anywhere in the outgoing mail (CRLF is the mail's own line end)")
    }

    // MARK: - Instagram

    func testHostileInstagramMessageAndUsernameAreStoredClean() throws {
        let importer = InstagramImporter(store: store, account: "flourist.kyoto")
        let text = "hi \(Self.escapes)\(Self.clipboard) there\u{0}\u{202E}gnp.exe\nサイズは\tMで\(Self.c1)"
        let payload: [String: Any] = ["object": "instagram", "entry": [["id": "1", "time": 1795000000000, "messaging": [[
            "sender": ["id": "3334567890123456"], "recipient": ["id": "17841400000000001"], "timestamp": 1795000100000,
            "message": ["mid": "h_1", "text": text, "attachments": [["type": "file", "payload": [
                "url": "https://lookaside.example/f.pdf", "title": "menu\(Self.title)\u{202E}fdp.exe"]]]],
        ], [
            "sender": ["id": "3334567890123456"], "recipient": ["id": "17841400000000001"], "timestamp": 1795000200000,
            "reaction": ["mid": "h_1", "action": "react", "emoji": "❤️\(Self.escapes)"],
        ]]]]]
        var report = InstagramImporter.Report()
        try importer.importEvents(try WebhookParser.parse(try JSONSerialization.data(withJSONObject: payload), source: "hostile"), report: &report)
        let conversationID = try XCTUnwrap(importer.existingConversation(scopedID: "3334567890123456"))
        let message = try XCTUnwrap(store.messages(inConversation: conversationID).first)
        XCTAssertEqual(message.text, "hi  theregnp.exe\nサイズは\tMで\n[file] menufdp.exe https://lookaside.example/f.pdf")
        XCTAssertEqual(message.attachments.map(\.filename), ["menufdp.exe"])
        XCTAssertEqual(message.reactions, ["❤️"])
        assertClean(message.text, "Instagram text")
        assertClean(try XCTUnwrap(store.conversation(id: conversationID)).preview, oneLine: true, "preview")

        // An export names the customer by their Instagram name: that name is customer text too.
        let thread = ExportReader.Thread(id: "t", title: "t", customerName: "yui\(Self.escapes)\(Self.title)\u{202E}", messages: [
            ExportReader.Message(id: "e_1", senderName: "yui\(Self.clipboard)", fromAccount: false, timestamp: TestStore.now,
                                 text: "こんにちは\(Self.escapes)", attachments: [], reactions: []),
        ])
        try importer.importExport(thread, report: &report)
        let exported = try XCTUnwrap(importer.existingConversation(scopedID: "export:" + thread.customerName))
        let customer = try XCTUnwrap(store.customer(id: try XCTUnwrap(store.conversation(id: exported)).customerID))
        XCTAssertEqual(customer.name, "yui")
        XCTAssertEqual(try store.identities(ofCustomer: customer.id).first?.displayName, "yui")
        let first = try XCTUnwrap(store.messages(inConversation: exported).first)
        XCTAssertEqual(first.fromName, "yui")
        XCTAssertEqual(first.text, "こんにちは")

        // A username given as a handle (the demo, a future profile lookup) is stored clean as well.
        let id = try store.addCustomer(name: "x")
        try store.addIdentity(customerID: id, channel: .instagram, address: "999", handle: "evil\(Self.escapes)_shop\u{202E}",
                              displayName: "Evil\nShop")
        let identity = try XCTUnwrap(store.identities(ofCustomer: id).first)
        XCTAssertEqual(identity.handle, "evil_shop")
        XCTAssertEqual(identity.displayName, "Evil Shop")
    }

    // MARK: - Existing stores

    func testMigrationCleansAVersion7Store() throws {
        let path = TestStore.folder() + "/v7.sqlite"
        do {
            let db = try Database(path: path, create: true, migrate: false)
            try Migrations.migrate(db, upTo: 7)
            let dirtyName = "Evil\(Self.escapes)\(Self.title)"
            // No NUL here: a text binding ends at the first NUL, so no old store can hold one.
            let dirtySubject = "Order\(Self.clipboard)\u{202E} #5\u{7}"
            let dirtyBody = "本文\(Self.escapes)\r\n\tline two\(Self.c1)\u{85}\n"
            try db.run("INSERT INTO customers (id, name, created_at) VALUES (1, ?, 0)", [.text(dirtyName)])
            try db.run("INSERT INTO identities (customer_id, channel, address, handle, display_name) VALUES (1, 'instagram', '42', ?, ?)",
                       [.text("evil\(Self.escapes)"), .text(dirtyName)])
            try db.run("""
                INSERT INTO conversations (id, customer_id, channel, subject, preview, created_at, updated_at, last_message_at)
                VALUES (1, 1, 'email', ?, ?, 0, 0, 0)
                """, [.text(dirtySubject), .text("本文\(Self.escapes)")])
            try db.run("""
                INSERT INTO messages (id, conversation_id, channel, direction, external_id, from_name, from_address, subject, text, raw,
                                      sent_at, received_at, warnings, reactions)
                VALUES (1, 1, 'email', 'in', 'm1', ?, 'evil@example.jp', ?, ?, ?, 0, 0, ?, ?)
                """, [.text(dirtyName), .text(dirtySubject), .text(dirtyBody), .blob(Array("raw\u{1B}[2J".utf8)),
                      .text("bad charset\(Self.title)"), .text("❤️\(Self.escapes)")])
            try db.run("INSERT INTO attachments (message_id, filename) VALUES (1, ?)", [.text("a\(Self.escapes)\u{202E}.pdf")])
            try SearchIndex.rebuild(db)
        }
        let store = try Store(path: path, create: false, clock: { TestStore.now })
        XCTAssertEqual(try store.db.scalarInt("PRAGMA user_version"), Int64(Migrations.latestVersion))
        XCTAssertEqual(try store.customer(id: 1)?.name, "Evil")
        let identity = try XCTUnwrap(store.identities(ofCustomer: 1).first)
        XCTAssertEqual(identity.handle, "evil")
        XCTAssertEqual(identity.displayName, "Evil")
        let conversation = try XCTUnwrap(store.conversation(id: 1))
        XCTAssertEqual(conversation.subject, "Order #5")
        XCTAssertEqual(conversation.preview, "本文")
        let message = try XCTUnwrap(store.messages(inConversation: 1).first)
        XCTAssertEqual(message.fromName, "Evil")
        XCTAssertEqual(message.subject, "Order #5")
        XCTAssertEqual(message.text, "本文\n\tline two\n")
        XCTAssertEqual(message.warnings, ["bad charset"])
        XCTAssertEqual(message.reactions, ["❤️"])
        XCTAssertEqual(message.attachments.map(\.filename), ["a.pdf"])
        XCTAssertEqual(try store.rawMessage(id: 1), Array("raw\u{1B}[2J".utf8), "the raw copy is evidence and is not cleaned")
        XCTAssertEqual(try store.conversations(.search(try SearchQuery("pwned")), offset: 0, limit: 5).map(\.id), [],
                       "the search index is rebuilt from the clean text")
        XCTAssertEqual(try store.conversations(.search(try SearchQuery("Evil")), offset: 0, limit: 5).map(\.id), [1])
    }
}
