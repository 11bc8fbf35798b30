import Foundation
import XCTest
@testable import MadoCore

/// The first pages of a search come from a walk in queue order (`SearchWalk`) and `from:` from
/// trigram indexes over people (`PeopleIndex`); both must answer exactly as the full match does.
final class SearchWalkTests: XCTestCase {
    var store: Store!

    override func setUpWithError() throws {
        store = try TestStore.make()
        // 40 conversations; every third mentions 返品, every fifth "refund", the rest small talk.
        for number in 0..<40 {
            var words = ["hello"]
            if number % 3 == 0 { words.append("返品をお願いします") }
            if number % 5 == 0 { words.append("a refund please") }
            let id = try TestStore.conversation(store, name: number % 4 == 0 ? "Emma Wilson" : "山田 太郎",
                                                email: "customer\(number)@example.jp", subject: "Order \(number)",
                                                minutesAgo: 10 + number * 7, text: words.joined(separator: " "))
            if number % 2 == 0 { try store.setStatus(.closed, conversationID: id, by: nil) }
        }
    }

    /// Every page through the full match: a temporary table of all hits, then the page.
    func fullMatch(_ query: String, offset: Int, limit: Int) throws -> [Int64] {
        let filter = try store.prepared(.search(try SearchQuery(query)))
        let (whereSQL, bindings) = filter.whereClause(now: store.now)
        return try store.db.rows("SELECT c.id FROM conversations c WHERE \(whereSQL) ORDER BY c.queue_order, c.id LIMIT ? OFFSET ?",
                                 bindings + [.int(Int64(limit)), .int(Int64(offset))]) { $0.int(0) }
    }

    func testWalkFindsTheSamePagesInTheSameOrderAsTheFullMatch() throws {
        for query in ["返品", "refund", "返品 refund", "status:open 返品", "hello", "is:unread refund", "REFUND", "ｒｅｆｕｎｄ",
                      "\"a refund\"", "品を", "from:wilson", "from:wilson refund", "from:customer1 返品", "from:em hello", "a", "お"] {
            for (offset, limit) in [(0, 5), (3, 4), (0, 50), (10, 10)] {
                let filter = ConversationFilter.search(try SearchQuery(query))
                let expected = try fullMatch(query, offset: offset, limit: limit)
                // Each walk alone (the other's window too small to answer), then both.
                // Each walk alone (the others' windows too small to answer), then all; the last led by a
                // word in fewer than 1000 messages (every word here).
                // Words in more messages than 5 and fewer than 1000 (all here): the index's lists, no text walk.
                XCTAssertEqual(try SearchWalk.pageIDs(filter, offset: offset, limit: limit, now: store.now, db: store.db,
                                                      textWindow: 0, rare: 5, common: 1000), expected, "\(query): medium words")
                // (common: 0 takes every word as common, so the walk over message text is tried.)
                for (window, textWindow, rare) in [(1000, 0, 0), (0, 1000, 0), (1000, 1000, 0), (12, 12, 0), (0, 0, 1000)] {
                    let walked = try SearchWalk.pageIDs(filter, offset: offset, limit: limit, now: store.now, db: store.db,
                                                        window: window, textWindow: textWindow, rare: rare, common: 0)
                    if let walked { XCTAssertEqual(walked, expected, "\(query) \(offset)+\(limit) windows \(window)/\(textWindow)") }
                    if window >= 40 || (rare > 0 && !filter.search!.words.isEmpty) {
                        XCTAssertNotNil(walked, "\(query): a window over the whole view answers, and so does a rare word")
                    }
                }
            }
        }
    }

    func testWalkGivesUpWhenItsWindowHoldsTooFewAndTheStoreStillAnswers() throws {
        let filter = ConversationFilter.search(try SearchQuery("返品 refund"))   // 3 of 40
        XCTAssertNil(try SearchWalk.pageIDs(filter, offset: 0, limit: 3, now: store.now, db: store.db, window: 10, textWindow: 10, rare: 0, common: 0))
        XCTAssertNotNil(try SearchWalk.pageIDs(filter, offset: 0, limit: 3, now: store.now, db: store.db, window: 40, textWindow: 10, rare: 0, common: 0),
                        "a window over the whole view answers even when it finds fewer than a page")
        XCTAssertEqual(try store.conversations(filter, offset: 0, limit: 50).map(\.id), try fullMatch("返品 refund", offset: 0, limit: 50))
        XCTAssertEqual(try store.countConversations(filter), 3)
    }

    func ids(_ query: String) throws -> [Int64] {
        try store.conversations(.search(try SearchQuery(query)), offset: 0, limit: 100).map(\.id).sorted()
    }

