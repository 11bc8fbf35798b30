import Foundation
import XCTest
@testable import MadoCore

/// "Past mail counts too": importing the shop's sent mail (From the shop's address, with `Date`
/// headers, answering earlier customer mail) records those replies as responses at their Date, so a
/// report over that period has first-response times on the first day. All times JST, weekdays
/// 10:00–18:00 open; the import itself runs weeks later.
///
/// Q1  Mon 2 Nov 10:00 Taro writes; Mon 2 Nov 11:30 the shop answers (and again Tue 3 Nov 10:00).
///       first response: wall 1.5 h = 5400 s; business 1.5 h = 5400 s
/// Q2  Tue 3 Nov 17:00 Emma writes; Wed 4 Nov 16:00 the shop answers.
///       first response: wall 23 h = 82800 s; business Tue 17–18 + Wed 10–16 = 7 h = 25200 s
final class PastMailReportTests: XCTestCase {
    let tokyo = TimeZone(identifier: "Asia/Tokyo")!
    let shop = "support@flourist.example.jp"
    var store: Store!
    lazy var hours = BusinessHours(spans: [2: [600...1080], 3: [600...1080], 4: [600...1080], 5: [600...1080], 6: [600...1080]],
                                   timeZone: tokyo)

    override func setUpWithError() throws {
        store = try TestStore.make()
        let importDay = Date(timeIntervalSince1970: 1_796_000_000)   // 2026-11-29: long after the mail
        store.clock = { importDay }
    }

    func mail(id: String, from: String, to: String, subject: String, date: String, inReplyTo: String? = nil) -> [UInt8] {
        var text = "From: \(from)\nTo: \(to)\nSubject: \(subject)\nDate: \(date)\nMessage-ID: <\(id)>\n"
        if let inReplyTo { text += "In-Reply-To: <\(inReplyTo)>\nReferences: <\(inReplyTo)>\n" }
        return Array((text + "\nhello\n").utf8)
    }

    var customerMail: [[UInt8]] {
        [mail(id: "q1@taro", from: "Taro Yamada <taro@example.jp>", to: shop, subject: "Where is my order?", date: "Mon, 2 Nov 2026 10:00:00 +0900"),
         mail(id: "q2@emma", from: "Emma Wilson <emma@example.com>", to: shop, subject: "Gift wrapping", date: "Tue, 3 Nov 2026 17:00:00 +0900")]
    }

    var sentMail: [[UInt8]] {
        [mail(id: "a1@shop", from: "Flourist <\(shop)>", to: "taro@example.jp", subject: "Re: Where is my order?",
              date: "Mon, 2 Nov 2026 11:30:00 +0900", inReplyTo: "q1@taro"),
         mail(id: "a2@shop", from: "Flourist <\(shop)>", to: "taro@example.jp", subject: "Re: Where is my order?",
              date: "Tue, 3 Nov 2026 10:00:00 +0900", inReplyTo: "a1@shop"),
         mail(id: "a3@shop", from: "Flourist <\(shop)>", to: "Emma <emma@example.com>", subject: "Re: Gift wrapping",
              date: "Wed, 4 Nov 2026 16:00:00 +0900", inReplyTo: "q2@emma")]
    }

    func importAll(_ mails: [[UInt8]]) throws {
        let importer = MailImporter(store: store, shopAddresses: [shop])
        for bytes in mails {
            guard case .imported = try importer.importMail(bytes, receivedAt: store.clock()).0 else { return XCTFail("not imported") }
        }
    }

    func report(by grouping: ReportGrouping? = nil) throws -> Report {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = tokyo
        let since = calendar.date(from: DateComponents(year: 2026, month: 11, day: 1))!
        return try ReportBuilder(store: store, hours: hours).build(ReportRequest(since: since, until: since.addingTimeInterval(7 * 86400),
                                                                                  grouping: grouping))
    }

    func assertFiguresFromTheDateHeaders(file: StaticString = #filePath, line: UInt = #line) throws {
        let total = try report().total
        XCTAssertEqual([total.received, total.replied], [2, 2], file: file, line: line)
        XCTAssertEqual(total.firstResponse.wall, TimeFigures([5400, 82800]), file: file, line: line)
        XCTAssertEqual(total.firstResponse.wall.median, 44100, file: file, line: line)
        XCTAssertEqual(total.firstResponse.business, TimeFigures([5400, 25200]), file: file, line: line)
        XCTAssertEqual(total.firstResponse.business.buckets, [0, 1, 1, 0, 0], file: file, line: line)
        XCTAssertEqual([total.messagesIn, total.messagesOut], [2, 3], file: file, line: line)
        // Each response on the day it was sent (its Date), not the day of the import.
        let days = Dictionary(uniqueKeysWithValues: try report(by: .day).rows.map { ($0.key, $0.replied) })
        XCTAssertEqual(days["2026-11-02"], 1, file: file, line: line)
        XCTAssertEqual(days["2026-11-04"], 1, file: file, line: line)
        XCTAssertEqual(days.values.reduce(0, +), 2, file: file, line: line)
        let segments = try store.reportSegments(since: Date(timeIntervalSince1970: 0), until: store.clock().addingTimeInterval(86400))
        XCTAssertEqual(segments.map(\.segment.replies).sorted(), [1, 2], "Taro was answered twice", file: file, line: line)
    }

    func testSentMailImportedAfterTheCustomersMailCountsAtItsDate() throws {
        try importAll(customerMail)
        try importAll(sentMail)
        try assertFiguresFromTheDateHeaders()
    }

    func testSentMailImportedBeforeTheCustomersMailCountsTheSame() throws {
        // A shop may import its Sent folder first: the replies are stored before what they answer.
        try importAll(sentMail)
        try importAll(customerMail)
        try assertFiguresFromTheDateHeaders()
    }

    func testOneFolderOutOfDateOrderCountsTheSame() throws {
        try importAll([sentMail[0], customerMail[1], sentMail[2], customerMail[0], sentMail[1]])
        try assertFiguresFromTheDateHeaders()
    }
}
