import Foundation
import XCTest
@testable import MadoCore

/// Section 5 of issue 11: export everything held about a person, erase it, suppress it.
final class PrivacyTests: XCTestCase {
    var store: Store!
    var importer: MailImporter!
    var hanako: Agent!
    var builder: ReplyBuilder!
    var taro: Int64 = 0
    var mailConversation: Int64 = 0
    var instagramConversation: Int64 = 0
    var secondMail: [UInt8] = []
    let otherWord = "Marigoldbouquet"

    override func setUpWithError() throws {
        store = try TestStore.make()
        importer = MailImporter(store: store, shopAddresses: ["support@flourist.example.jp"])
        hanako = try store.addAgent(login: "hanako", name: "Hanako Sato", email: "hanako@flourist.example.jp")
        builder = ReplyBuilder(store: store, shop: ShopSettings(name: "Flourist", address: "support@flourist.example.jp"))
        // Taro: a mail with an attachment, a second mail with a word nobody else writes, an Instagram DM,
        // notes, an order with two line items, a draft and a queued reply.
        let withAttachment = Array(try Data(contentsOf: MailParserTests.fixtures.appendingPathComponent("rfc2231-attachment.eml")))
        guard case .imported(_, let first) = try importer.importMail(withAttachment, receivedAt: TestStore.now).0 else { return XCTFail() }
        mailConversation = first
        secondMail = Array("""
            From: "Yamada, Taro" <taro@example.jp>
            To: support@flourist.example.jp
            Subject: Zephyrquilt arrived wilted
            Date: Wed, 25 Nov 2026 09:00:00 +0900
            Message-ID: <second@example.jp>

            The Zephyrquilt bouquet arrived wilted. My phone is 090-1234-9876.

            """.utf8)
        guard case .imported = try importer.importMail(secondMail, receivedAt: TestStore.now).0 else { return XCTFail() }
        taro = try XCTUnwrap(store.customerID(channel: .email, address: "taro@example.jp"))
        try store.addIdentity(customerID: taro, channel: .instagram, address: "17841400000099", handle: "taro.flowers", displayName: "Taro Y")
        instagramConversation = try store.addConversation(customerID: taro, channel: .instagram, subject: "", at: TestStore.now)
        try store.append(NewMessage(channel: .instagram, direction: .incoming, externalID: "ig-mid-1", fromName: "taro.flowers",
                                    fromAddress: "17841400000099", subject: "", text: "Is the Zephyrquilt in stock?",
                                    sentAt: TestStore.now), to: instagramConversation)
        try store.setCustomerNotes(taro, notes: "Prefers Zephyrquilt deliveries after 18:00", by: hanako)
        try store.db.run("""
            INSERT INTO orders (name, email, shipping_name, shipping_city, total, currency, created_at, imported_at, updated_at)
            VALUES ('#1042', 'taro@example.jp', 'Taro Yamada', 'Kyoto', '4500', 'JPY', ?, ?, ?)
            """, [.date(TestStore.now), .date(TestStore.now), .date(TestStore.now)])
        let order = store.db.lastInsertID
        try store.db.run("INSERT INTO order_items (order_id, position, quantity, name) VALUES (?, 0, 1, 'Zephyrquilt bouquet'), (?, 1, 2, 'Card')",
                         [.int(order), .int(order)])
        var draft = try builder.draft(conversationID: mailConversation, agent: hanako)
        draft.body = "Dear Taro Yamada, sorry about the Zephyrquilt." + draft.body
        try store.saveDraft(draft, agent: hanako)
        _ = try builder.queue(draft, agent: hanako, now: TestStore.now)
        try store.saveDraft(draft, agent: hanako)
        try store.addTag("wilted", conversationID: instagramConversation, by: hanako)
        // Someone else, who must not be touched.
        let other = Array("""
            From: Hanako Other <other@example.jp>
            To: support@flourist.example.jp
            Subject: \(otherWord) order
            Date: Wed, 25 Nov 2026 09:30:00 +0900
            Message-ID: <other@example.jp>

            Where is my \(otherWord)?

            """.utf8)
        guard case .imported = try importer.importMail(other, receivedAt: TestStore.now).0 else { return XCTFail() }
    }

