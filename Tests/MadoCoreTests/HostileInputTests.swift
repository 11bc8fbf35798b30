import Foundation
import XCTest
@testable import MadoCore

/// Input written to break the importers: numbers out of range, megabytes of folding, deep nesting,
/// addresses that say one thing and mean another. Each must become a warning or a named error.
final class HostileInputTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/instagram")

    // MARK: - Instagram numbers

    func webhook(timestamp: String, event: String = #""message": {"mid": "m_x", "text": "hi"}"#) -> Data {
        Data(#"{"object": "instagram", "entry": [{"messaging": [{"sender": {"id": "1"}, "recipient": {"id": "2"}, "timestamp": \#(timestamp), \#(event)}]}]}"#.utf8)
    }

    func testOutOfRangeWebhookTimestampIsAnErrorWithItsPath() throws {
        let store = try TestStore.make()
        let importer = InstagramImporter(store: store, account: nil)
        for value in ["1e300", "1e22", "-1e300", "-1", "123456789012345678901234567890"] {
            for event in [#""message": {"mid": "m_x", "text": "hi"}"#, #""postback": {"title": "Hours"}"#, #""referral": {"ref": "r"}"#] {
                XCTAssertThrowsError(try {
                    var report = InstagramImporter.Report()
                    try importer.importEvents(try WebhookParser.parse(webhook(timestamp: value, event: event), source: "bad.json"), report: &report)
                }(), value) { error in
                    XCTAssertTrue("\(error)".hasPrefix("bad.json: entry[0].messaging[0].timestamp: "), "\(error)")
                }
            }
        }
        var report = InstagramImporter.Report()
        try importer.importEvents(try WebhookParser.parse(webhook(timestamp: "1795000000000"), source: "good.json"), report: &report)
        XCTAssertEqual(report.imported.count, 1)
    }

    func testOutOfRangeExportTimestampFailsOnlyItsFile() throws {
        let root = URL(fileURLWithPath: TestStore.folder())
        func write(_ thread: String, _ milliseconds: String) throws {
            let folder = root.appendingPathComponent("messages/inbox/" + thread)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(#"{"participants": [{"name": "\#(thread)"}, {"name": "shop"}], "messages": [{"sender_name": "\#(thread)", "timestamp_ms": \#(milliseconds), "content": "hi"}]}"#.utf8)
                .write(to: folder.appendingPathComponent("message_1.json"))
        }
        try write("aaa_1", "1e300")
        try write("bbb_2", "1795000000000")
        try write("ccc_3", "-1e22")
        let (threads, errors) = ExportReader.read(root: root, account: "shop")
        XCTAssertEqual(threads.map(\.id), ["bbb_2"])
        XCTAssertEqual(errors.map(\.path), ["messages[0].timestamp_ms", "messages[0].timestamp_ms"])
    }

    /// A spool folder: the bad payload is moved aside with its reason beside it; the good ones import.
    func testBadPayloadInAFolderIsSetAsideAndTheRestImport() throws {
        let folder = URL(fileURLWithPath: TestStore.folder())
        let webhooks = Self.fixtures.appendingPathComponent("webhooks")
        for name in ["01-batched.json", "02-retried-duplicate.json"] {
            try FileManager.default.copyItem(at: webhooks.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        try webhook(timestamp: "1e300").write(to: folder.appendingPathComponent("00-huge.json"))
        let store = try TestStore.make()
        var report = InstagramImporter.Report()
        let failures = try WebhookFolder.importAll(folder, importer: InstagramImporter(store: store, account: nil), report: &report)
        XCTAssertEqual(failures.count, 1)
        XCTAssertTrue(failures[0].reason.contains("entry[0].messaging[0].timestamp"), failures[0].reason)
        XCTAssertGreaterThan(report.imported.count, 5)
        let aside = try XCTUnwrap(failures[0].movedTo)
        XCTAssertTrue(FileManager.default.fileExists(atPath: aside.path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("00-huge.json").path))
        XCTAssertTrue(try String(contentsOf: aside.appendingPathExtension("error"), encoding: .utf8).contains("timestamp"))
        // The next run does not meet it again.
        XCTAssertEqual(try WebhookFolder.importAll(folder, importer: InstagramImporter(store: store, account: nil), report: &report).count, 0)
    }

    /// One bad event in a batch: the others import, the bad one is named, the payload is kept aside.
    func testOneBadEventDoesNotHoldBackTheRestOfItsBatch() throws {
        let folder = URL(fileURLWithPath: TestStore.folder())
        func event(_ timestamp: String, _ mid: String) -> String {
            #"{"sender": {"id": "1"}, "recipient": {"id": "2"}, "timestamp": \#(timestamp), "message": {"mid": "\#(mid)", "text": "hi"}}"#
        }
        let events = [event("1795000000000", "m_a"), event("1e300", "m_b"), event("1795000001000", "m_c")].joined(separator: ", ")
        let body = #"{"object": "instagram", "entry": [{"messaging": [\#(events)]}]}"#
        try Data(body.utf8).write(to: folder.appendingPathComponent("batch.json"))
        let store = try TestStore.make()
        var report = InstagramImporter.Report()
        let failures = try WebhookFolder.importAll(folder, importer: InstagramImporter(store: store, account: nil), report: &report)
        XCTAssertEqual(report.imported.count, 2)
        XCTAssertEqual(failures.count, 1)
        XCTAssertTrue(failures.first?.reason.contains("entry[0].messaging[1].timestamp") == true, "\(failures)")
        XCTAssertNotNil(failures.first?.movedTo)
    }

    // MARK: - Mail sizes

    /// The better of two runs: a machine busy with other work makes single timings noisy.
    func time(_ body: () -> Void) -> TimeInterval {
        (0..<2).map { _ in
            let start = Date()
            body()
            return Date().timeIntervalSince(start)
        }.min()!
    }

    // Linearity is checked on eight times the input: linear work takes about 8 times as long,
    // quadratic 64 times; the bound of 24 leaves room for a noisy machine and still catches it.

    func testHugeFoldedHeaderParsesInLinearTime() {
        func folded(_ megabytes: Int) -> [UInt8] {
            Array(("Subject: a\r\n" + String(repeating: " \r\n", count: megabytes * 350_000) + "From: x@y.jp\r\n\r\nbody\r\n").utf8)
        }
        func spaces(_ megabytes: Int) -> [UInt8] {
            Array(("Subject:" + String(repeating: " ", count: megabytes * 1_000_000) + "x\r\nFrom: x@y.jp\r\n\r\nbody\r\n").utf8)
        }
        for make in [folded, spaces] {
            let small = make(1), large = make(8)
            var mail = ParsedMail()
            let one = time { mail = MailParser.parse(small) }
            XCTAssertEqual(mail.from.first?.address, "x@y.jp")
            let eight = time { mail = MailParser.parse(large) }
            XCTAssertEqual(mail.text, "body")
            XCTAssertLessThan(eight, max(one * 24, 0.5), "1 MB: \(one) s, 8 MB: \(eight) s")
            XCTAssertLessThan(eight, 30, "the quadratic version took minutes")
        }
    }

    func testRepeatedReplyPrefixesAndTagsAreLinear() {
        for unit in ["Re: ", "[tag]", "Re[2]: "] {
            let small = String(repeating: unit, count: 10_000) + "x"
            let large = String(repeating: unit, count: 80_000) + "x"
            let one = time { XCTAssertEqual(SubjectNormalizer.threadKey(small), "x") }
            let four = time { XCTAssertEqual(SubjectNormalizer.threadKey(large), "x") }
            XCTAssertLessThan(four, max(one * 24, 0.5), "\(unit): \(one) s vs \(four) s")
            // A list's tags stay on a reply; reply prefixes do not stack.
            let replyOne = time { _ = MailComposer.replySubject(small) }
            let replyFour = time { XCTAssertEqual(MailComposer.replySubject(large), unit == "[tag]" ? "Re: " + large : "Re: x") }
            XCTAssertLessThan(replyFour, max(replyOne * 24, 0.5), "\(unit): reply \(replyOne) s vs \(replyFour) s")
        }
    }

    func testDeepNestingAndEndlessLinesNeitherCrashNorHang() {
        var nested = "From: a@x.jp\nContent-Type: multipart/mixed; boundary=b0\n\n"
        for level in 1...1000 { nested += "--b\(level - 1)\nContent-Type: multipart/mixed; boundary=b\(level)\n\n" }
        nested += "--b1000\nContent-Type: text/plain\n\ndeep\n"
        var mail = ParsedMail()
        XCTAssertLessThan(time { mail = MailParser.parse(Array(nested.utf8)) }, 15)
        XCTAssertTrue(mail.warnings.contains { $0.contains("nesting") }, "\(mail.warnings)")

        var rfc822 = "From: a@x.jp\nContent-Type: message/rfc822\n\n"
        for _ in 0..<1000 { rfc822 += "Content-Type: message/rfc822\n\n" }
        XCTAssertTrue(MailParser.parse(Array(rfc822.utf8)).warnings.contains { $0.contains("nesting") })

        let endless = Array("From: a@x.jp\nSubject: long\n\n".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 10_000_000)
        XCTAssertLessThan(time { mail = MailParser.parse(endless) }, 15)
        XCTAssertEqual(mail.text.utf8.count, 10_000_000)
        let endlessHeader = Array("From: a@x.jp\nX-Long: ".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 10_000_000)
        XCTAssertLessThan(time { mail = MailParser.parse(endlessHeader) }, 15)
        XCTAssertEqual(mail.from.first?.address, "a@x.jp")
    }

    // MARK: - Addresses

    /// What we show and where a reply goes must be the same address.
    func testSecondAngleAddressCannotRedirectReplies() {
        var warnings: [String] = []
        let from = MailAddress.list("a <b8@x> <bcc@evil>", warnings: &warnings)
        XCTAssertEqual(from, [MailAddress(name: "a", address: "b8@x")])
        XCTAssertFalse(warnings.isEmpty)
        let mail = MailParser.parse(Array("From: a <b8@x> <bcc@evil>\nTo: shop@x\n\nhi\n".utf8))
        XCTAssertEqual(mail.from.map(\.address), ["b8@x"])
        XCTAssertTrue(mail.warnings.contains { $0.contains("From") }, "\(mail.warnings)")
        XCTAssertFalse(mail.from.contains { ($0.name ?? "").contains("@") || $0.address.contains("evil") })
    }

    func testDisplayNameDressedAsAnAddressIsFlagged() {
        var warnings: [String] = []
        let from = MailAddress.list(#""a <b8@x>" <bcc@evil>"#, warnings: &warnings)
        XCTAssertEqual(from, [MailAddress(name: "a b8@x", address: "bcc@evil")])
        XCTAssertTrue(warnings.contains { $0.contains("replies go to <bcc@evil>") }, "\(warnings)")
        warnings = []
        XCTAssertEqual(MailAddress.list(#""taro@example.jp" <taro@example.jp>"#, warnings: &warnings).first?.name, "taro@example.jp")
        XCTAssertEqual(warnings, [])
    }

    func testSpecialsInDisplayNamesRoundTripThroughAReply() {
        for header in [#""Doe; John" <john@x>"#, "Doe; John <john@x>", #""Doe \"JD\" John" <john@x>"#, #""a\\b, (c)" <john@x>"#] {
            let parsed = MailAddress.list(header)
            XCTAssertEqual(parsed.map(\.address), ["john@x"], header)
            let composed = MailComposer.addressHeader("To", parsed)
            XCTAssertEqual(MailAddress.list(String(composed.dropFirst(3))), parsed, composed)
        }
        XCTAssertEqual(MailAddress.list("Doe; John <john@x>").first?.name, "Doe; John")
        let outgoing = OutgoingMail(from: MailAddress(name: "Shop", address: "shop@x"), to: MailAddress.list(#""Doe; John" <john@x>"#),
                                    subject: "Re: hi", body: "ok", messageID: "1@x", date: TestStore.now)
        let back = MailParser.parse(MailComposer.compose(outgoing))
        XCTAssertEqual(back.to, [MailAddress(name: "Doe; John", address: "john@x")])
    }
}
