import Foundation
import XCTest
@testable import MadoCore

/// A page near the end of a view, read backwards from the end (`G` on a long view), is the same
/// page the forward query gives: same rows, same order, ties in queue order broken by id.
final class PageFromEndTests: XCTestCase {
    func testEveryPageFromTheEndMatchesTheForwardPage() throws {
        let store = try TestStore.make()
        for index in 0..<23 {
            // Repeated minutes: several conversations share a place in the queue.
            try TestStore.conversation(store, name: "Customer \(index)", email: "c\(index)@example.jp",
                                       subject: "Question \(index)", minutesAgo: 10 + index % 7)
        }
        for filter in [ConversationFilter(snooze: .any), ConversationFilter(statuses: [.open])] {
            let total = try store.countConversations(filter)
            XCTAssertEqual(total, 23)
            for limit in [1, 4, 10, 30] {
                for offset in 0...total {
                    XCTAssertEqual(try store.conversations(filter, offset: offset, limit: limit, total: total).map(\.id),
                                   try store.conversations(filter, offset: offset, limit: limit).map(\.id), "offset \(offset) limit \(limit)")
                }
            }
        }
    }
}
