import Foundation
import XCTest
@testable import MadoCore

final class MailParserTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/mail")

    func mail(_ name: String) throws -> ParsedMail {
        MailParser.parse(Array(try Data(contentsOf: Self.fixtures.appendingPathComponent(name))))
    }

    func testISO2022JPKeepsCP932Extensions() throws {
        let m = try mail("iso2022jp-cp932-extensions.eml")
        XCTAssertEqual(m.subject, "【Flourist】発送のお知らせ①")
        XCTAssertEqual(m.from.first?.name, "フローリスト")
        XCTAssertEqual(m.text, "山田様\n①ご注文の件、㈱フローリストです。Ⅲ番の商品を発送しました。")
        XCTAssertEqual(m.warnings, [])
    }

    func testSplitShiftJISEncodedWordDecodes() throws {
        let m = try mail("shiftjis-split-encoded-word.eml")
        XCTAssertEqual(m.subject, "返品・交換のお願い①")
        XCTAssertEqual(m.from.first?.name, "佐藤 花子")
        XCTAssertTrue(m.text.contains("②の商品が届きません。"), m.text)
        XCTAssertNotNil(m.date)
    }

    func testEUCJPQuotedPrintable() throws {
        let m = try mail("eucjp-quoted-printable.eml")
        XCTAssertEqual(m.subject, "交換")
        XCTAssertEqual(m.text, "交換をお願いします。\nよろしくお願いいたします。")
        XCTAssertEqual(m.date.map(ConversationJSON.iso), "2026-11-24T00:00:00Z", "two-digit year and JST")
    }

    func testOtherCharsets() throws {
        let expected = ["gb2312": "你好，请问可以寄到上海吗？", "big5": "請問可以寄到台北嗎？", "euc-kr": "안녕하세요 배송 문의입니다",
                        "koi8-r": "Здравствуйте, доставка", "windows-1252": "Café crème – “quotes” €5", "iso-8859-2": "Dzień dobry, zażółć"]
        for (charset, text) in expected {
            let m = try mail("charset-\(charset).eml")
            XCTAssertEqual(m.subject, text, charset)
            XCTAssertEqual(m.text, text, charset)
            XCTAssertEqual(m.warnings, [], charset)
        }
    }

    func testHTMLOnlyMailBecomesReadableText() throws {
        let m = try mail("html-only.eml")
        XCTAssertFalse(m.text.contains("alert"))
        XCTAssertFalse(m.text.contains("color:red"))
        XCTAssertFalse(m.text.contains("secret"))
        XCTAssertTrue(m.text.hasPrefix("Order shipped"), m.text)
        XCTAssertTrue(m.text.contains("Hello & thanks 🌸 ¥3,000"), m.text)
        XCTAssertTrue(m.text.contains("• Vase\n• Wreath"), m.text)
        XCTAssertTrue(m.text.contains("here <https://track.example.com/123>"), m.text)
    }

    func testRFC2231FileNameAlternativeAndThreadHeaders() throws {
        let m = try mail("rfc2231-attachment.eml")
        XCTAssertEqual(m.subject, "注文書の件")
        XCTAssertEqual(m.from.first, MailAddress(name: "Yamada, Taro", address: "taro@example.jp"))
        XCTAssertEqual(m.text, "注文書を添付します。", "text/plain preferred in multipart/alternative")
        XCTAssertEqual(m.attachments.count, 1)
        XCTAssertEqual(m.attachments.first?.filename, "注文書 (控え).pdf")
        XCTAssertEqual(m.attachments.first?.contentType, "application/pdf")
        XCTAssertEqual(m.attachments.first?.size, 23)
        XCTAssertEqual(m.messageID, "att1@example.jp")
        XCTAssertEqual(m.inReplyTo, ["reply-parent@flourist.example.jp"])
        XCTAssertEqual(m.references, ["root@flourist.example.jp", "reply-parent@flourist.example.jp"])
        let raw = Array(try Data(contentsOf: Self.fixtures.appendingPathComponent("rfc2231-attachment.eml")))
        XCTAssertEqual(MailParser.attachmentData(raw, partPath: m.attachments[0].partPath).map { Array($0.prefix(5)) }, Array("%PDF-".utf8))
    }

    func testBrokenMIMEIsReadAsFarAsPossibleWithWarnings() throws {
        let m = try mail("broken-mime.eml")
        XCTAssertNil(m.date)
        XCTAssertTrue(m.text.contains("Hello café world"), m.text)
        XCTAssertTrue(m.text.contains("あり"), "dirty base64 still yields what it can: \(m.text)")
        XCTAssertEqual(m.attachments.first?.filename, "photo.png")
        let warnings = m.warnings.joined(separator: "\n")
        XCTAssertTrue(warnings.contains("Date"), warnings)
        XCTAssertTrue(warnings.contains("end boundary"), warnings)
        XCTAssertTrue(warnings.contains("x-unknown-charset"), warnings)
        XCTAssertTrue(warnings.contains("base64"), warnings)
    }

    func testBounceIsAutomaticAndReadable() throws {
        let m = try mail("bounce.eml")
        XCTAssertTrue(m.isAuto)
        XCTAssertTrue(m.isBounce)
        XCTAssertTrue(m.text.contains("could not be delivered"))
        XCTAssertTrue(m.text.contains("Final-Recipient: rfc822; nobody@example.jp"))
        XCTAssertTrue(m.text.contains("Diagnostic-Code: smtp; 550 5.1.1 User unknown"))
    }

    func testForwardShowsInnerMessageWithDecodedHeaders() throws {
        let m = try mail("forward-rfc822.eml")
        XCTAssertTrue(m.text.hasPrefix("FYI"), m.text)
        XCTAssertTrue(m.text.contains("From: 鈴木 一郎 <ichiro@example.jp>"), m.text)
        XCTAssertTrue(m.text.contains("Subject: 見積もり"), m.text)
        XCTAssertTrue(m.text.contains("よろしくお願いします。"), m.text)
    }

    func testRawUTF8HeadersAndEscapesAreKeptAsData() throws {
        let m = try mail("raw-utf8-escapes.eml")
        XCTAssertEqual(m.from.first?.name, "山田 太郎")
        XCTAssertTrue(m.subject.hasPrefix("配送について"))
        XCTAssertTrue(m.text.contains("こんにちは"))
    }

    func testNeverCrashesOnGarbage() {
        for input in [[], Array(repeating: UInt8(0xFF), count: 1000), Array("no headers at all\n\njust text".utf8),
                      Array(("Subject: " + String(repeating: "x", count: 100_000) + "\n\nbody").utf8),
                      Array("Content-Type: multipart/mixed; boundary=\"\n\n--".utf8),
                      Array("Subject: =?utf-8?B?\n\n=?".utf8)] {
            let m = MailParser.parse(input)
            _ = m.text
        }
        var nested = "Content-Type: multipart/mixed; boundary=b\n\n"
        for _ in 0..<60 { nested += "--b\nContent-Type: multipart/mixed; boundary=b\n\n" }
        XCTAssertFalse(MailParser.parse(Array(nested.utf8)).warnings.isEmpty)
    }

    func testAddressForms() {
        let list = MailAddress.list("\"Sato, Hanako\" <hanako@example.jp>, taro@example.jp (Taro Yamada), team: a@x.jp, b@y.jp;, undisclosed-recipients:;, =?UTF-8?B?5bGx55Sw?= <yamada@example.jp>")
        XCTAssertEqual(list, [MailAddress(name: "Sato, Hanako", address: "hanako@example.jp"), MailAddress(name: "Taro Yamada", address: "taro@example.jp"),
                              MailAddress(address: "a@x.jp"), MailAddress(address: "b@y.jp"), MailAddress(name: "山田", address: "yamada@example.jp")])
    }

    func testBrokenDateForms() {
        for text in ["Tue, 24 Nov 2026 10:00:00 +0900", "24 Nov 2026 10:00 +0900 (JST)", "Tue, 24 nov 26 10:00:00 JST", "Tue Nov 24 10:00:00 2026 +0900"] {
            XCTAssertEqual(MailDate.parse(text).map { ConversationJSON.iso($0.date) }, "2026-11-24T01:00:00Z", text)
        }
        XCTAssertEqual(MailDate.parse("24 Nov 2026 10:00:00")?.zoneGuessed, true)
        XCTAssertNil(MailDate.parse("yesterday-ish"))
    }

    func testSubjectThreadKeys() {
        XCTAssertEqual(SubjectNormalizer.threadKey("Re: RE: Fwd: 返信: 転送: Re[2]: AW: ご注文の件"), "ご注文の件")
        XCTAssertEqual(SubjectNormalizer.threadKey("[Flourist] Re: Order"), "order")
    }

    func testMboxSplitsAndUnquotesFrom() throws {
        let messages = Mbox.split(Array(try Data(contentsOf: Self.fixtures.appendingPathComponent("sample.mbox"))))
        XCTAssertEqual(messages.count, 2)
        let first = MailParser.parse(messages[0])
        XCTAssertEqual(first.text, "first\nFrom the shop")
        XCTAssertEqual(MailParser.parse(messages[1]).subject, "two")
    }

    func testSafeFileNames() {
        XCTAssertEqual(AttachmentFileName.safe("../../etc/passwd"), "passwd")
        XCTAssertEqual(AttachmentFileName.safe("/abs/path.txt"), "path.txt")
        XCTAssertEqual(AttachmentFileName.safe("..\\..\\win.ini"), "win.ini")
        XCTAssertEqual(AttachmentFileName.safe(".bashrc"), "_.bashrc")
        XCTAssertEqual(AttachmentFileName.safe("-rf"), "_-rf")
        XCTAssertEqual(AttachmentFileName.safe("CON.txt"), "_CON.txt")
        XCTAssertEqual(AttachmentFileName.safe("a\u{1B}[2Jb\u{202E}fdp.exe"), "a_[2Jb_fdp.exe")
        XCTAssertEqual(AttachmentFileName.safe(".."), "attachment")
        let long = AttachmentFileName.safe(String(repeating: "注", count: 100) + ".pdf")
        XCTAssertLessThanOrEqual(long.utf8.count, 200)
        XCTAssertTrue(long.hasSuffix(".pdf"))
    }
}