    func testFromFollowsEveryChangeToNamesAndIdentities() throws {
        XCTAssertEqual(try ids("from:wilson").count, 10)
        let emma = try XCTUnwrap(store.customerID(channel: .email, address: "customer0@example.jp"))
        let emmasConversation = try XCTUnwrap(ids("from:customer0@").first)
        XCTAssertEqual(try ids("from:zephyr"), [])
        // A new identity is found at once (the index is kept by triggers, not by each writer).
        try store.addIdentity(customerID: emma, channel: .instagram, address: "17841400000001", handle: "zephyr.flowers")
        XCTAssertEqual(try ids("from:zephyr"), [emmasConversation])
        XCTAssertEqual(try ids("from:ZEPHYR.flo"), [emmasConversation], "case is ignored")
        try store.addIdentity(customerID: emma, channel: .line, address: "U0001", displayName: "ÉLODIE Ōkubo")
        XCTAssertEqual(try ids("from:élodie"), [emmasConversation], "in every script, as in word search")
        XCTAssertEqual(try ids("from:ōkubo"), [emmasConversation])
        // Merged into another customer: found under the one kept.
        let taro = try XCTUnwrap(store.customerID(channel: .email, address: "customer1@example.jp"))
        _ = try store.mergeCustomer(keep: taro, other: emma, by: nil)
        XCTAssertTrue(try ids("from:customer1@").contains(emmasConversation))
        // Erased: nothing of theirs is found by any of their words.
        try store.eraseCustomer(taro, by: nil)
        XCTAssertEqual(try ids("from:zephyr"), [])
        XCTAssertEqual(try ids("from:customer1@"), [])
    }

    func testFromWithShortOrWildcardTextStillMeansLike() throws {
        XCTAssertEqual(try ids("from:em").count, 10, "two characters: too short for trigrams, read row by row")
        XCTAssertEqual(try ids("from:customer_0@").count, 3, "LIKE's _ is any character: customer10@, 20@ and 30@")
        XCTAssertEqual(try ids("from:wilson refund").count, 2, "conversations 0 and 20")
    }
}

/// Tags and `from:` matching thousands of rows are walked in queue order and checked row by row
/// (`ConversationFilter.isMany`), a few are started from: both answer as the full match does.
final class SearchWalkPlanTests: XCTestCase {
    func testManyAndFewCustomersAndTagsGiveTheFullMatchPages() throws {
        let store = try TestStore.make()
        for number in 0..<240 {
            let id = try TestStore.conversation(store, name: number % 7 == 0 ? "Emma Stone" : "Customer \(number)",
                                                email: "shopper\(number)@example.jp", subject: "Order \(number)",
                                                minutesAgo: 5 + (number * 37) % 1000, text: number % 3 == 0 ? "a refund please" : "hello")
            if number % 10 != 0 { try store.addTag("gift", conversationID: id, by: nil) }
            if number == 17 { try store.addTag("rare", conversationID: id, by: nil) }
            if number % 5 == 0 { try store.setStatus(.closed, conversationID: id, by: nil) }
        }
        let customers = try XCTUnwrap(store.db.scalarInt("SELECT max(id) FROM customers"))
        XCTAssertTrue(ConversationFilter.isMany(240, of: customers), "from:shopper is walked")
        XCTAssertFalse(ConversationFilter.isMany(35, of: customers), "from:emma starts from the customers")
        for query in ["from:shopper", "from:shopper refund", "from:emma", "from:emma refund", "from:shopper17@", "tag:gift",
                      "tag:gift refund", "tag:rare", "tag:rare hello", "tag:gift from:emma status:open", "from:nobody refund"] {
            let filter = ConversationFilter.search(try SearchQuery(query))
            let full = try store.prepared(filter)
            let (whereSQL, bindings) = full.whereClause(now: store.now)
            for (offset, limit) in [(0, 10), (5, 20), (0, 300)] {
                let expected = try store.db.rows("SELECT c.id FROM conversations c WHERE \(whereSQL) ORDER BY c.queue_order, c.id LIMIT ? OFFSET ?",
                                                 bindings + [.int(Int64(limit)), .int(Int64(offset))]) { $0.int(0) }
                XCTAssertEqual(try store.conversations(filter, offset: offset, limit: limit).map(\.id), expected, "\(query) \(offset)+\(limit)")
            }
        }
        // A view with a tag on many conversations pages the same as one counted from the tag.
        var view = ConversationFilter(snooze: .any)
        view.tag = "gift"
        XCTAssertTrue(try store.plannedForPage(view).walksTags)
        view.tag = "rare"
        XCTAssertFalse(try store.plannedForPage(view).walksTags)
    }
}
