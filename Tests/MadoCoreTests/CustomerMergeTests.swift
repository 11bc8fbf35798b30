import Foundation
import XCTest
@testable import MadoCore

final class CustomerMergeTests: XCTestCase {
    /// Hanako wrote by email (customer A, with an attached order, an order matched by email, a shop
    /// record and notes) and on Instagram (customer B, with its own name, notes, order and a tag).
    struct Pair { let store: Store; let email: Int64; let instagram: Int64; let igConversation: Int64 }

    func makePair() throws -> Pair {
        let store = try TestStore.make()
        let first = try TestStore.conversation(store, name: "Hanako Yamada", email: "hanako@example.com", subject: "Gift wrap?", minutesAgo: 300)
        try TestStore.conversation(store, name: "Hanako Yamada", email: "hanako@example.com", subject: "Where is my order", minutesAgo: 200)
        let email = try XCTUnwrap(store.customerID(channel: .email, address: "hanako@example.com"))
        try store.append(NewMessage(channel: .email, direction: .note, externalID: nil, fromName: "Aki", fromAddress: "",
                                    subject: "", text: "Called her back", sentAt: TestStore.now), to: first)
        try store.setCustomerNotes(email, notes: "Prefers mail", by: nil)
        try store.write {
            var attached = ShopOrder(name: "#1042")
            attached.email = "hanako@example.com"
            try store.saveOrder(attached, customerID: email)
            var byEmail = ShopOrder(name: "#1043")
            byEmail.email = "HANAKO@example.com"
            try store.saveOrder(byEmail, customerID: nil)
            try store.saveShopCustomer(Store.ShopCustomer(shopifyID: "9001", email: "hanako@example.com", phone: "090-1234-5678"), customerID: email)
        }

        let instagram = try store.addCustomer(name: "はなこ")
        try store.addIdentity(customerID: instagram, channel: .instagram, address: "17841400000001", handle: "hanako_y", displayName: "はなこ")
        try store.addIdentity(customerID: instagram, channel: .email, address: "hanako.work@example.com")
        let igConversation = try store.addConversation(customerID: instagram, channel: .instagram, subject: "", at: TestStore.now.addingTimeInterval(-60))
        try store.append(NewMessage(channel: .instagram, direction: .incoming, externalID: "mid.1", fromName: "はなこ",
                                    fromAddress: "17841400000001", subject: "", text: "#1044 は届きますか", sentAt: TestStore.now.addingTimeInterval(-60)),
                         to: igConversation)
        try store.addTag("gift", conversationID: igConversation, by: nil)
        try store.setCustomerNotes(instagram, notes: "Likes roses", by: nil)
        try store.write {
            var order = ShopOrder(name: "#1044")
            order.email = "hanako.work@example.com"
            try store.saveOrder(order, customerID: instagram)
        }
        return Pair(store: store, email: email, instagram: instagram, igConversation: igConversation)
    }

    /// Every row that says who a customer is or what belongs to them, as text, for exact comparison.
    func snapshot(_ store: Store, _ ids: [Int64]) throws -> [String] {
        let list = ids.map(String.init).joined(separator: ",")
        let queries = [
            "SELECT id, name, created_at, notes, notes_by, notes_at, merged_into FROM customers WHERE id IN (\(list)) ORDER BY id",
            "SELECT id, customer_id, channel, address, handle, display_name FROM identities ORDER BY id",
            "SELECT id, customer_id, channel, subject, status FROM conversations ORDER BY id",
            "SELECT id, conversation_id, direction, text FROM messages ORDER BY id",
            "SELECT conversation_id, tag_id FROM conversation_tags ORDER BY conversation_id, tag_id",
            "SELECT id, name, customer_id, email FROM orders ORDER BY id",
            "SELECT id, customer_id, shopify_id, email, phone FROM shop_customers ORDER BY id",
            "SELECT id, customer_id, field, value FROM customer_alternatives ORDER BY id",
        ]
        var lines: [String] = []
        for sql in queries {
            lines.append(sql)
            try store.db.query(sql) { row in
                let count = sqlite3ColumnCount(row)
                lines.append((0..<count).map { row.optionalText(Int32($0)) ?? "NULL" }.joined(separator: "|"))
            }
        }
        return lines
    }

    func sqlite3ColumnCount(_ row: Row) -> Int { Int(row.columnCount) }

