import Foundation
import XCTest
@testable import MadoCore

/// `report --by agent` and `--by tag` add up per-day counts kept by triggers
/// (Schema.reportCountsByAgentTag). They must equal counting the messages joined to each
/// conversation's assignee and tags as they are now, after reassignments, tag changes, messages
/// that move, change or go, and in a store brought forward from before the counts existed.
final class MessageCountsByAgentTagTests: XCTestCase {
    let now = TestStore.now.unixSeconds
    var periods: [(since: Date, until: Date)] {
        // Whole days, odd seconds at either end, a period inside one day, one from before 1970.
        let secondsAgo: [(Int64, Int64)] = [(40 * 86400, 0), (10 * 86400, 3 * 86400), (10 * 86400 + 437, 2 * 86400 + 1111),
                                            (5 * 86400 + 899, 5 * 86400 - 1)]
        var result = secondsAgo.map { (since: Date(unixSeconds: now - $0.0), until: Date(unixSeconds: now - $0.1)) }
        result.append((since: Date(unixSeconds: -86400 * 3), until: TestStore.now))
        return result
    }

    func assertCountsAgree(_ store: Store, _ what: String, file: StaticString = #filePath, line: UInt = #line) throws {
        for grouping in [ReportGrouping.agent, .tag] {
            for (since, until) in periods {
                let counted = try store.messageVolumes(since: since, until: until, grouping: grouping)
                let read = try directCount(store, grouping: grouping, since: since, until: until)
                XCTAssertEqual(counted, read, "\(what): \(grouping.rawValue) \(since)–\(until)", file: file, line: line)
            }
        }
    }

    /// Counted here from the messages, independently of the store's own queries.
    func directCount(_ store: Store, grouping: ReportGrouping, since: Date, until: Date) throws -> [MessageVolume] {
        let key = grouping == .agent
            ? "SELECT coalesce((SELECT login FROM agents WHERE id = coalesce(m.agent_id, c.assignee_id)), '') AS k, m.direction AS d FROM messages m JOIN conversations c ON c.id = m.conversation_id"
            : "SELECT t.name AS k, m.direction AS d FROM messages m JOIN conversation_tags ct ON ct.conversation_id = m.conversation_id JOIN tags t ON t.id = ct.tag_id"
        return try store.db.rows("""
            SELECT k, sum(d = 'in'), sum(d = 'out') FROM (\(key) WHERE m.sent_at >= ? AND m.sent_at < ? AND m.direction IN ('in', 'out') AND m.auto = 0)
            GROUP BY k ORDER BY k
            """, [.date(since), .date(until)]) { MessageVolume(key: $0.text(0), incoming: Int($0.int(1)), outgoing: Int($0.int(2))) }
            .sorted { $0.key < $1.key }
    }

    /// One change, named in the failure if the store refuses it.
    func run(_ db: Database, _ sql: String, _ bindings: [SQLValue] = []) throws {
        do { try db.run(sql, bindings) } catch { XCTFail("\(sql): \(error)"); throw error }
    }

    func apply(_ store: Store, _ action: TriageAction, to ids: [Int64]) throws {
        do { _ = try store.apply(action, to: ids, by: nil) } catch { XCTFail("\(action): \(error)"); throw error }
    }

    func makeStore() throws -> (Store, String) {
        let path = TestStore.folder() + "/store.sqlite"
        let store = try Store(path: path, clock: { TestStore.now })
        try DemoGenerator.generate(store, conversations: 300, now: TestStore.now, days: 30)
        return (store, path)
    }

