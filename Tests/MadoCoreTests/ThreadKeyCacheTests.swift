import XCTest
@testable import MadoCore

final class ThreadKeyCacheTests: XCTestCase {
    private func hash(_ subject: String) -> UInt32 { ThreadKeyCache.hash32(SubjectNormalizer.threadKey(subject)) }

    func testGivesTheKeysHashAndNoticesAChangedSubject() {
        var cache = ThreadKeyCache()
        XCTAssertEqual(cache.keyHash(conversationID: 7, subject: "Re: [shop] 返品・交換のお願い"), hash("返品・交換のお願い"))
        XCTAssertEqual(cache.keyHash(conversationID: 7, subject: "Re: [shop] 返品・交換のお願い"), hash("返品・交換のお願い"), "remembered")
        // Erased in another process meanwhile: the subject is empty now, and so is its key.
        XCTAssertEqual(cache.keyHash(conversationID: 7, subject: ""), hash(""))
        XCTAssertNotEqual(hash(""), hash("返品・交換のお願い"))
    }

    func testConversationsSharingASlotKeepTheirOwnKeys() {
        var cache = ThreadKeyCache()
        let first: Int64 = 12, second: Int64 = 12 + 65536
        XCTAssertEqual(cache.keyHash(conversationID: first, subject: "Where is my order?"), hash("where is my order?"))
        XCTAssertEqual(cache.keyHash(conversationID: second, subject: "Gift wrapping"), hash("gift wrapping"))
        XCTAssertEqual(cache.keyHash(conversationID: first, subject: "Where is my order?"), hash("where is my order?"))
        XCTAssertEqual(cache.keyHash(conversationID: second, subject: "Gift wrapping"), hash("Fwd: gift wrapping"))
    }

    /// A new conversation's entry is made from its first mail's key and the subject as stored
    /// (cleaned): the key read back from the stored subject must be that same key.
    func testTheStoredSubjectGivesTheFirstMailsKey() {
        let subjects = ["Re: [shop] 返品・交換のお願い", "Fwd:\u{1B}[31m Where is my order?\u{1B}[0m", "ｇｉｆｔ　ｗｒａｐｐｉｎｇ\r\n (2)",
                        "RE: RE:\tbroken\u{7}\u{0} vase", "返信: 領収書\u{202E}について", " [a] [b] AW: sv: x "]
        for subject in subjects {
            XCTAssertEqual(SubjectNormalizer.threadKey(CustomerText.line(subject)), SubjectNormalizer.threadKey(subject), subject.debugDescription)
            var cache = ThreadKeyCache()
            cache.remember(conversationID: 3, subject: CustomerText.line(subject), key: SubjectNormalizer.threadKey(subject))
            XCTAssertEqual(cache.keyHash(conversationID: 3, subject: CustomerText.line(subject)), hash(subject))
        }
    }
}
