import Foundation
import XCTest
@testable import MadoCore

final class MergeSuggestionTests: XCTestCase {
    func instagramCustomer(_ store: Store, name: String, scopedID: String, handle: String, says text: String) throws -> Int64 {
        let id = try store.addCustomer(name: name)
        try store.addIdentity(customerID: id, channel: .instagram, address: scopedID, handle: handle, displayName: name)
        let conversation = try store.addConversation(customerID: id, channel: .instagram, subject: "", at: TestStore.now)
        try store.append(NewMessage(channel: .instagram, direction: .incoming, externalID: "mid." + scopedID, fromName: name,
                                    fromAddress: scopedID, subject: "", text: text, sentAt: TestStore.now), to: conversation)
        return id
    }

    func testInstagramMessageNamingAnotherCustomersOrderOrAddressIsSuggestedWithReasons() throws {
        let store = try TestStore.make()
        try TestStore.conversation(store, name: "Hanako Yamada", email: "hanako@example.com", subject: "Gift", minutesAgo: 600)
        let email = try XCTUnwrap(store.customerID(channel: .email, address: "hanako@example.com"))
        try store.write {
            var order = ShopOrder(name: "#1042")
            order.email = "hanako@example.com"
            try store.saveOrder(order, customerID: nil)   // matched by email at read time
        }
        let instagram = try instagramCustomer(store, name: "hana", scopedID: "1784", handle: "hana_flowers",
                                              says: "＃１０４２ はいつ届きますか？ メールは Hanako@Example.com です")
        let suggestions = try store.mergeSuggestions(forCustomer: instagram)
        XCTAssertEqual(suggestions.map(\.other.id), [email])
        XCTAssertEqual(suggestions.first?.reasons, [.mentionsOrder("#1042"), .mentionsAddress("Hanako@Example.com")])
        XCTAssertEqual(try store.mergeSuggestions(forCustomer: email), [], "the evidence is in the Instagram customer's words")
    }

    func testSameDisplayNameAsAnEmailCustomerAndAddressInASignatureAreSuggested() throws {
        let store = try TestStore.make()
        try TestStore.conversation(store, name: "山田 太郎", email: "taro@example.jp", subject: "注文", minutesAgo: 600)
        let taro = try XCTUnwrap(store.customerID(channel: .email, address: "taro@example.jp"))
        let instagram = try instagramCustomer(store, name: "山田太郎", scopedID: "1785", handle: "taro_y", says: "こんにちは")
        XCTAssertEqual(try store.mergeSuggestions(forCustomer: instagram).first?.reasons, [.sameName("山田太郎")])
        XCTAssertEqual(try store.mergeSuggestions(forCustomer: taro).first?.other.id, instagram, "and seen from the email side")

        try TestStore.conversation(store, name: "T. Yamada", email: "t.yamada@work.example.jp", subject: "Invoice", minutesAgo: 60,
                                   text: "Please send the invoice.\n\nThanks,\nTaro Yamada\nPrivate: taro@example.jp\nTel 03-0000-0000")
        let work = try XCTUnwrap(store.customerID(channel: .email, address: "t.yamada@work.example.jp"))
        XCTAssertEqual(try store.mergeSuggestions(forCustomer: work).map(\.reasons), [[.signatureAddress("taro@example.jp")]])
    }

    /// Every conversation opened asks this: at 200,000 customers a scan of them took over a second.
    func testSameNameLookupSearchesIndexesInsteadOfReadingEveryCustomer() throws {
        let store = try TestStore.make()
        let plan = try store.db.rows("EXPLAIN QUERY PLAN " + Store.sameNameOwners, [.int(1), .text("山田 太郎")]) { $0.text(3) }
        XCTAssertTrue(plan.contains { $0.contains("customers_folded_name") }, plan.joined(separator: "\n"))
        XCTAssertTrue(plan.contains { $0.contains("identities_folded_display_name") }, plan.joined(separator: "\n"))
        XCTAssertFalse(plan.contains { $0.hasPrefix("SCAN cu") || $0.hasPrefix("SCAN i") }, plan.joined(separator: "\n"))
    }

    func testRejectedPairIsNotSuggestedAgainAndMergedCustomersAreNot() throws {
        let store = try TestStore.make()
        try TestStore.conversation(store, name: "Ken Sato", email: "ken@example.com", subject: "Hi", minutesAgo: 600)
        let ken = try XCTUnwrap(store.customerID(channel: .email, address: "ken@example.com"))
        let instagram = try instagramCustomer(store, name: "Ken Sato", scopedID: "1786", handle: "kensato", says: "hi")
        XCTAssertEqual(try store.mergeSuggestions(forCustomer: instagram).count, 1)
        try store.rejectMergeSuggestion(customer: instagram, other: ken, by: nil)
        XCTAssertEqual(try store.mergeSuggestions(forCustomer: instagram), [])
        XCTAssertEqual(try store.mergeSuggestions(forCustomer: ken), [], "a rejected pair is rejected both ways")

        let other = try instagramCustomer(store, name: "Ken Sato", scopedID: "1787", handle: "ken2", says: "hello")
        XCTAssertEqual(try store.mergeSuggestions(forCustomer: other).map(\.other.id), [ken])
        try store.mergeCustomer(keep: ken, other: other, by: nil)
        XCTAssertEqual(try store.mergeSuggestions(forCustomer: other), [], "a merged-away customer suggests nothing")
    }

