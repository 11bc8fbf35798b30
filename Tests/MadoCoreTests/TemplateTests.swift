import Foundation
import XCTest
@testable import MadoCore

final class TemplateTests: XCTestCase {
    static let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("templates").path
    let tokyo = TimeZone(identifier: "Asia/Tokyo")!

    func template(_ body: String, language: String = "ja") throws -> Template {
        try Template.parse("name: t\nlanguage: \(language)\n---\n" + body, file: "t.tmpl")
    }

    func testVariablesAndHonorific() throws {
        let values: [String: String?] = ["customer.name": "山田 太郎", "agent.name": "佐藤", "shop.name": "Flourist"]
        XCTAssertEqual(TemplateRenderer.render(try template("{{customer.name}}\n{{ shop.name }}の{{agent.name}}です。"), variables: values),
                       .text("山田 太郎 様\nFlouristの佐藤です。"))
        XCTAssertEqual(TemplateRenderer.render(try template("{{customer.name}}"), variables: ["customer.name": "山田様"]), .text("山田様"), "様 is not doubled")
        XCTAssertEqual(TemplateRenderer.render(try template("Hi {{customer.name}}", language: "en"), variables: ["customer.name": "Emma"]), .text("Hi Emma"))
        XCTAssertEqual(TemplateRenderer.firstName("Emma Wilson"), "Emma")
    }

    func testMissingOrEmptyVariablesAreRefusedAndNamed() throws {
        let body = "{{customer.name}} {{order.number}} {{order.status}} {{no.such}}"
        XCTAssertEqual(TemplateRenderer.render(try template(body), variables: ["customer.name": "x", "order.number": "", "order.status": nil]),
                       .missing(["order.number", "order.status", "no.such"]))
    }

    func testParseErrorsNameFileAndLine() {
        XCTAssertThrowsError(try Template.parse("name: x\nlanguage ja\n---\nbody", file: "bad.tmpl")) {
            XCTAssertEqual("\($0)", "bad.tmpl:2: expected 'key: value' before the '---' line")
        }
        XCTAssertThrowsError(try Template.parse("name: x\n", file: "nobody.tmpl")) { XCTAssertTrue("\($0)".contains("no '---' line")) }
    }

    func testShippedTemplatesParseAndRenderWithAFullSet() throws {
        let (templates, errors) = TemplateLibrary.load(folders: [Self.shipped])
        XCTAssertEqual(errors, [])
        let names = Set(templates.map { "\($0.name).\($0.language)" })
        for name in ["ack", "where-is-my-order", "exchange-return", "damaged-item", "refund", "thanks", "out-of-hours"] {
            XCTAssertTrue(names.contains(name + ".ja") && names.contains(name + ".en"), name)
        }
        let full: [String: String?] = Dictionary(uniqueKeysWithValues: TemplateRenderer.knownVariables.map { ($0, "x") })
        for template in templates {
            guard case .text = TemplateRenderer.render(template, variables: full) else { return XCTFail("\(template.name) does not render") }
        }
        XCTAssertEqual(TemplateLibrary.search(templates, "破損", channel: .email).map(\.name), ["damaged-item"])
    }

    func hours(_ extra: String = "") throws -> BusinessHours {
        let holidays = TestStore.folder() + "/holidays.txt"
        try "2026-11-23 勤労感謝の日\n2026-11-30 臨時休業\n".write(toFile: holidays, atomically: true, encoding: .utf8)
        return try BusinessHours(config: try Config.parse("[hours]\ntimezone = Asia/Tokyo\ntarget = 4h\nholidays = \(holidays)\n\(extra)", file: "c"))
    }

    func tokyoDate(_ text: String) -> Date {
        let formatter = DateFormatter()
        formatter.timeZone = tokyo
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.date(from: text)!
    }

    func testReplyDeadlineSkipsNightsWeekendsAndHolidays() throws {
        let h = try hours()
        // Within the day.
        XCTAssertEqual(h.replyBy(receivedAt: tokyoDate("2026-11-24 10:30")), tokyoDate("2026-11-24 14:30"))
        // Evening: one hour left today, the rest tomorrow morning.
        XCTAssertEqual(h.replyBy(receivedAt: tokyoDate("2026-11-24 17:00")), tokyoDate("2026-11-25 13:00"))
        // Night: counts from the next opening.
        XCTAssertEqual(h.replyBy(receivedAt: tokyoDate("2026-11-24 23:00")), tokyoDate("2026-11-25 14:00"))
        // Friday evening, weekend, and Monday 11/30 is a holiday: Tuesday.
        XCTAssertEqual(h.replyBy(receivedAt: tokyoDate("2026-11-27 17:00")), tokyoDate("2026-12-01 13:00"))
        // Saturday: Monday the 23rd is a holiday too.
        XCTAssertEqual(h.replyBy(receivedAt: tokyoDate("2026-11-21 12:00")), tokyoDate("2026-11-24 14:00"))
    }