    func conversationsFound(_ words: String) throws -> [Int64] {
        try store.conversations(.search(try SearchQuery(words)), offset: 0, limit: 10).map(\.id)
    }

    // MARK: - Export

    func testExportHoldsEveryRowOfThePersonAsFilesInAPrivateFolder() throws {
        let folder = TestStore.folder() + "/export"
        let summary = try CustomerExport.export(customerID: taro, store: store, to: folder, by: "hanako", now: TestStore.now)
        let files = try XCTUnwrap(FileManager.default.subpaths(atPath: folder)).filter {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: folder + "/" + $0, isDirectory: &isDirectory)
            return !isDirectory.boolValue
        }
        XCTAssertEqual(summary.files, files.count, "the manifest lists every file")

        let conversations = try XCTUnwrap(store.db.scalarInt("SELECT count(*) FROM conversations WHERE customer_id = ?", [.int(taro)]))
        let messages = try store.db.rows("""
            SELECT m.id, m.conversation_id, m.raw IS NOT NULL FROM messages m JOIN conversations c ON c.id = m.conversation_id
            WHERE c.customer_id = ?
            """, [.int(taro)]) { ($0.int(0), $0.int(1), $0.int(2) == 1) }
        XCTAssertEqual(conversations, 3, "two mail threads and an Instagram one")
        XCTAssertEqual(files.filter { $0.hasPrefix("conversations/") && $0.hasSuffix(".json") }.count, Int(conversations))
        XCTAssertEqual(files.filter { $0.hasPrefix("messages/") }.count, messages.count, "one file per message")
        for (id, conversation, hasRaw) in messages {
            if hasRaw {
                let eml = FileManager.default.contents(atPath: folder + "/messages/\(conversation)/\(id).eml").map(Array.init)
                XCTAssertEqual(eml, try store.rawMessage(id: id), "the .eml is the stored raw bytes")
            } else {
                XCTAssertTrue(files.contains("messages/\(conversation)/\(id).json"), "message \(id) without raw mail is JSON")
            }
        }
        XCTAssertTrue(files.contains("messages/\(instagramConversation)/\(messages.first { $0.1 == instagramConversation }!.0).json"))
        let attachments = files.filter { $0.hasPrefix("attachments/") }
        XCTAssertEqual(attachments.count, Int(try XCTUnwrap(store.db.scalarInt("SELECT count(*) FROM attachments"))))
        XCTAssertEqual(FileManager.default.contents(atPath: folder + "/" + attachments[0]).map { Array($0.prefix(5)) }, Array("%PDF-".utf8))

        let orders = try json(folder + "/orders.json")
        XCTAssertEqual(orders["total"] as? Int, 1)
        XCTAssertEqual(((orders["orders"] as? [[String: Any]])?.first?["items"] as? [Any])?.count, 2)
        let customer = try json(folder + "/customer.json")
        XCTAssertEqual(customer["notes"] as? String, "Prefers Zephyrquilt deliveries after 18:00")
        XCTAssertEqual((customer["identities"] as? [Any])?.count, 2)
        let audit = try json(folder + "/audit.json")
        let kinds = (audit["events"] as? [[String: Any]])?.compactMap { $0["kind"] as? String } ?? []
        XCTAssertTrue(kinds.contains("customer.notes") && kinds.contains("tag"), "\(kinds)")
        let manifest = try json(folder + "/manifest.json")
        XCTAssertEqual(manifest["exported_by"] as? String, "hanako")
        XCTAssertEqual((manifest["counts"] as? [String: Int])?["messages"], messages.count)
        XCTAssertNotNil(manifest["exported_at"] as? String)

