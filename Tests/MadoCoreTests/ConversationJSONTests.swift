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
