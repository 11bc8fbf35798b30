import Foundation
import XCTest
@testable import MadoCore

final class TriageTests: XCTestCase {
    var store: Store!
    var hanako: Agent!
    var ids: [Int64] = []

    override func setUpWithError() throws {
        store = try TestStore.make()
        hanako = try store.addAgent(login: "hanako", name: "Hanako Sato")
        try store.addAgent(login: "ken", name: "Ken Tanaka")
        ids = try (0..<3).map { try TestStore.conversation(store, name: "C\($0)", email: "c\($0)@example.com", subject: "s\($0)", minutesAgo: 10 + $0) }
    }

    func testBulkCloseIsOneEventPerConversationAndUndoRestoresAll() throws {
        try store.setStatus(.pending, conversationID: ids[2], by: hanako)
        let changes = try store.apply(.setStatus(.closed), to: ids, by: hanako)
        XCTAssertEqual(changes.count, 3)
        XCTAssertEqual(try ids.map { try store.conversation(id: $0)!.status }, [.closed, .closed, .closed])
        for id in ids { XCTAssertEqual(try store.events(conversationID: id).last?.after, "closed") }
        try store.undo(changes, by: hanako)
        XCTAssertEqual(try ids.map { try store.conversation(id: $0)!.status }, [.open, .open, .pending])
        XCTAssertEqual(try store.events(conversationID: ids[0]).map(\.after), ["closed", "open"], "undo is audited too")
    }

    func testAssignTagPriorityUnreadAndTheirUndo() throws {
        let assign = try store.apply(.assign(login: "ken"), to: [ids[0]], by: hanako)
        XCTAssertEqual(try store.conversation(id: ids[0])?.assigneeLogin, "ken")
        XCTAssertEqual(assign.first?.undo, .assign(login: nil))
        let tag = try store.apply(.addTag("gift"), to: ids, by: hanako)
        XCTAssertEqual(try store.conversation(id: ids[1])?.tags, ["gift"])
        XCTAssertEqual(try store.apply(.addTag("gift"), to: ids, by: hanako), [], "already tagged: nothing changes")
        try store.undo(tag, by: hanako)
        XCTAssertEqual(try store.conversation(id: ids[1])?.tags, [])
        try store.apply(.setPriority(2), to: [ids[0]], by: hanako)
        XCTAssertEqual(try store.conversation(id: ids[0])?.priority, 2)
        try store.markRead(conversationID: ids[0])
        try store.apply(.setUnread(true), to: [ids[0]], by: hanako)
        XCTAssertEqual(try store.conversation(id: ids[0])?.unread, true)
        XCTAssertThrowsError(try store.apply(.assign(login: "nobody"), to: [ids[0]], by: hanako))
    }

    func testSnoozedConversationLeavesInboxAndComesBackWhenCustomerWrites() throws {
        let inbox = ConversationFilter(statuses: [.open])
        try store.apply(.snooze(until: TestStore.now.addingTimeInterval(3600)), to: [ids[0]], by: hanako)
        XCTAssertFalse(try store.conversations(inbox, offset: 0, limit: 10).contains { $0.id == ids[0] })
        XCTAssertTrue(try store.conversations(ConversationFilter(snooze: .only), offset: 0, limit: 10).contains { $0.id == ids[0] })
        try store.append(NewMessage(channel: .email, direction: .incoming, externalID: "wake", text: "hello?", sentAt: TestStore.now), to: ids[0])
        XCTAssertTrue(try store.conversations(inbox, offset: 0, limit: 10).contains { $0.id == ids[0] })
    }

    func testSnoozeComesBackAtItsTime() throws {
        try store.apply(.snooze(until: TestStore.now.addingTimeInterval(3600)), to: [ids[1]], by: nil)
        XCTAssertFalse(try store.conversationIDs(ConversationFilter(statuses: [.open])).contains(ids[1]))
        let anHourLater = TestStore.now.addingTimeInterval(3601)
        let afterwards = try Store(path: store.path, create: false, clock: { anHourLater })
        XCTAssertTrue(try afterwards.conversationIDs(ConversationFilter(statuses: [.open])).contains(ids[1]))
    }