    func testMergeMovesEverythingAndKeepsOtherValuesAsAlternatives() throws {
        let pair = try makePair()
        let store = pair.store
        let merge = try store.mergeCustomer(keep: pair.email, other: pair.instagram, by: nil)

        XCTAssertEqual(Set(try store.identities(ofCustomer: pair.email).map(\.address)),
                       ["hanako@example.com", "hanako.work@example.com", "17841400000001"])
        XCTAssertEqual(try store.conversations(ofCustomer: pair.email).count, 3)
        XCTAssertEqual(try store.conversation(id: pair.igConversation)?.tags, ["gift"], "tags ride on the conversation")
        XCTAssertEqual(try store.conversation(id: pair.igConversation)?.customerID, pair.email)
        XCTAssertEqual(Set(try store.orders(ofCustomer: pair.email).map(\.name)), ["#1042", "#1043", "#1044"])
        XCTAssertEqual(try store.customerID(channel: .instagram, address: "17841400000001"), pair.email)
        let kept = try XCTUnwrap(store.customer(id: pair.email))
        XCTAssertEqual(kept.name, "Hanako Yamada", "the kept record wins")
        XCTAssertEqual(kept.notes, "Prefers mail")
        XCTAssertEqual(try store.alternatives(ofCustomer: pair.email),
                       [CustomerAlternative(field: "name", value: "はなこ", fromCustomerID: pair.instagram),
                        CustomerAlternative(field: "notes", value: "Likes roses", fromCustomerID: pair.instagram)])
        XCTAssertEqual(try store.customer(id: pair.instagram)?.mergedInto, pair.email)
        XCTAssertEqual(merge.moved["identity"], 2)
        XCTAssertEqual(merge.moved["conversation"], 1)
        XCTAssertEqual(merge.moved["order"], 1)
        XCTAssertEqual(try store.events(conversationID: pair.igConversation).last?.kind, "customer.merge")
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM events WHERE kind = 'customer.merge' AND conversation_id IS NULL"), 1)
    }

    func testMergeThenUnmergeRestoresBothCustomersExactly() throws {
        let pair = try makePair()
        let store = pair.store
        let before = try snapshot(store, [pair.email, pair.instagram])
        let merge = try store.mergeCustomer(keep: pair.email, other: pair.instagram, by: nil)
        XCTAssertNotEqual(try snapshot(store, [pair.email, pair.instagram]), before)
        try store.unmergeCustomer(mergeID: merge.id, by: nil)
        XCTAssertEqual(try snapshot(store, [pair.email, pair.instagram]), before)
        XCTAssertNotNil(try store.customerMerge(id: merge.id)?.undoneAt)
        XCTAssertEqual(try store.events(conversationID: pair.igConversation).last?.kind, "customer.unmerge")
        XCTAssertThrowsError(try store.unmergeCustomer(mergeID: merge.id, by: nil)) {
            XCTAssertEqual($0 as? CustomerMergeError, .alreadyUndone(merge: merge.id))
        }
    }

    func testUnmergeRestoresFieldsTheMergeFilledAndLeavesLaterEditsAlone() throws {
        let store = try TestStore.make()
        let keep = try store.addCustomer(name: "keep@example.com")
        try store.addIdentity(customerID: keep, channel: .email, address: "keep@example.com")
        let other = try store.addCustomer(name: "Sato Ken")
        try store.setCustomerNotes(other, notes: "Wholesale", by: nil)
        let before = try snapshot(store, [keep, other])
        try store.mergeCustomer(keep: keep, other: other, by: nil)
        XCTAssertEqual(try store.customer(id: keep)?.name, "Sato Ken", "an address as a name is a placeholder, not a value")
        XCTAssertEqual(try store.customer(id: keep)?.notes, "Wholesale")
        XCTAssertEqual(try store.alternatives(ofCustomer: keep), [])
        try store.unmergeCustomer(other, by: nil)
        XCTAssertEqual(try snapshot(store, [keep, other]), before)

        try store.mergeCustomer(keep: keep, other: other, by: nil)
        try store.setCustomerNotes(keep, notes: "Wholesale; invoice monthly", by: nil)
        try store.unmergeCustomer(keep, by: nil)
        XCTAssertEqual(try store.customer(id: keep)?.notes, "Wholesale; invoice monthly", "an edit made after the merge is not undone")
        XCTAssertEqual(try store.customer(id: keep)?.name, "keep@example.com")
    }

    func testMergesAreRefusedWhenTheyCannotBeUndoneCleanly() throws {
        let store = try TestStore.make()
        let a = try store.addCustomer(name: "A"), b = try store.addCustomer(name: "B"), c = try store.addCustomer(name: "C")
        XCTAssertThrowsError(try store.mergeCustomer(keep: a, other: a, by: nil))
        let first = try store.mergeCustomer(keep: b, other: a, by: nil)
        XCTAssertThrowsError(try store.mergeCustomer(keep: a, other: c, by: nil)) {
            XCTAssertEqual($0 as? CustomerMergeError, .alreadyMerged(customer: a, into: b))
        }
        try store.mergeCustomer(keep: c, other: b, by: nil)
        XCTAssertThrowsError(try store.unmergeCustomer(mergeID: first.id, by: nil)) {
            XCTAssertEqual($0 as? CustomerMergeError, .laterMergeFirst(merge: first.id, keep: b, into: c))
        }
        try store.unmergeCustomer(c, by: nil)
        try store.unmergeCustomer(a, by: nil)
        XCTAssertNil(try store.customer(id: a)?.mergedInto)
        XCTAssertThrowsError(try store.unmergeCustomer(a, by: nil)) { XCTAssertEqual($0 as? CustomerMergeError, .nothingToUndo(a)) }
    }
}
