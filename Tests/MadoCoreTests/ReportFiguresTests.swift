import Foundation
import XCTest
@testable import MadoCore

/// A small store whose report figures are worked out by hand below.
///
/// Business hours (Asia/Tokyo): Mon–Fri 10:00–12:00 and 13:00–18:00, weekends closed, and
/// Mon 2026-11-23 (勤労感謝の日) a holiday. All times below are JST.
///
/// A1  Fri 20 17:00 customer writes; 17:00:30 an automatic acknowledgement (must not count);
///     Tue 24 10:30 hanako replies; Tue 24 11:00 closed.
///       first response: wall 89.5 h = 322200 s; business Fri 17–18 (1 h) + Tue 10:00–10:30 = 1.5 h = 5400 s
///       resolution:     wall 90 h = 324000 s;   business 1 h + Tue 10–11 (1 h) = 2 h = 7200 s; one reply
/// A2  Wed 25 09:00 the customer writes again: A1 is reopened, A2 starts. 14:00 taro replies, 15:00
///     taro again, 16:00 closed.
///       first response: wall 5 h = 18000 s; business 10–12 + 13–14 = 3 h = 10800 s
///       resolution:     wall 7 h = 25200 s; business 10–12 + 13–16 = 5 h = 18000 s; two replies
/// B   Mon 23 (holiday) 11:00 customer writes; 12:00 closed with no reply: closed without reply.
/// C   Tue 24 11:30 customer writes; hanako's send & close (asking for a rating) is queued 11:50 and
///     leaves 12:30 (lunch): first response and close at 12:30.
///       first response: wall 1 h = 3600 s; business 11:30–12:00 = 1800 s
///       resolution:     the same, one reply. Wed 25 08:00 the customer answers "５です": a rating of 5,
///       and C stays closed.
/// D   The shop writes first (Tue 24 10:00), the customer answers at 10:10: no segment.
///
/// Over Fri 20 00:00 – Fri 27 00:00:
///   received 4 (A1 A2 B C), replied 3 (A1 A2 C), closed 4, closed without reply 1 (B),
///   resolved 3, on first reply 2 (A1 C) → 2/3, reopened 1 (A1) → 1/4.
///   first response wall sorted [3600, 18000, 322200]: median 18000, p90 (rank ⌈2.7⌉ = 3) 322200,
///     buckets 0–1 0, 1–4 1 (3600 is on the 1 h edge), 4–8 1, 8–24 0, >24 1.
///   first response business [1800, 5400, 10800]: median 5400, p90 10800, buckets [1, 2, 0, 0, 0].
///   resolution wall [3600, 25200, 324000]: median 25200, p90 324000.
///   resolution business [1800, 7200, 18000]: median 7200, p90 18000.
///   messages in (not automatic): A 2, B 1, C 2, D 1 = 6; out (not the acknowledgement): A 3, C 1, D 1 = 5.
///   CSAT: asked 1, rated 1, average 5, 4–5 share 1, response rate 1.
///   backlog at the end of Fri Sat Sun Mon: A1 open → 1 each; Tue (A1 and C closed) 0; Wed 0; Thu 0.
final class ReportFiguresTests: XCTestCase {
    let tokyo = TimeZone(identifier: "Asia/Tokyo")!
    var store: Store!
    var hanako: Agent!
    var taro: Agent!
    /// Conversation ids by customer address.
    var ids: [String: Int64] = [:]

    lazy var hours = BusinessHours(spans: [2: [600...720, 780...1080], 3: [600...720, 780...1080], 4: [600...720, 780...1080],
                                           5: [600...720, 780...1080], 6: [600...720, 780...1080]],
                                   holidays: ["2026-11-23"], timeZone: tokyo)