    func testTwoAgentsChangingOneConversationBothLand() throws {
        let other = try Store(path: store.path, create: false, clock: { TestStore.now })
        let ken = try XCTUnwrap(other.agent(login: "ken"))
        try store.apply(.addTag("vip"), to: [ids[0]], by: hanako)
        try other.apply(.addTag("gift"), to: [ids[0]], by: ken)
        try other.apply(.assign(login: "ken"), to: [ids[0]], by: ken)
        try store.apply(.setPriority(1), to: [ids[0]], by: hanako)
        let conversation = try XCTUnwrap(store.conversation(id: ids[0]))
        XCTAssertEqual(conversation.tags, ["gift", "vip"])
        XCTAssertEqual(conversation.assigneeLogin, "ken")
        XCTAssertEqual(conversation.priority, 1)
        XCTAssertEqual(try store.events(conversationID: ids[0]).map(\.agentLogin), ["hanako", "ken", "ken", "hanako"])
    }

    func testSnoozeChoices() {
        let tokyo = TimeZone(identifier: "Asia/Tokyo")!
        // 2026-11-18 (Wednesday) 05:06 JST
        let now = TestStore.now
        let tomorrow = SnoozeTimes.date(for: .tomorrowMorning, now: now, timeZone: tokyo)
        XCTAssertEqual(ConversationJSON.iso(tomorrow), "2026-11-19T00:00:00Z")   // 09:00 JST
        let monday = SnoozeTimes.date(for: .nextWeek, now: now, timeZone: tokyo)
        XCTAssertEqual(ConversationJSON.iso(monday), "2026-11-23T00:00:00Z")
        XCTAssertEqual(SnoozeTimes.parse("2d", now: now, timeZone: tokyo), now.addingTimeInterval(2 * 86400))
        XCTAssertEqual(SnoozeTimes.parse("2026-12-01 14:30", now: now, timeZone: tokyo).map(ConversationJSON.iso), "2026-12-01T05:30:00Z")
        XCTAssertNil(SnoozeTimes.parse("2020-01-01", now: now, timeZone: tokyo), "a date in the past is no snooze")
        XCTAssertNil(SnoozeTimes.parse("someday", now: now, timeZone: tokyo))
    }
}

final class PresenceTests: XCTestCase {
    func testAgentReplyingIsSeenByAnotherConnectionAndClearedAfter() throws {
        let store = try TestStore.make()
        let hanako = try store.addAgent(login: "hanako", name: "Hanako Sato")
        let id = try TestStore.conversation(store, name: "Emma", email: "emma@example.com", subject: "Order", minutesAgo: 5)
        let other = try Store(path: store.path, create: false, clock: { Date() })
        try store.setPresence(conversationID: id, agent: hanako)
        XCTAssertEqual(try other.presence(conversationID: id).map(\.agentName), ["Hanako Sato"])
        XCTAssertEqual(try other.presence(conversationID: id, excluding: "hanako"), [], "your own presence is not a warning")
        XCTAssertEqual(try other.conversation(id: id)?.replying, ["Hanako Sato"])
        try store.clearPresence(conversationID: id, agent: hanako)
        XCTAssertEqual(try other.presence(conversationID: id), [])
    }

    func testPresenceOfADeadProcessIsIgnored() throws {
        let store = try TestStore.make()
        let id = try TestStore.conversation(store, name: "Emma", email: "emma@example.com", subject: "Order", minutesAgo: 5)
        try store.db.run("INSERT INTO presence VALUES (?, 'ken', 'Ken', 'replying', 999999999, ?, ?)",
                         [.int(id), .text(ProcessInfo.processInfo.hostName), .int(Int64(Date().timeIntervalSince1970))])
        XCTAssertEqual(try store.presence(conversationID: id), [])
    }
}