final class MailComposerTests: XCTestCase {
    func testJapaneseReplyRoundTrips() {
        let subject = MailComposer.replySubject("返信: 【Flourist】ご注文 #1187 の配送状況についてのお問い合わせ（とても長い件名です）🌸")
        XCTAssertEqual(subject, "Re: 【Flourist】ご注文 #1187 の配送状況についてのお問い合わせ（とても長い件名です）🌸")
        let body = "山田 太郎 様\n\nお問い合わせありがとうございます。本日発送いたしました。🌸\n\n-- \n佐藤 花子\nFlourist"
        let bytes = MailComposer.compose(OutgoingMail(
            from: MailAddress(name: "佐藤 花子 (Flourist)", address: "support@flourist.example.jp"),
            to: [MailAddress(name: "山田 太郎", address: "taro@example.jp")], subject: subject, body: body,
            messageID: "r1@flourist.example.jp", date: Date(timeIntervalSince1970: 1_795_000_000),
            inReplyTo: "q1@example.jp", references: ["q0@example.jp"]))
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(text.split(separator: "\n").allSatisfy { $0.utf8.count <= 78 }, text)
        XCTAssertTrue(bytes.allSatisfy { $0 < 0x80 }, "headers encoded, body transfer-encoded")
        let parsed = MailParser.parse(bytes)
        XCTAssertEqual(parsed.subject, subject)
        XCTAssertEqual(parsed.from.first?.name, "佐藤 花子 (Flourist)")
        XCTAssertEqual(parsed.to.first?.name, "山田 太郎")
        XCTAssertEqual(parsed.text, body)
        XCTAssertEqual(parsed.messageID, "r1@flourist.example.jp")
        XCTAssertEqual(parsed.inReplyTo, ["q1@example.jp"])
        XCTAssertEqual(parsed.references, ["q0@example.jp", "q1@example.jp"])
        XCTAssertEqual(parsed.warnings, [])
    }

