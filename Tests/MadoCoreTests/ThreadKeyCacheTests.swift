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
}
