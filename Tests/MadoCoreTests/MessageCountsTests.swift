import Foundation
import XCTest
@testable import MadoCore

/// Reports add up per-quarter-hour message counts kept by triggers (Schema.reportSpeed); they must
/// give exactly what counting the messages gives, whatever the period's edges and however the
/// messages changed after they were stored.
final class MessageCountsTests: XCTestCase {
    func assertCountsAgree(_ store: Store, since: Date, until: Date, offset: Int = 9 * 3600, file: StaticString = #filePath, line: UInt = #line) throws {
        for grouping in [nil, ReportGrouping.channel, .day] {
            let counted = try store.messageVolumes(since: since, until: until, grouping: grouping, utcOffset: offset)
            let read = try store.messageVolumesFromMessages(since: since, until: until, grouping: grouping, utcOffset: offset)
            XCTAssertEqual(counted, read, "\(grouping.map(\.rawValue) ?? "total") \(since)–\(until)", file: file, line: line)
        }
    }

    func testCountsAgreeWithTheMessagesForAnyPeriod() throws {
        let store = try TestStore.make()
        try DemoGenerator.generate(store, conversations: 400, now: TestStore.now, days: 30)
        let now = TestStore.now.unixSeconds
        let total = try store.messageVolumesFromMessages(since: Date(unixSeconds: now - 40 * 86400), until: TestStore.now, grouping: nil)
        XCTAssertGreaterThan(total.first?.incoming ?? 0, 300, "a store with something to count")
        // Whole days, odd minutes and seconds at either end, a period inside one quarter hour.
        for (start, end) in [(40 * 86400, 0), (10 * 86400, 3 * 86400), (10 * 86400 + 437, 2 * 86400 + 1111),
                             (5 * 86400 + 899, 5 * 86400 - 1), (3 * 86400 + 13, 3 * 86400 - 700)] {
            try assertCountsAgree(store, since: Date(unixSeconds: now - Int64(start)), until: Date(unixSeconds: now - Int64(end)))
        }
        // A zone whose offset is not a whole number of quarter hours falls back to the messages.
        try assertCountsAgree(store, since: Date(unixSeconds: now - 20 * 86400), until: TestStore.now, offset: 9 * 3600 + 1)
    }

    func testCountsFollowMessagesThatChangeOrGo() throws {
        let store = try TestStore.make()
        let id = try TestStore.conversation(store, name: "Ken", email: "ken@example.com", subject: "Hi", minutesAgo: 60)
        try store.append(NewMessage(channel: .email, direction: .outgoing, externalID: "r1", text: "Thanks", sentAt: TestStore.now,
                                    agentID: nil), to: id)
        try store.append(NewMessage(channel: .email, direction: .outgoing, externalID: "ack", text: "We got it", sentAt: TestStore.now,
                                    auto: true), to: id)
        let since = TestStore.now.addingTimeInterval(-86400), until = TestStore.now.addingTimeInterval(86400)
        XCTAssertEqual(try store.messageVolumes(since: since, until: until, grouping: nil), [MessageVolume(key: "", incoming: 1, outgoing: 1)],
                       "the acknowledgement is automatic: not counted")
        // A reply whose sending time moves (the outbox sends it later), one that goes, one marked automatic.
        try store.db.execute("UPDATE messages SET sent_at = sent_at + 3 * 86400 WHERE external_id = 'r1'")
        XCTAssertEqual(try store.messageVolumes(since: since, until: until, grouping: nil), [MessageVolume(key: "", incoming: 1, outgoing: 0)])
        try store.db.execute("UPDATE messages SET auto = 0 WHERE external_id = 'ack'")
        try assertCountsAgree(store, since: since, until: until)
        try store.db.execute("DELETE FROM messages WHERE external_id = 'ack'")
        XCTAssertEqual(try store.messageVolumes(since: since, until: until, grouping: .channel), [MessageVolume(key: "email", incoming: 1, outgoing: 0)])
        try assertCountsAgree(store, since: since, until: until.addingTimeInterval(5 * 86400))
    }

    func testAReportReadsTheCoveringIndexNotTheSegmentRows() throws {
        let store = try TestStore.make()
        let plan = try store.db.rows("""
            EXPLAIN QUERY PLAN SELECT s.id, s.conversation_id, s.started_at, s.first_response_at, s.first_response_agent_id, s.closed_at,
                s.replies, s.reopened, s.csat_asked_at, s.channel FROM segments s INDEXED BY segments_report
            WHERE s.started_at < 1 AND (s.closed_at IS NULL OR s.closed_at >= 0) ORDER BY s.started_at
            """) { $0.text(3) }
        XCTAssertTrue(plan.contains { $0.contains("COVERING INDEX segments_report") }, "\(plan)")
        XCTAssertFalse(plan.contains { $0.contains("TEMP B-TREE") }, "in start order as the index keeps it, no sort: \(plan)")
    }
}
