import Foundation
import XCTest
@testable import MadoCore

final class ConversationJSONTests: XCTestCase {
    func testShowJSONHasTheDocumentedFields() throws {
        let store = try TestStore.make()
        let id = try TestStore.conversation(store, name: "山田 太郎", email: "taro@example.jp", subject: "配送", minutesAgo: 5, text: "届きません")
        let conversation = try XCTUnwrap(store.conversation(id: id))
        let object = ConversationJSON.full(conversation, customer: try store.customer(id: conversation.customerID),
                                           identities: try store.identities(ofCustomer: conversation.customerID),
                                           messages: try store.messages(inConversation: id))
        let json = try ConversationJSON.encode(object)
        let parsed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        for key in ["id", "channel", "status", "subject", "assignee", "tags", "customer", "messages"] {
            XCTAssertNotNil(parsed[key], key)
        }
        let customer = try XCTUnwrap(parsed["customer"] as? [String: Any])
        XCTAssertEqual(customer["name"] as? String, "山田 太郎")
        let identities = try XCTUnwrap(customer["identities"] as? [[String: Any]])
        XCTAssertEqual(identities.first?["address"] as? String, "taro@example.jp")
        let message = try XCTUnwrap((parsed["messages"] as? [[String: Any]])?.first)
        for key in ["id", "direction", "from_name", "from_address", "subject", "text", "sent_at", "attachments", "auto", "warnings"] {
            XCTAssertNotNil(message[key], key)
        }
        XCTAssertEqual(message["text"] as? String, "届きません")
        XCTAssertEqual(message["direction"] as? String, "in")
    }
}

final class JSONTimeTests: XCTestCase {
    /// The hand-written times read the same as the DateFormatter they replace, across zones,
    /// summer time changes, half-hour offsets and dates before 1970.
    func testTimesMatchTheFormatter() throws {
        let zones = ["Asia/Tokyo", "UTC", "America/New_York", "Asia/Kolkata", "Australia/Adelaide", "Pacific/Chatham", "America/St_Johns"]
        var seconds: [Double] = [0, -1, -0.5, 1.999, 86_399.9, 951_782_400, 1_710_054_000, 1_730_613_600, 1_796_000_000.25, -2_208_988_800, 4_102_444_799]
        var next: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<300 {   // spread over 1901–2099, fixed seed
            next = next &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            seconds.append(Double(Int64(next >> 34) % 6_200_000_000 - 2_100_000_000))
        }
        for zone in zones {
            let timeZone = try XCTUnwrap(TimeZone(identifier: zone))
            for value in seconds {
                let date = Date(timeIntervalSince1970: value)
                XCTAssertEqual(ConversationJSON.time(date, timeZone: timeZone), JSONTime.formatted(date, timeZone: timeZone), "\(zone) \(value)")
            }
        }
        XCTAssertEqual(ConversationJSON.time(Date(timeIntervalSince1970: 1_796_000_000), timeZone: TimeZone(identifier: "Asia/Tokyo")!),
                       "2026-11-30T09:53:20+09:00")
    }
}

final class PrettyJSONTests: XCTestCase {
    func foundation(_ object: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]), as: UTF8.self)
    }

    /// The faster writer gives Foundation's text byte for byte: nesting, empty arrays and objects,
    /// escapes, Japanese, keys that sort differently by locale than by bytes, numbers and nulls.
    func testSameTextAsFoundation() throws {
        let objects: [[String: Any]] = [
            ["id": Int64(42), "message_count": 3, "messages": [["text": "a\"b\\c\nd\re\tf/g", "auto": false, "attachments": [] as [Any]]],
             "tags": ["gift", "返品"], "empty": [:] as [String: Any], "null": NSNull(), "unread": true, "ratio": 0.5,
             "Zeta": 1, "alpha": 2, "a_b": 3, "a10": 4, "a9": 5, "ab": 6, "a-b": 7, "control": "bell\u{7}here", "emoji": "花🌸"],
            ["conversations": [] as [Any], "total": 0],
            ["customer": ["id": 7, "name": "山田 太郎", "identities": [["channel": "email", "handle": NSNull()]]]],
        ]
        for object in objects {
            XCTAssertEqual(try ConversationJSON.encode(object), try foundation(object))
        }
    }

    func testAConversationSummaryAsFoundationWritesIt() throws {
        let store = try TestStore.make()
        let id = try TestStore.conversation(store, name: "山田 太郎", email: "taro@example.jp", subject: "配送 \"急ぎ\"", minutesAgo: 5, text: "届きません")
        let conversation = try XCTUnwrap(store.conversation(id: id))
        let summary = ConversationJSON.summary(conversation)
        XCTAssertEqual(try ConversationJSON.encode(summary), try foundation(summary))
        let full = ConversationJSON.full(conversation, customer: try store.customer(id: conversation.customerID),
                                         identities: try store.identities(ofCustomer: conversation.customerID),
                                         messages: try store.messages(inConversation: id))
        XCTAssertEqual(try ConversationJSON.encode(full), try foundation(full))
    }
}