        for file in files {
            let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: folder + "/" + file)[.posixPermissions] as? Int)
            XCTAssertEqual(mode & 0o777, 0o600, file)
        }
        XCTAssertEqual((try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int).map { $0 & 0o777 }, 0o700)
        XCTAssertThrowsError(try CustomerExport.export(customerID: taro, store: store, to: folder, by: "hanako")) { error in
            XCTAssertTrue("\(error)".contains("not empty"), "\(error)")
        }
    }

    func json(_ path: String) throws -> [String: Any] {
        let data = try XCTUnwrap(FileManager.default.contents(atPath: path), path)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    // MARK: - Erase

    func testEraseLeavesNothingOfThePersonAnywhereButTheFactAndTheHashes() throws {
        let counts = try store.erasureCounts(ofCustomer: taro)
        XCTAssertEqual(counts.messages, 4, "two mails, a DM and the queued reply")
        XCTAssertEqual(counts.identities, 2)
        XCTAssertEqual(counts.orders, 1)
        XCTAssertEqual(counts.orderItems, 2)
        XCTAssertEqual(counts.attachments, 1)
        XCTAssertEqual(counts.notes, 1)
        XCTAssertEqual(counts.drafts, 1)
        XCTAssertEqual(try conversationsFound("Zephyrquilt").count, 3)

        // Erased a month later: the mails above are old mail by then.
        let erasedAt = TestStore.now.addingTimeInterval(30 * 86400)
        store.clock = { erasedAt }
        XCTAssertEqual(try store.eraseCustomer(taro, by: hanako), counts)

        XCTAssertEqual(try conversationsFound("Zephyrquilt"), [], "nothing of theirs is searchable")
        XCTAssertEqual(try conversationsFound("taro@example.jp"), [])
        XCTAssertEqual(try conversationsFound("Yamada"), [])
        XCTAssertEqual(try conversationsFound("taro.flowers"), [])
        XCTAssertEqual(try conversationsFound(otherWord).count, 1, "the other customer is untouched")

        // No text column of any table (the search index's own tables too) holds their words.
        for needle in ["taro@example.jp", "Yamada", "Zephyrquilt", "taro.flowers", "17841400000099", "1234-9876", "Kyoto", "注文書"] {
            XCTAssertEqual(try rowsHolding(needle), [], needle)
        }
        XCTAssertFalse(try rowsHolding(otherWord).isEmpty, "the scan does find what is still there")

        // The fact stays: who erased whom, when; not what.
        let erasure = try store.db.rows("SELECT actor, at, after FROM events WHERE kind = 'customer.erase'") { ($0.text(0), $0.int(1), $0.text(2)) }
        XCTAssertEqual(erasure.count, 1)
        XCTAssertEqual(erasure.first?.0, "hanako")
        XCTAssertEqual(erasure.first?.1, Int64(erasedAt.timeIntervalSince1970))
        XCTAssertTrue(erasure.first?.2.hasPrefix("customer \(taro) erased: 4 messages") ?? false, erasure.first?.2 ?? "")
        XCTAssertEqual(try store.db.scalarText("SELECT after FROM events WHERE kind = 'customer.notes'"), "(erased)")
        XCTAssertTrue(try store.isErased(customerID: taro))
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM erased_identities"), 2)
        // The audit is still append-only for anything but the sanctioned redaction.
        XCTAssertThrowsError(try store.db.run("UPDATE events SET after = 'rewritten' WHERE kind = 'customer.erase'"))
        XCTAssertThrowsError(try store.db.run("UPDATE events SET actor = 'someone' , after = '(erased)' WHERE kind = 'customer.erase'"))
        XCTAssertThrowsError(try store.db.run("DELETE FROM events"))
        XCTAssertThrowsError(try store.eraseCustomer(taro, by: hanako), "erasing twice is refused")

        // Their old mail is reported and skipped, not imported as a new customer.
        let (outcome, _) = try importer.importMail(secondMail, receivedAt: TestStore.now)
        guard case .erasedCustomer(let reason) = outcome else { return XCTFail("\(outcome)") }
        XCTAssertTrue(reason.hasPrefix("a mail from an erased customer was not imported: taro@example.jp"), reason)
        XCTAssertNil(try store.customerID(channel: .email, address: "TARO@example.jp"))
        var batch = MailImportBatch()
        batch.append(.init(source: "old.eml", mail: MailParser.parse(secondMail), raw: secondMail, receivedAt: TestStore.now))
        let result = batch.commit(with: importer)
        XCTAssertEqual(result.refused.map(\.source), ["old.eml"])
        XCTAssertEqual(result.imported.count, 0)
        // A mail they write after the erasure is a new contact.
        let later = Array(String(decoding: secondMail, as: UTF8.self)
            .replacingOccurrences(of: "Wed, 25 Nov 2026 09:00:00 +0900", with: "Wed, 25 Nov 2037 09:00:00 +0900")
            .replacingOccurrences(of: "second@example.jp", with: "new@example.jp").utf8)
        guard case .imported = try importer.importMail(later, receivedAt: TestStore.now).0 else { return XCTFail() }
    }

    /// "table.column" for every row whose value (as text) contains `needle`, in every table of the store.
    func rowsHolding(_ needle: String) throws -> [String] {
        let tables = try store.db.rows("SELECT name FROM sqlite_master WHERE type = 'table'") { $0.text(0) }
        var found: [String] = []
        for table in tables {
            let columns = try store.db.rows("SELECT name FROM pragma_table_info(?)", [.text(table)]) { $0.text(0) }
            for column in columns {
                let count = try store.db.scalarInt("SELECT count(*) FROM \"\(table)\" WHERE CAST(\"\(column)\" AS TEXT) LIKE ?",
                                                   [.text("%" + needle + "%")]) ?? 0
                if count > 0 { found.append("\(table).\(column)") }
            }
        }
        return found
    }

    // MARK: - Suppress

    func testSuppressedCustomerIsNotNamedByTemplatesOrReportsButKeepsTheirData() throws {
        let template = try Template.parse("name: hi\nlanguage: en\n---\nHi {{customer.name}},\n", file: "hi.tmpl")
        let plain = try Template.parse("name: thanks\nlanguage: en\n---\nThank you for writing.\n", file: "thanks.tmpl")
        let draft = try builder.draft(conversationID: mailConversation, agent: hanako)
        XCTAssertEqual(try builder.apply(template, to: draft, agent: hanako, hours: nil).missing, [])
        XCTAssertEqual(try store.reportName(ofCustomer: taro), "Yamada, Taro")

        try store.setCustomerSuppressed(taro, true, by: hanako)
        XCTAssertTrue(try store.isSuppressed(customerID: taro))
        XCTAssertEqual(try builder.apply(template, to: draft, agent: hanako, hours: nil).missing, ["customer.name"])
        XCTAssertEqual(try builder.missing(template, conversationID: mailConversation, agent: hanako, hours: nil), ["customer.name"])
        XCTAssertEqual(try builder.apply(plain, to: draft, agent: hanako, hours: nil).missing, [], "templates without their data still work")
        XCTAssertEqual(try store.reportName(ofCustomer: taro), "suppressed customer")
        XCTAssertEqual(try store.customer(id: taro)?.name, "Yamada, Taro", "nothing is erased")
        XCTAssertEqual(try conversationsFound("Zephyrquilt").count, 3)

        try store.setCustomerSuppressed(taro, false, by: hanako)
        XCTAssertEqual(try builder.apply(template, to: draft, agent: hanako, hours: nil).missing, [])
        XCTAssertEqual(try store.reportName(ofCustomer: taro), "Yamada, Taro")
        let kinds = try store.auditEvents(aboutCustomer: taro).map(\.kind)
        XCTAssertTrue(kinds.contains("customer.suppress") && kinds.contains("customer.unsuppress"), "\(kinds)")
    }
}