    func jst(_ text: String) -> Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = tokyo
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.date(from: text.count == 16 ? text + ":00" : text)!
    }

    func at(_ text: String) {
        let date = jst(text)
        store.clock = { date }
    }

    func conversation(_ email: String) throws -> Int64 {
        let customer = try store.addCustomer(name: email)
        try store.addIdentity(customerID: customer, channel: .email, address: email)
        let id = try store.addConversation(customerID: customer, channel: .email, subject: "Order", at: jst("2026-11-20 00:00"))
        ids[email] = id
        return id
    }

    func customer(_ id: Int64, _ time: String, _ text: String = "Where is my order?") throws {
        at(time)
        try store.append(NewMessage(channel: .email, direction: .incoming, externalID: UUID().uuidString, fromAddress: "c@example.com",
                                    text: text, sentAt: jst(time)), to: id)
    }

    func reply(_ id: Int64, _ time: String, by agent: Agent?, auto: Bool = false) throws {
        at(time)
        try store.append(NewMessage(channel: .email, direction: .outgoing, externalID: UUID().uuidString, text: "Thank you",
                                    sentAt: jst(time), agentID: agent?.id, auto: auto), to: id)
    }

    func close(_ id: Int64, _ time: String, by agent: Agent?) throws {
        at(time)
        try store.setStatus(.closed, conversationID: id, by: agent)
    }

    func buildStore() throws {
        store = try TestStore.make()
        hanako = try store.addAgent(login: "hanako", name: "Hanako")
        taro = try store.addAgent(login: "taro", name: "Taro")
        let a = try conversation("a@example.com")
        try customer(a, "2026-11-20 17:00")
        try reply(a, "2026-11-20 17:00:30", by: nil, auto: true)
        try reply(a, "2026-11-24 10:30", by: hanako)
        try close(a, "2026-11-24 11:00", by: hanako)
        try customer(a, "2026-11-25 09:00", "It arrived broken.")
        try reply(a, "2026-11-25 14:00", by: taro)
        try reply(a, "2026-11-25 15:00", by: taro)
        try close(a, "2026-11-25 16:00", by: taro)

        let b = try conversation("b@example.com")
        try customer(b, "2026-11-23 11:00", "WIN A PRIZE")
        try close(b, "2026-11-23 12:00", by: hanako)

        let c = try conversation("c@example.com")
        try customer(c, "2026-11-24 11:30", "ギフト包装はできますか？")
        at("2026-11-24 11:50")
        let text = CSAT.addingRequest(to: "できます。ご注文時にお選びください。")
        let outbox = try store.write {
            try store.queueInTransaction(NewMessage(channel: .email, direction: .outgoing, externalID: UUID().uuidString, text: text,
                                                    sentAt: jst("2026-11-24 11:50"), agentID: hanako.id), payload: [], to: c, then: .closed)
        }
        at("2026-11-24 12:30")
        try store.markSent(outbox, externalID: nil)
        try customer(c, "2026-11-25 08:00", "５です")

        let d = try conversation("d@example.com")
        try reply(d, "2026-11-24 10:00", by: hanako)
        try customer(d, "2026-11-24 10:10", "Thanks!")
    }

    func report(by grouping: ReportGrouping? = nil) throws -> Report {
        try ReportBuilder(store: store, hours: hours).build(ReportRequest(since: jst("2026-11-20 00:00"), until: jst("2026-11-27 00:00"),
                                                                          grouping: grouping, listsConversations: true))
    }

    func testBusinessSecondsSkipLunchWeekendAndHoliday() {
        XCTAssertEqual(hours.businessSeconds(from: jst("2026-11-20 17:00"), to: jst("2026-11-24 10:30")), 5400)
        XCTAssertEqual(hours.businessSeconds(from: jst("2026-11-24 11:30"), to: jst("2026-11-24 12:30")), 1800)
        XCTAssertEqual(hours.businessSeconds(from: jst("2026-11-25 09:00"), to: jst("2026-11-25 16:00")), 18000)
        XCTAssertEqual(hours.businessSeconds(from: jst("2026-11-21 09:00"), to: jst("2026-11-23 23:00")), 0, "weekend and holiday")
        XCTAssertEqual(hours.businessSeconds(from: jst("2026-11-25 16:00"), to: jst("2026-11-25 09:00")), 0)
    }

    func testTotalsMatchTheHandComputedFigures() throws {
        try buildStore()
        let total = try report().total
        XCTAssertEqual([total.received, total.replied, total.closed, total.closedWithoutReply, total.resolved,
                        total.resolvedOnFirstReply, total.reopened], [4, 3, 4, 1, 3, 2, 1])
        XCTAssertEqual(total.firstReplyResolutionRate!, 2.0 / 3, accuracy: 1e-9)
        XCTAssertEqual(total.reopenRate, 0.25)
        XCTAssertEqual(total.firstResponse.wall, TimeFigures([3600, 18000, 322200]))
        XCTAssertEqual(total.firstResponse.wall.median, 18000)
        XCTAssertEqual(total.firstResponse.wall.p90, 322200)
        XCTAssertEqual(total.firstResponse.wall.buckets, [0, 1, 1, 0, 1])
        XCTAssertEqual(total.firstResponse.business.median, 5400)
        XCTAssertEqual(total.firstResponse.business.p90, 10800)
        XCTAssertEqual(total.firstResponse.business.buckets, [1, 2, 0, 0, 0])
        XCTAssertEqual(total.resolution.wall.median, 25200)
        XCTAssertEqual(total.resolution.wall.p90, 324000)
        XCTAssertEqual(total.resolution.business.median, 7200)
        XCTAssertEqual(total.resolution.business.p90, 18000)
        XCTAssertEqual([total.messagesIn, total.messagesOut], [6, 5])
        XCTAssertEqual([total.csat.asked, total.csat.rated], [1, 1])
        XCTAssertEqual(total.csat.average, 5)
        XCTAssertEqual(total.csat.satisfied, 1)
        XCTAssertEqual(total.csat.responseRate, 1)
        XCTAssertEqual(try report().backlog.map(\.open), [1, 1, 1, 1, 0, 0, 0])
        XCTAssertEqual(try report().backlog.first?.day, "2026-11-20")
    }

    func testEachFigureKnowsTheConversationsBehindItAndTheyMakeAView() throws {
        try buildStore()
        let report = try report()
        let a = ids["a@example.com"]!, b = ids["b@example.com"]!, c = ids["c@example.com"]!
        XCTAssertEqual(report.conversations(behind: .received), [a, b, c], "A's two segments are one conversation")
        XCTAssertEqual(report.conversations(behind: .replied), [a, c])
        XCTAssertEqual(report.conversations(behind: .closedWithoutReply), [b])
        XCTAssertEqual(report.conversations(behind: .resolved), [a, c])
        // Business buckets [1800 (C), 5400 (A1), 10800 (A2)] → 0–1 h: C; 1–4 h: A.
        XCTAssertEqual(report.conversations(behind: .firstResponse(bucket: 0)), [c])
        XCTAssertEqual(report.conversations(behind: .firstResponse(bucket: 1)), [a])
        XCTAssertEqual(report.conversations(behind: .firstResponse(bucket: 4)), [])
        XCTAssertEqual(report.conversations(behind: .resolution(bucket: 2)), [a], "A2: 5 business hours")
        let view = try store.conversations(.conversations([b, c]), offset: 0, limit: 10)
        XCTAssertEqual(Set(view.map(\.id)), [b, c], "closed ones too")
        XCTAssertEqual(try store.conversations(.conversations([]), offset: 0, limit: 10).count, 0)
        let json = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
        XCTAssertFalse(json.contains("conversations"), "--json keeps its shape")
    }

    func testRatingAnswerDoesNotReopen() throws {
        try buildStore()
        let closed = try store.conversations(ConversationFilter(statuses: [.closed], snooze: .any), offset: 0, limit: 10)
        XCTAssertEqual(closed.count, 3, "A, B and C stay closed; the rating did not reopen C")
    }

    func testResponsesCountOnTheDayTheyLeftAndToTheirWriter() throws {
        try buildStore()
        let days = Dictionary(uniqueKeysWithValues: try report(by: .day).rows.map { ($0.key, $0) })
        XCTAssertEqual(days["2026-11-24"]?.replied, 2, "A1 at 10:30 and C at 12:30")
        XCTAssertEqual(days["2026-11-25"]?.replied, 1)
        XCTAssertEqual(days["2026-11-20"]?.received, 1)
        XCTAssertEqual(days["2026-11-23"]?.closedWithoutReply, 1)
        XCTAssertEqual(days["2026-11-20"]?.backlog, 1)
        let agents = Dictionary(uniqueKeysWithValues: try report(by: .agent).rows.map { ($0.key, $0) })
        XCTAssertEqual(agents["hanako"]?.firstResponse.wall.n, 2)
        XCTAssertEqual(agents["taro"]?.firstResponse.wall.median, 18000)
        XCTAssertEqual(agents["-"]?.closedWithoutReply, 1)
    }

    func testBackfillRebuildsTheSameSegments() throws {
        try buildStore()
        let recorded = try store.reportSegments(since: jst("2026-11-01 00:00"), until: jst("2026-12-01 00:00")).map(\.segment)
        try store.db.execute("DELETE FROM csat_ratings; DELETE FROM segments")
        try SegmentBackfill.run(store.db)
        var rebuilt = try store.reportSegments(since: jst("2026-11-01 00:00"), until: jst("2026-12-01 00:00")).map(\.segment)
        XCTAssertEqual(rebuilt.count, 4, "the rating answer starts nothing: C was asked for one")
        // The outbox kept no sending time: C's reply counts from when it was written.
        XCTAssertEqual(rebuilt[2].firstResponseAt, jst("2026-11-24 11:50").unixSeconds)
        rebuilt[2].firstResponseAt = recorded[2].firstResponseAt
        rebuilt[2].csatAskedAt = recorded[2].csatAskedAt
        XCTAssertEqual(rebuilt.map { var s = $0; s.id = nil; return s }, recorded.map { var s = $0; s.id = nil; return s })
        XCTAssertEqual(try store.db.scalarInt("SELECT rating FROM csat_ratings"), 5, "the rating is found again")
    }
}

