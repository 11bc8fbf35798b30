import Foundation
import MadoCore
@testable import MadoUI
import XCTest

/// A picture that could not be downloaded leaves an English note on its message (exports read the
/// same everywhere); a Japanese screen says it in Japanese, with each of MediaDownloader's reasons.
extension ErrorTranslationTests {
    func testEveryReasonAPictureWasNotDownloadedIsJapaneseOnTheScreen() throws {
        let (found, dynamic) = try Self.arguments(after: #"(?:notDownloaded|refuse)\("#)
        let literals = found.map(\.1).filter { !$0.contains("\\(") }
        XCTAssertGreaterThanOrEqual(found.count, 5, "the scan found MediaDownloader's reasons")
        XCTAssertTrue(dynamic.allSatisfy { $0.hasPrefix("MadoCore/Channels/Instagram/API/") }, "\(dynamic)")
        // The literal sentences, filled the way the code fills them, and the ones built at run time.
        let reasons = found.map { $0.1.replacingOccurrences(of: #"\\\([^)]*\)"#, with: "42", options: .regularExpression) } + literals + [
            "the link has expired (HTTP 403)", "HTTP 500", "it is of no stated type, not a picture", "it is text/html, not a picture",
            "it is 20000000 bytes, more than the 16777216 allowed", "lookaside.fbsbx.com is not one of Instagram's servers",
        ]
        for reason in reasons {
            let note = Store.pictureNote(reason: reason)
            let said = ja.messageWarning(note)
            assertJapanese(said, note)
            XCTAssertNotNil(ErrorPhrasebook.japanese(reason, InstagramWords.pictureReasons), "no Japanese for the reason \"\(reason)\"")
            XCTAssertEqual(UIStrings.english.messageWarning(note), note, "English as stored")
        }
        XCTAssertEqual(ja.messageWarning(Store.pictureNote(reason: "the link has expired (HTTP 403)")),
                       "画像をダウンロードできませんでした（リンクの期限が切れています（HTTP 403））。リンクは残してありますが、Instagram のリンクは期限が切れます。")
        // The system's own words (a timeout from Foundation) stay, quoted.
        XCTAssertTrue(ja.messageWarning(Store.pictureNote(reason: "The request timed out.")).contains("「The request timed out.」"))
        XCTAssertEqual(ja.messageWarning("a header line without a name was kept out: x"), "a header line without a name was kept out: x",
                       "a note mado does not write is shown as stored")
    }
}

/// The thread, as a Japanese screen draws it, says why the picture is missing in Japanese.
final class PictureNoteThreadTests: XCTestCase {
    func testAJapaneseThreadShowsTheMissingPictureInJapanese() {
        let note = Store.pictureNote(reason: "the link has expired (HTTP 403)")
        let message = Message(id: 1, conversationID: 1, channel: .instagram, direction: .incoming, fromName: "Yui", fromAddress: "1784",
                              subject: "", text: "この色です", sentAt: Date(timeIntervalSince1970: 1_795_000_000), warnings: [note])
        let japanese = ThreadLines.messageLines(message, width: 300, strings: .japanese, asciiOnly: false, timeZone: TimeZone(identifier: "Asia/Tokyo")!)
            .map(\.text).joined(separator: "\n")
        XCTAssertTrue(japanese.contains("画像をダウンロードできませんでした（リンクの期限が切れています（HTTP 403））"), japanese)
        XCTAssertFalse(japanese.contains("Picture not downloaded"), japanese)
        let english = ThreadLines.messageLines(message, width: 300, strings: .english, asciiOnly: false, timeZone: TimeZone(identifier: "Asia/Tokyo")!)
            .map(\.text).joined(separator: "\n")
        XCTAssertTrue(english.contains(note), english)
    }
}