    func testReplySubjectIsNotStacked() {
        XCTAssertEqual(MailComposer.replySubject("Re: Re: Order"), "Re: Order")
        XCTAssertEqual(MailComposer.replySubject("RE: 返信: ご注文"), "Re: ご注文")
        XCTAssertEqual(MailComposer.replySubject("Order"), "Re: Order")
    }

    func testDataCannotInjectHeaders() {
        let bytes = MailComposer.compose(OutgoingMail(
            from: MailAddress(name: "Shop\r\nBcc: evil@x.example", address: "shop@example.jp"),
            to: [MailAddress(name: "Eve\nBcc: evil2@x.example", address: "eve@example.com>\nBcc: evil3@x.example")],
            subject: "Hello\r\nBcc: evil4@x.example\n\nbody", body: "hi", messageID: "m@x", date: Date()))
        let text = String(decoding: bytes, as: UTF8.self)
        let headerBlock = text.components(separatedBy: "\n\n")[0]
        XCTAssertFalse(headerBlock.split(separator: "\n").contains { $0.lowercased().hasPrefix("bcc:") }, headerBlock)
        XCTAssertEqual(MailParser.parse(bytes).text, "hi")
    }

    func testLongLatinLinesUseQuotedPrintableUnder998() {
        let body = String(repeating: "Café ", count: 400)
        let bytes = MailComposer.compose(OutgoingMail(from: MailAddress(address: "a@x.jp"), to: [MailAddress(address: "b@y.jp")],
                                                      subject: "x", body: body, messageID: "m@x", date: Date()))
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(text.contains("Content-Transfer-Encoding: quoted-printable"))
        XCTAssertTrue(text.split(separator: "\n").allSatisfy { $0.utf8.count <= 998 })
        XCTAssertEqual(MailParser.parse(bytes).text, body.trimmingCharacters(in: .whitespaces))
    }
}

