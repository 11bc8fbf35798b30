import Foundation
import XCTest
@testable import MadoCore

/// A reply answers the customer only once it has left; until then it is visible as not sent.
final class OutboxStateTests: XCTestCase {
    var store: Store!
    var hanako: Agent!
    var builder: ReplyBuilder!

    override func setUpWithError() throws {
        store = try TestStore.make()
        hanako = try store.addAgent(login: "hanako", name: "Hanako Sato", email: "hanako@flourist.example.jp")
        builder = ReplyBuilder(store: store, shop: ShopSettings(name: "Flourist", address: "support@flourist.example.jp"))
    }

    func queueReply(_ id: Int64) throws -> Int64 {
        var draft = try builder.draft(conversationID: id, agent: hanako)
        draft.body = "Shipped today." + draft.body
        return try builder.queue(draft, agent: hanako, now: TestStore.now)
    }

    func overdue() -> ConversationFilter { InboxView.builtIn(agentLogin: "hanako").first { $0.name == "Overdue" }!.filter }
    func outboxView() throws -> ConversationFilter { try XCTUnwrap(InboxView.builtIn(agentLogin: "hanako").first { $0.name == "Outbox" }).filter }

    func testQueuedOrFailedReplyLeavesTheCustomerWaitingUntilItIsSent() throws {
        let id = try TestStore.conversation(store, name: "Taro", email: "taro@example.jp", subject: "Order", minutesAgo: 6 * 60)
        let waiting = try store.conversation(id: id)?.waitingSince
        let outboxID = try queueReply(id)
        XCTAssertEqual(try store.conversation(id: id)?.waitingSince, waiting, "queued is not answered")
        XCTAssertNil(try store.conversation(id: id)?.firstResponseAt)
        try store.markFailed(outboxID, error: "'sendmail' exited with 1")
        XCTAssertEqual(try store.conversationIDs(overdue()), [id], "a failed reply keeps it overdue")
        try store.markSent(outboxID, externalID: nil)
        XCTAssertNil(try store.conversation(id: id)?.waitingSince)
        XCTAssertEqual(try store.conversation(id: id)?.firstResponseAt, TestStore.now)
        XCTAssertEqual(try store.conversationIDs(overdue()), [])
    }

    func testCustomerWritingAgainWhileTheReplyWaitsStillWaitsAfterItLeaves() throws {
        let id = try TestStore.conversation(store, name: "Taro", email: "taro@example.jp", subject: "Order", minutesAgo: 60)
        let outboxID = try queueReply(id)
        let later = TestStore.now.addingTimeInterval(60)
        try store.append(NewMessage(channel: .email, direction: .incoming, externalID: "again", fromName: "Taro", fromAddress: "taro@example.jp",
                                    text: "Also, a gift card?", sentAt: later), to: id)
        try store.markSent(outboxID, externalID: nil)
        XCTAssertEqual(try store.conversation(id: id)?.waitingSince, later)
    }

    func testMailAlreadySentFromTheShopAnswersAtOnce() throws {
        let id = try TestStore.conversation(store, name: "Taro", email: "taro@example.jp", subject: "Order", minutesAgo: 60)
        try store.append(NewMessage(channel: .email, direction: .outgoing, externalID: "ours", fromName: "Hanako", fromAddress: "support@flourist.example.jp",
                                    text: "Answered from the mail client", sentAt: TestStore.now), to: id)
        XCTAssertNil(try store.conversation(id: id)?.waitingSince)
        XCTAssertEqual(try store.conversation(id: id)?.firstResponseAt, TestStore.now)
    }

    func testThreadCarriesEachReplysOutboxStateAndTheOutboxViewListsUnsentOnes() throws {
        let id = try TestStore.conversation(store, name: "Taro", email: "taro@example.jp", subject: "Order", minutesAgo: 60)
        let other = try TestStore.conversation(store, name: "Ken", email: "ken@example.jp", subject: "Hi", minutesAgo: 30)
        let outboxID = try queueReply(id)
        try store.apply(.setStatus(.closed), to: [id], by: hanako)
        try store.markFailed(outboxID, error: "'sendmail' exited with 1: relay denied")
        let reply = try XCTUnwrap(store.messages(inConversation: id).last)
        XCTAssertEqual(reply.outbox, OutboxStatus(id: outboxID, state: .failed, error: "'sendmail' exited with 1: relay denied"))
        XCTAssertNil(try store.messages(inConversation: other).last?.outbox)
        XCTAssertEqual(try store.conversationIDs(outboxView()), [id], "closed or not, an unsent reply is listed")
        try store.markSent(outboxID, externalID: nil)
        XCTAssertEqual(try store.conversationIDs(outboxView()), [])
    }

    func testWithdrawnFailedReplyLeavesTheThreadAndCanNeverBeRetried() throws {
        let id = try TestStore.conversation(store, name: "Taro", email: "taro@example.jp", subject: "Order", minutesAgo: 60)
        let outboxID = try queueReply(id)
        XCTAssertThrowsError(try store.withdrawFailed(outboxID), "a queued reply may be on its way: not withdrawn")
        try store.markFailed(outboxID, error: "exit 1")
        let draft = try store.withdrawFailed(outboxID)
        XCTAssertTrue(draft.body.hasPrefix("Shipped today."))
        XCTAssertEqual(draft.to, "taro@example.jp")
        XCTAssertNil(try store.outboxItem(id: outboxID))
        XCTAssertEqual(try store.messages(inConversation: id).count, 1)
        XCTAssertThrowsError(try store.requeue(outboxID))
        XCTAssertEqual(try store.conversationIDs(.search(SearchQuery("Shipped"))), [], "not found by search either")
    }
}