    /// The merge picker (§1) finds a customer by name, address, @username or order number, and
    /// never offers the customer itself or one already merged away.
    func testThePickerSearchFindsByNameAddressUsernameAndOrderNumber() throws {
        let store = try TestStore.make()
        try TestStore.conversation(store, name: "Ken Sato", email: "ken@example.com", subject: "Hi", minutesAgo: 600)
        let ken = try XCTUnwrap(store.customerID(channel: .email, address: "ken@example.com"))
        let emma = try instagramCustomer(store, name: "Emma Wilson", scopedID: "1790", handle: "emmaw.makes", says: "hello")
        try store.addIdentity(customerID: emma, channel: .email, address: "emma.wilson@example.com")
        try store.write {
            var order = ShopOrder(name: "#2001")
            order.email = "emma.wilson@example.com"
            try store.saveOrder(order, customerID: nil)
        }
        for words in ["Emma", "wilson@example", "@emmaw.makes", "emmaw", "#2001", "＃２００１"] {
            XCTAssertEqual(try store.searchCustomers(words, excluding: ken).map(\.customer.id), [emma], words)
        }
        XCTAssertEqual(try store.searchCustomers("Emma", excluding: emma).map(\.customer.id), [], "not the customer itself")
        XCTAssertEqual(Set(try store.searchCustomers("", excluding: 0).map(\.customer.id)), [ken, emma], "without words: who wrote last")
        try store.mergeCustomer(keep: ken, other: emma, by: nil)
        XCTAssertEqual(try store.searchCustomers("Emma", excluding: ken).map(\.customer.id), [], "a merged-away customer is not offered")
    }

    func testLaterHidesTheSuggestionUntilTomorrowAcrossARestart() throws {
        let path = TestStore.folder() + "/store.sqlite"
        var store: Store? = try Store(path: path, clock: { TestStore.now })
        try TestStore.conversation(store!, name: "Ken Sato", email: "ken@example.com", subject: "Hi", minutesAgo: 600)
        let ken = try XCTUnwrap(store!.customerID(channel: .email, address: "ken@example.com"))
        let instagram = try instagramCustomer(store!, name: "Ken Sato", scopedID: "1788", handle: "kensato", says: "hi")
        let tomorrow = TestStore.now.addingTimeInterval(15 * 3600)
        try store!.postponeMergeSuggestion(customer: instagram, other: ken, until: tomorrow, by: nil)
        XCTAssertEqual(try store!.mergeSuggestions(forCustomer: instagram), [])
        XCTAssertEqual(try store!.mergeSuggestions(forCustomer: ken), [], "later from either side")

        // Another session on the same store file: still put off.
        store = nil
        store = try Store(path: path, clock: { TestStore.now.addingTimeInterval(3600) })
        XCTAssertEqual(try store!.mergeSuggestions(forCustomer: instagram), [])
        // Once tomorrow has come it is asked again; a second "later" moves the day on.
        store!.clock = { tomorrow }
        XCTAssertEqual(try store!.mergeSuggestions(forCustomer: instagram).map(\.other.id), [ken])
        try store!.postponeMergeSuggestion(customer: ken, other: instagram, until: tomorrow.addingTimeInterval(86400), by: nil)
        XCTAssertEqual(try store!.mergeSuggestions(forCustomer: instagram), [])
        XCTAssertEqual(try store!.db.scalarInt("SELECT count(*) FROM customer_postponed_pairs"), 1, "one row per pair")
        store!.clock = { tomorrow.addingTimeInterval(86400) }
        XCTAssertEqual(try store!.mergeSuggestions(forCustomer: instagram).map(\.other.id), [ken])
    }
}

extension MailImportTests {
    func testAutomaticSendersAndTheShopsOwnAddressNeverBecomeCustomers() throws {
        let bounce = try XCTUnwrap(conversationID(try load(mail(id: "b1@x", from: "Mail Delivery System <MAILER-DAEMON@mx.example.jp>",
                                                                  subject: "Undelivered Mail Returned to Sender"))))
        let away = try XCTUnwrap(conversationID(try load(mail(id: "b2@x", from: "Someone <someone@example.org>", subject: "Out of office",
                                                                extra: "Auto-Submitted: auto-replied\n"))))
        let selfSent = try XCTUnwrap(conversationID(try load(mail(id: "b3@x", from: "Flourist <support@flourist.example.jp>",
                                                                    to: "support@flourist.example.jp", subject: "Test"))))
        for address in ["MAILER-DAEMON@mx.example.jp", "someone@example.org", "support@flourist.example.jp"] {
            XCTAssertNil(try store.customerID(channel: .email, address: address), address)
        }
        let holders = Set(try [bounce, away, selfSent].map { try XCTUnwrap(store.conversation(id: $0)?.customerID) })
        XCTAssertEqual(holders.count, 1, "one holder of automatic mail, not a customer each")
        XCTAssertEqual(try store.db.scalarInt("SELECT automatic FROM customers WHERE id = ?", [.int(holders.first!)]), 1)
        XCTAssertEqual(try store.identities(ofCustomer: holders.first!), [])

        // A person who later writes is a customer of their own.
        let person = try XCTUnwrap(conversationID(try load(mail(id: "b4@x", from: "Someone <someone@example.org>", subject: "Order"))))
        XCTAssertNotEqual(try store.conversation(id: person)?.customerID, holders.first)
    }

    func testCustomersExportSkipsAutomaticAndShopAddresses() throws {
        let csv = "Customer ID,First Name,Last Name,Email\n1,Mail,Daemon,mailer-daemon@example.jp\n2,Shop,Self,support@flourist.example.jp\n3,Hana,Ko,hana@example.jp\n"
        let summary = try CustomersImporter(store: store, shopAddresses: ["support@flourist.example.jp"])
            .importData(Data(csv.utf8), file: "customers.csv")
        XCTAssertEqual(summary.skipped.count, 2, "\(summary.skipped)")
        XCTAssertNil(try store.customerID(channel: .email, address: "mailer-daemon@example.jp"))
        XCTAssertNil(try store.customerID(channel: .email, address: "support@flourist.example.jp"))
    }
}
