import Foundation
import XCTest
@testable import MadoCore

final class ConversationQueueTests: XCTestCase {
    func testConversationWaitingLongestIsOnTop() throws {
        let store = try TestStore.make()
        let recent = try TestStore.conversation(store, name: "A", email: "a@example.com", subject: "recent", minutesAgo: 5)
        let oldest = try TestStore.conversation(store, name: "B", email: "b@example.com", subject: "oldest", minutesAgo: 3000)
        let middle = try TestStore.conversation(store, name: "C", email: "c@example.com", subject: "middle", minutesAgo: 90)
        let answered = try TestStore.conversation(store, name: "D", email: "d@example.com", subject: "answered", minutesAgo: 9000)
        try store.append(NewMessage(channel: .email, direction: .outgoing, text: "Done", sentAt: TestStore.now), to: answered)
        let rows = try store.conversations(ConversationFilter(statuses: [.open]), offset: 0, limit: 10)
        XCTAssertEqual(rows.map(\.id), [oldest, middle, recent, answered])
        XCTAssertNil(rows.last?.waitingSince, "we spoke last: nobody is waiting")
    }

    func testPagesAreWindowsOfTheSameOrder() throws {
        let store = try TestStore.make()
        for index in 0..<30 {
            try TestStore.conversation(store, name: "N\(index)", email: "n\(index)@example.com", subject: "s\(index)", minutesAgo: 1000 - index)
        }
        let filter = ConversationFilter(statuses: [.open])
        let all = try store.conversations(filter, offset: 0, limit: 30).map(\.id)
        let page = try store.conversations(filter, offset: 10, limit: 5).map(\.id)
        XCTAssertEqual(page, Array(all[10..<15]))
        XCTAssertEqual(try store.countConversations(filter), 30)
        XCTAssertEqual(try store.position(of: all[17], in: filter), 17)
    }

    func testClosingRecordsAnAuditEventWithBeforeAndAfter() throws {
        let store = try TestStore.make()
        let agent = try store.addAgent(login: "hanako", name: "Hanako Sato")
        let id = try TestStore.conversation(store, name: "Emma", email: "emma@example.com", subject: "Order", minutesAgo: 5)
        XCTAssertEqual(try store.setStatus(.closed, conversationID: id, by: agent), .open)
        XCTAssertNil(try store.setStatus(.closed, conversationID: id, by: agent), "closing twice changes nothing")
        let conversation = try XCTUnwrap(store.conversation(id: id))
        XCTAssertEqual(conversation.status, .closed)
        XCTAssertEqual(conversation.closedAt, TestStore.now)
        let events = try store.events(conversationID: id)
        XCTAssertEqual(events.count, 1)
        XCTAssertEqual(events[0].agentLogin, "hanako")
        XCTAssertEqual(events[0].kind, "status")
        XCTAssertEqual(events[0].before, "open")
        XCTAssertEqual(events[0].after, "closed")
    }

    func testCustomerMessageReopensClosedConversation() throws {
        let store = try TestStore.make()
        let id = try TestStore.conversation(store, name: "Emma", email: "emma@example.com", subject: "Order", minutesAgo: 50)
        try store.setStatus(.closed, conversationID: id, by: nil)
        try store.append(NewMessage(channel: .email, direction: .incoming, externalID: "again", text: "One more thing",
                                    sentAt: TestStore.now), to: id)
        XCTAssertEqual(try store.conversation(id: id)?.status, .open)
        XCTAssertEqual(try store.events(conversationID: id).last?.agentLogin, "mado")
    }

    func testAutomaticMailDoesNotReopen() throws {
        let store = try TestStore.make()
        let id = try TestStore.conversation(store, name: "Emma", email: "emma@example.com", subject: "Order", minutesAgo: 50)
        try store.setStatus(.closed, conversationID: id, by: nil)
        try store.append(NewMessage(channel: .email, direction: .incoming, externalID: "ooo", text: "I am away",
                                    sentAt: TestStore.now, auto: true), to: id)
        XCTAssertEqual(try store.conversation(id: id)?.status, .closed)
    }

    func testSameExternalIDIsStoredOnce() throws {
        let store = try TestStore.make()
        let id = try TestStore.conversation(store, name: "Emma", email: "emma@example.com", subject: "Order", minutesAgo: 50)
        let message = NewMessage(channel: .email, direction: .incoming, externalID: "<dup@example.com>", text: "x", sentAt: TestStore.now)
        XCTAssertNotNil(try store.append(message, to: id))
        XCTAssertNil(try store.append(message, to: id))
        XCTAssertEqual(try store.messages(inConversation: id).count, 2)
    }

    func testFirstReplySetsFirstResponseTimeOnce() throws {
        let store = try TestStore.make()
        let id = try TestStore.conversation(store, name: "Emma", email: "emma@example.com", subject: "Order", minutesAgo: 50)
        let first = TestStore.now.addingTimeInterval(-600)
        try store.append(NewMessage(channel: .email, direction: .outgoing, text: "On it", sentAt: first), to: id)
        try store.append(NewMessage(channel: .email, direction: .outgoing, text: "Sent", sentAt: TestStore.now), to: id)
        XCTAssertEqual(try store.conversation(id: id)?.firstResponseAt, first)
    }

    func testCustomerHistorySpansChannelsNewestFirst() throws {
        let store = try TestStore.make()
        let old = try TestStore.conversation(store, name: "Emma", email: "emma@example.com", subject: "Old", minutesAgo: 5000)
        let customer = try XCTUnwrap(store.conversation(id: old)?.customerID)
        try store.addIdentity(customerID: customer, channel: .instagram, address: "1784", handle: "emma.w")
        let dm = try store.addConversation(customerID: customer, channel: .instagram, subject: "", at: TestStore.now)
        try store.append(NewMessage(channel: .instagram, direction: .incoming, externalID: "mid.1", text: "hi 🌸", sentAt: TestStore.now), to: dm)
        XCTAssertEqual(try store.conversations(ofCustomer: customer).map(\.id), [dm, old])
        XCTAssertEqual(try store.identities(ofCustomer: customer).map(\.shownAddress), ["emma@example.com", "@emma.w"])
        XCTAssertEqual(try store.conversation(id: dm)?.title, "hi 🌸", "a subject-less conversation shows its first line")
    }

    func testDemoStoreHasCustomersOnBothChannels() throws {
        let store = try TestStore.make()
        try DemoStore.populate(store, now: TestStore.now)
        let both = try store.db.scalarInt("""
            SELECT count(*) FROM (SELECT customer_id FROM conversations GROUP BY customer_id HAVING count(DISTINCT channel) = 2)
            """)
        XCTAssertGreaterThan(try store.countConversations(ConversationFilter(snooze: .any)), 0)
        XCTAssertGreaterThanOrEqual(both ?? 0, DemoContent.conversations.count >= 40 ? 6 : 0)
    }

    func testGeneratorBuildsTheAskedNumberOfConversations() throws {
        let store = try TestStore.make()
        try DemoGenerator.generate(store, conversations: 500, now: TestStore.now)
        XCTAssertEqual(try store.countConversations(ConversationFilter(snooze: .any)), 500)
        let open = try store.conversations(ConversationFilter(statuses: [.open]), offset: 0, limit: 50)
        XCTAssertTrue(open.allSatisfy { $0.waitingSince != nil })
    }
}