final class CharsetEdgeTests: XCTestCase {
    func testHalfWidthKatakanaInISO2022JP() {
        // ESC ( I switches to JIS X 0201 katakana: 0x31 0x5D 0x3B 0x5D = ｱﾝｻﾝ… here "ｶﾀｶﾅ".
        let bytes: [UInt8] = [0x1B, 0x28, 0x49, 0x36, 0x40, 0x36, 0x45, 0x1B, 0x28, 0x42] + Array(" OK".utf8)
        XCTAssertEqual(Charset.decode(bytes, charset: "ISO-2022-JP").text, "ｶﾀｶﾅ OK")
        let shifted: [UInt8] = [0x0E, 0x36, 0x40, 0x0F, 0x41]
        XCTAssertEqual(Charset.decode(shifted, charset: "iso-2022-jp").text, "ｶﾀA")
    }

    func testLabelsAndAliases() {
        XCTAssertEqual(Charset.decode([0x82, 0xA0], charset: "x-sjis").text, "あ")
        XCTAssertEqual(Charset.decode([0x87, 0x40], charset: "Shift_JIS").text, "①", "NEC row 13 through CP932")
        XCTAssertEqual(Charset.decode([0xC4, 0xE3, 0xBA, 0xC3], charset: "GBK").text, "你好")
        XCTAssertEqual(Charset.decode([0xA4, 0xA2], charset: "\"EUC-JP\"").text, "あ")
        let lying = Charset.decode(Array("café".utf8), charset: "us-ascii")
        XCTAssertEqual(lying.text, "café")
        XCTAssertNotNil(lying.warning, "a charset that lies is named in a warning")
    }
}

extension CharsetEdgeTests {
    func testISO2022JP2AndJP3VariantsFallBackToIconv() {
        // "Grüße 日本" as ISO-2022-JP-2 writes it: ü and ß through JIS X 0212 (ESC $ ( D).
        let jp2: [UInt8] = [71, 114, 27, 36, 40, 68, 43, 100, 41, 78, 27, 40, 66, 101, 32, 27, 36, 66, 70, 124, 75, 92, 27, 40, 66]
        let decoded = Charset.decode(jp2, charset: "ISO-2022-JP-2")
        XCTAssertEqual(decoded.text, "Grüße 日本")
        XCTAssertNil(decoded.warning)
    }
}
