import Foundation
import XCTest
@testable import MadoCore

final class OrderNumberTests: XCTestCase {
    var store: Store!
    var agent: Agent!
    var builder: ReplyBuilder!

    override func setUpWithError() throws {
        store = try TestStore.make()
        agent = try store.addAgent(login: "hanako", name: "Hanako Sato", email: "hanako@flourist.example.jp")
        builder = ReplyBuilder(store: store, shop: ShopSettings(name: "Flourist", address: "support@flourist.example.jp"))
    }

    func testOrderNumbersAreRecognisedInTheWaysCustomersWriteThem() {
        XCTAssertEqual(OrderNumber.find(in: "Where is #1042?"), ["#1042"])
        XCTAssertEqual(OrderNumber.find(in: "注文（＃１０４２）がまだ届きません"), ["#1042"])
        XCTAssertEqual(OrderNumber.find(in: "ご注文番号：1042 の件です"), ["#1042"])
        XCTAssertEqual(OrderNumber.find(in: "注文番号は１０４３です"), ["#1043"])
        XCTAssertEqual(OrderNumber.find(in: "my order 1042 and Order #1043, order no. 1044"), ["#1042", "#1043", "#1044"])
        XCTAssertEqual(OrderNumber.find(in: "#1042 again: #1042"), ["#1042"])
        XCTAssertEqual(OrderNumber.find(in: "you're my #1 shop, call 03-1234-5678, ordered 2 items, &#1234;"), [])
        XCTAssertEqual(OrderNumber.find(in: "border 1042 and recorder 1043"), [])
    }

    func importOrders(_ csv: String) throws {
        _ = try OrdersImporter(store: store).importData(Data(csv.utf8), file: "orders.csv")
    }

    static let orders = """
        Name,Email,Financial Status,Fulfillment Status,Fulfilled at,Total,Currency,Created at,Lineitem quantity,Lineitem name
        #1042,hanako@example.jp,paid,fulfilled,2026-10-09 10:00:00 +0900,9600.00,JPY,2026-10-07 09:50:26 +0900,2,ドライフラワー ブーケ S
        #1042,hanako@example.jp,,,,,,2026-10-07 09:50:26 +0900,1,メッセージカード
        #1050,hanako@example.jp,paid,unfulfilled,,3000.00,JPY,2026-11-01 09:00:00 +0900,1,花瓶

        """

    func testTheConversationIsAboutTheMentionedOrderElseTheLatest() throws {
        try importOrders(Self.orders)
        let mentioned = try TestStore.conversation(store, name: "山田 花子", email: "hanako@example.jp", subject: "注文について", minutesAgo: 10,
                                                  text: "注文番号１０４２の花束、届きました？")
        XCTAssertEqual(try store.order(aboutConversation: mentioned)?.name, "#1042")
        let other = try TestStore.conversation(store, name: "山田 花子", email: "hanako@example.jp", subject: "質問", minutesAgo: 5, text: "こんにちは")
        XCTAssertEqual(try store.order(aboutConversation: other)?.name, "#1050", "nothing mentioned: the customer's latest")
        let stranger = try TestStore.conversation(store, name: "Nobody", email: "nobody@example.com", subject: "hi", minutesAgo: 1, text: "order 9999")
        XCTAssertNil(try store.order(aboutConversation: stranger))
    }

    func testOrderVariablesFillFromTheOrder() throws {
        try importOrders(Self.orders)
        let id = try TestStore.conversation(store, name: "山田 花子", email: "hanako@example.jp", subject: "注文", minutesAgo: 10, text: "#1042 はいつ届きますか")
        let template = try Template.parse("name: t\nlanguage: ja\n---\nご注文{{order.number}}は{{order.status}}です。\n{{order.items}}\n", file: "t")
        let (filled, missing) = try builder.apply(template, to: try builder.draft(conversationID: id, agent: agent), agent: agent, hours: nil)
        XCTAssertEqual(missing, [])
        XCTAssertTrue(filled?.body.hasPrefix("ご注文#1042は発送済みです。\nドライフラワー ブーケ S × 2\nメッセージカード × 1\n") ?? false, filled?.body ?? "")
        let english = try Template.parse("name: t\nlanguage: en\n---\nOrder {{order.number}}: {{order.status}}\n", file: "t")
        let (englishFilled, _) = try builder.apply(english, to: try builder.draft(conversationID: id, agent: agent), agent: agent, hours: nil)
        XCTAssertTrue(englishFilled?.body.hasPrefix("Order #1042: shipped") ?? false)
    }

    func testATemplateNeedingAnOrderIsRefusedWithoutOne() throws {
        let id = try TestStore.conversation(store, name: "Emma", email: "emma@example.com", subject: "hi", minutesAgo: 1, text: "Hello")
        let template = try Template.parse("name: t\nlanguage: en\n---\nYour order {{order.number}} is {{order.status}}.\n", file: "t")
        let (filled, missing) = try builder.apply(template, to: try builder.draft(conversationID: id, agent: agent), agent: agent, hours: nil)
        XCTAssertNil(filled)
        XCTAssertEqual(missing, ["order.number", "order.status"])
    }
}