    func testCountsEqualCountingTheMessagesAfterEveryKindOfChange() throws {
        let (store, _) = try makeStore()
        let db = store.db
        let agents = try db.rows("SELECT count(*) FROM agents") { $0.int(0) }.first ?? 0
        let tagged = try db.rows("SELECT count(DISTINCT conversation_id) FROM conversation_tags") { $0.int(0) }.first ?? 0
        XCTAssertGreaterThan(agents, 1, "a store with agents to tell apart")
        XCTAssertGreaterThan(tagged, 20, "a store with tagged conversations")
        try assertCountsAgree(store, "as generated")

        let byAgent = try store.messageVolumes(since: Date(unixSeconds: now - 40 * 86400), until: TestStore.now, grouping: .agent)
        XCTAssertGreaterThan(byAgent.count, 1, "\(byAgent)")

        // Reassign (to someone, to nobody), through triage as an agent would.
        let ids = try db.rows("SELECT id FROM conversations ORDER BY id LIMIT 40") { $0.int(0) }
        let login = try db.rows("SELECT login FROM agents ORDER BY id DESC LIMIT 1") { $0.text(0) }.first!
        try apply(store, .assign(login: login), to: Array(ids[0..<20]))
        try apply(store, .assign(login: nil), to: Array(ids[20..<30]))
        try assertCountsAgree(store, "after reassigning")

        // Tags added (to tagged and untagged conversations) and taken away.
        try apply(store, .addTag("refund-check"), to: Array(ids[5..<35]))
        let someTag = try db.rows("SELECT t.name FROM tags t JOIN conversation_tags ct ON ct.tag_id = t.id GROUP BY t.id ORDER BY count(*) DESC LIMIT 1") { $0.text(0) }.first!
        let withSomeTag = try db.rows("SELECT ct.conversation_id FROM conversation_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.name = ? LIMIT 10", [.text(someTag)]) { $0.int(0) }
        try apply(store, .removeTag(someTag), to: withSomeTag)
        try run(db, "UPDATE conversation_tags SET conversation_id = ? WHERE conversation_id = ? AND tag_id = (SELECT id FROM tags WHERE name = 'refund-check')",
                   [.int(ids[39]), .int(ids[6])])
        try assertCountsAgree(store, "after tagging")

        // A new message on a reassigned, tagged conversation.
        let email = try db.rows("SELECT id FROM conversations WHERE channel = 'email' AND id IN (\(ids[5..<20].map(String.init).joined(separator: ",")))") { $0.int(0) }.first!
        try store.append(NewMessage(channel: .email, direction: .incoming, externalID: "late", text: "One more thing",
                                    sentAt: TestStore.now.addingTimeInterval(-3600)), to: email)
        try assertCountsAgree(store, "after a new message")

        // Messages that move to another conversation (a merge), change writer, time, direction or go.
        try run(db, "UPDATE messages SET conversation_id = ? WHERE conversation_id = ?", [.int(ids[36]), .int(ids[3])])
        try run(db, "UPDATE messages SET agent_id = NULL WHERE id IN (SELECT id FROM messages WHERE agent_id IS NOT NULL LIMIT 15)")
        try run(db, "UPDATE messages SET agent_id = 1 WHERE id IN (SELECT id FROM messages WHERE direction = 'out' AND agent_id IS NULL LIMIT 5)")
        try run(db, "UPDATE messages SET sent_at = sent_at - 86400 * 2 - 77 WHERE id IN (SELECT id FROM messages ORDER BY id DESC LIMIT 25)")
        try run(db, "UPDATE messages SET auto = 1 - auto WHERE id IN (SELECT id FROM messages ORDER BY id LIMIT 10)")
        try run(db, "UPDATE messages SET direction = 'note' WHERE id IN (SELECT id FROM messages WHERE direction = 'in' LIMIT 5 OFFSET 50)")
        try run(db, "DELETE FROM messages WHERE id IN (SELECT id FROM messages m WHERE NOT EXISTS (SELECT 1 FROM attachments WHERE message_id = m.id) AND NOT EXISTS (SELECT 1 FROM outbox WHERE message_id = m.id) AND NOT EXISTS (SELECT 1 FROM csat_ratings WHERE message_id = m.id) ORDER BY id DESC LIMIT 10)")
        try assertCountsAgree(store, "after messages changed")

        // The report's rows carry those counts (nobody / no login reads "-").
        let since = Date(unixSeconds: now - 35 * 86400 - 4321)
        for grouping in [ReportGrouping.agent, .tag] {
            let report = try ReportBuilder(store: store, hours: try BusinessHours(config: Config()))
                .build(ReportRequest(since: since, until: TestStore.now, grouping: grouping))
            let rows = report.rows.map { MessageVolume(key: $0.key, incoming: $0.messagesIn, outgoing: $0.messagesOut) }
                .filter { $0.incoming != 0 || $0.outgoing != 0 }
            let direct = try directCount(store, grouping: grouping, since: since, until: TestStore.now)
                .map { MessageVolume(key: $0.key.isEmpty ? "-" : $0.key, incoming: $0.incoming, outgoing: $0.outgoing) }.sorted { $0.key < $1.key }
            XCTAssertEqual(rows, direct, "report --by \(grouping.rawValue)")
            guard grouping == .tag else { continue }
            // Segments count under every tag their conversation has now, untagged ones under "-".
            let received = try db.rows("""
                SELECT coalesce(t.name, '-'), count(*) FROM segments s LEFT JOIN conversation_tags ct ON ct.conversation_id = s.conversation_id
                LEFT JOIN tags t ON t.id = ct.tag_id WHERE s.started_at >= ? AND s.started_at < ? GROUP BY 1
                """, [.date(since), .date(TestStore.now)]) { [$0.text(0): Int($0.int(1))] }.reduce(into: [:]) { $0.merge($1) { a, _ in a } }
            XCTAssertEqual(report.rows.reduce(into: [String: Int]()) { if $1.received > 0 { $0[$1.key] = $1.received } }, received)
            XCTAssertGreaterThan(received.count, 2, "\(received)")
        }
    }

    func testAStoreFromBeforeTheCountsIsCountedWhenItIsOpened() throws {
        let (store, path) = try makeStore()
        try apply(store, .assign(login: nil), to: [1, 2, 3])
        // Back to the schema before the counts: no tables, no triggers.
        try store.db.execute("""
            DROP TRIGGER message_counts_by_insert; DROP TRIGGER message_counts_by_delete; DROP TRIGGER message_counts_by_update;
            DROP TRIGGER message_counts_by_assignee; DROP TRIGGER message_counts_by_tag_insert; DROP TRIGGER message_counts_by_tag_delete;
            DROP TRIGGER message_counts_by_tag_update; DROP TABLE message_counts_agent; DROP TABLE message_counts_tag;
            PRAGMA user_version = 21;
            """)
        let reopened = try Store(path: path, clock: { TestStore.now })
        XCTAssertEqual(try reopened.db.scalarInt("PRAGMA user_version"), Int64(Migrations.latestVersion), "brought forward by step 22 and those after it")
        try assertCountsAgree(reopened, "brought forward")
    }

    func testTheCountsAreReadByDayNotFromTheMessages() throws {
        let store = try TestStore.make()
        for table in ["message_counts_agent", "message_counts_tag"] {
            let plan = try store.db.rows("EXPLAIN QUERY PLAN SELECT direction, sum(count) FROM \(table) WHERE day >= 1 AND day < 400 GROUP BY 1") { $0.text(3) }
            XCTAssertTrue(plan.contains { $0.contains("SEARCH \(table) USING PRIMARY KEY (day>? AND day<?)") }, "\(plan)")
        }
    }
}