extension ReportFiguresTests {
    func testTheCachedClockAgreesWithBusinessSeconds() {
        let clock = BusinessClock(hours)
        let start = jst("2026-11-19 09:00").unixSeconds
        for (from, to) in [(0, 3600 * 5), (3600, 86400 * 6), (1800, 1800), (86400 * 2 + 7, 86400 * 9), (40000, 90000)] {
            let a = Date(unixSeconds: start + Int64(from)), b = Date(unixSeconds: start + Int64(to))
            XCTAssertEqual(clock.seconds(from: a.unixSeconds, to: b.unixSeconds), hours.businessSeconds(from: a, to: b), "\(from)–\(to)")
        }
    }
}

extension ReportFiguresTests {
    /// Every figure of the screen lists its conversations: reopened (A1), resolved on first reply
    /// (A1, C), rated (C), and the backlog — none open on Fri 27, A open at the end of Fri 20.
    func testTheOtherFiguresListTheirConversationsToo() throws {
        try buildStore()
        let report = try report()
        let a = ids["a@example.com"]!, c = ids["c@example.com"]!
        XCTAssertEqual(report.conversations(behind: .reopened), [a])
        XCTAssertEqual(report.conversations(behind: .resolvedOnFirstReply), [a, c])
        XCTAssertEqual(report.conversations(behind: .rated), [c])
        XCTAssertEqual(report.conversations(behind: .backlog), [], "everything was closed by Thursday night")
        let friday = try ReportBuilder(store: store, hours: hours).build(ReportRequest(since: jst("2026-11-20 00:00"), until: jst("2026-11-21 00:00"),
                                                                                      listsConversations: true))
        XCTAssertEqual(friday.conversations(behind: .backlog), [a])
        XCTAssertEqual(friday.backlog.last?.open, friday.conversations(behind: .backlog).count, "the last mark of the sparkline")
        let figuresOnly = try ReportBuilder(store: store, hours: hours).build(ReportRequest(since: jst("2026-11-20 00:00"), until: jst("2026-11-27 00:00")))
        XCTAssertEqual(figuresOnly.conversations, [:], "the command line does not ask for the lists")
        XCTAssertEqual(figuresOnly.total, report.total)
    }
}

extension ReportFiguresTests {
    /// The clock asks the zone once per hour; across a change of offset (New York's spring and
    /// autumn changes) and in a half-hour zone its days are still the calendar's.
    func testTheClocksDaysFollowDaylightSavingChanges() {
        for (identifier, starts) in [("America/New_York", [1_772_841_600, 1_793_404_800]), ("Asia/Kolkata", [1_772_841_600])] {
            let zone = TimeZone(identifier: identifier)!
            let clock = BusinessClock(BusinessHours(spans: [:], timeZone: zone))
            for start in starts {
                for moment in stride(from: Int64(start), to: Int64(start) + 3 * 86400, by: 450) {
                    let expected = (moment + Int64(zone.secondsFromGMT(for: Date(unixSeconds: moment)))).floorDiv(86400)
                    XCTAssertEqual(clock.day(moment), expected, "\(identifier) \(moment)")
                }
            }
        }
    }
}