    func testSplitDaysAndDescriptions() throws {
        let h = try hours("wed = 10:00-12:00, 13:00-18:00\n")
        XCTAssertEqual(h.replyBy(receivedAt: tokyoDate("2026-11-25 11:00")), tokyoDate("2026-11-25 16:00"), "lunch is not counted")
        let plain = try hours()
        XCTAssertEqual(plain.describe(language: "ja"), "平日 10:00〜18:00（土日祝休み）")
        XCTAssertEqual(plain.describe(language: "en"), "Mon–Fri 10:00–18:00 (GMT+9), closed on weekends and public holidays")
        XCTAssertEqual(plain.describeDeadline(tokyoDate("2026-11-25 13:00"), now: tokyoDate("2026-11-24 17:00"), language: "ja"), "11月25日(水) 13:00まで")
        XCTAssertEqual(plain.describeDeadline(tokyoDate("2026-11-24 17:00"), now: tokyoDate("2026-11-24 13:00"), language: "ja"), "本日17:00まで")
        XCTAssertTrue(plain.describeDeadline(tokyoDate("2026-11-25 13:00"), now: tokyoDate("2026-11-24 17:00"), language: "en").hasPrefix("by Wednesday 25 November, 13:00"))
        XCTAssertThrowsError(try HolidayCalendar.parse("2027-01-01\nsoon\n", file: "h.txt")) { XCTAssertEqual("\($0)", "h.txt:2: expected a date like 2027-01-01, got 'soon'") }
    }

    func testAcknowledgementOncePerWindowNeverToAutoMail() throws {
        let store = try TestStore.make()
        let hanako = try store.addAgent(login: "hanako", name: "Hanako Sato")
        _ = hanako
        let config = try Config.parse("""
            [shop]
            name = Flourist
            address = support@flourist.example.jp
            [hours]
            timezone = Asia/Tokyo
            [acknowledge]
            agent = hanako
            email = on
            instagram = off
            window = 24h
            """, file: "c")
        let (templates, _) = TemplateLibrary.load(folders: [Self.shipped])
        let importer = MailImporter(store: store, shopAddresses: ["support@flourist.example.jp"])
        importer.acknowledger = try XCTUnwrap(Acknowledger.configured(store: store, config: config, templates: templates))
        func mail(_ id: String, subject: String, extra: String = "") -> [UInt8] {
            Array("From: 山田 太郎 <taro@example.jp>\nTo: support@flourist.example.jp\nSubject: \(subject)\nMessage-ID: <\(id)>\nDate: Tue, 24 Nov 2026 17:00:00 +0900\n\(extra)\n注文の件です。\n".utf8)
        }
        _ = try importer.importMail(mail("a1@x", subject: "注文"), receivedAt: TestStore.now)
        let queued = try store.outbox(states: [.queued])
        XCTAssertEqual(queued.count, 1)
        let ack = MailParser.parse(queued[0].payload)
        XCTAssertTrue(ack.text.hasPrefix("山田 太郎 様\n\nお問い合わせいただきありがとうございます。Flouristです。"), ack.text)
        XCTAssertTrue(ack.text.contains("11月25日(水) 13:00まで"), ack.text)
        XCTAssertTrue(ack.text.contains("平日 10:00〜18:00（土日祝休み）"), ack.text)
        XCTAssertFalse(ack.text.contains("> 注文の件です。"), "no quote under an acknowledgement")
        let conversation = try XCTUnwrap(store.conversation(id: try XCTUnwrap(queued.first?.conversationID)))
        XCTAssertNotNil(conversation.waitingSince, "an automatic acknowledgement is not our answer")
        XCTAssertNil(conversation.firstResponseAt)
        _ = try importer.importMail(mail("a2@x", subject: "別件"), receivedAt: TestStore.now)
        XCTAssertEqual(try store.outbox(states: [.queued]).count, 1, "never twice within the window")
        let otherStore = try TestStore.make()
        try otherStore.addAgent(login: "hanako", name: "Hanako Sato")
        let other = MailImporter(store: otherStore, shopAddresses: [])
        other.acknowledger = try Acknowledger.configured(store: otherStore, config: config, templates: templates)
        _ = try other.importMail(mail("b1@x", subject: "Out of office", extra: "Auto-Submitted: auto-replied\n"), receivedAt: TestStore.now)
        XCTAssertEqual(try otherStore.outbox(states: [.queued]).count, 0, "never to automatic mail")
    }
}
