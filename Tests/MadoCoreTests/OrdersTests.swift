import Foundation
import XCTest
@testable import MadoCore

final class OrdersTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/orders")
    func fixture(_ name: String) -> String { Self.fixtures.appendingPathComponent(name).path }

    func testShopifyExportParsesGroupsLineItemsAndStripsQuotes() throws {
        let orders = try ShopifyOrdersCSV.orders(try Data(contentsOf: URL(fileURLWithPath: fixture("orders_export.csv"))), file: "orders_export.csv")
        XCTAssertEqual(orders.map(\.name), ["#1042", "#1043", "#1044", "#1045"])
        let first = orders[0]
        XCTAssertEqual(first.items.map(\.name), ["ドライフラワー ブーケ S", "花瓶 \"Mizu\" ガラス, クリア", "メッセージカード"])
        XCTAssertEqual(first.items.map(\.quantity), [2, 1, 1])
        XCTAssertEqual(first.items.map(\.sku), ["DF-BQ-S", "VS-MIZU-CL", "CARD-01"])
        XCTAssertEqual(first.phone, "09012345678", "the spreadsheet quote is stripped")
        XCTAssertEqual(first.total, "9600.00")
        XCTAssertEqual(first.currency, "JPY")
        XCTAssertEqual(first.financialStatus, "paid", "the following rows' empty status does not override the first row's")
        XCTAssertEqual(first.notes, "ギフト包装をお願いします。\nメッセージカード：「お誕生日おめでとう, ママ」\n置き配OK")
        XCTAssertEqual(first.shippingProvince, "東京都")
        XCTAssertEqual(first.shippingName, "山田 花子")
        XCTAssertEqual(first.createdAt, Date(timeIntervalSince1970: 1_791_334_226), "2026-10-07 09:50:26 +0900")
        XCTAssertEqual(first.shopifyID, "5829301944412")
        XCTAssertTrue(orders[1].isRefunded)
        XCTAssertTrue(orders[2].isCancelled)
    }

    func testOlderLayoutWithFewerColumnsInAnotherOrderImports() throws {
        let store = try TestStore.make()
        let summary = try OrdersImporter(store: store).importFile(fixture("orders_export_2016.csv"))
        XCTAssertEqual(summary.orders, 1)
        let order = try XCTUnwrap(try store.order(named: "#1001"))
        XCTAssertNil(order.shopifyID)
        XCTAssertNil(order.refunded)
        XCTAssertEqual(order.items, [ShopOrder.Item(quantity: 2, name: "ミニブーケ", price: "1000.00", sku: "MB-01")])
    }

    func testOrdersAttachByEmailCaseInsensitivelyEvenWhenTheCustomerWritesLater() throws {
        let store = try TestStore.make()
        let hanako = try TestStore.conversation(store, name: "山田 花子", email: "hanako.yamada@example.jp", subject: "ギフト", minutesAgo: 5)
        let hanakoID = try XCTUnwrap(try store.conversation(id: hanako)).customerID
        _ = try OrdersImporter(store: store).importFile(fixture("orders_export.csv"))
        XCTAssertEqual(try store.orders(ofCustomer: hanakoID).map(\.name), ["#1042"])
        XCTAssertEqual(try store.order(named: "#1042")?.customerID, hanakoID)
        XCTAssertNil(try store.order(named: "#1043")?.customerID, "no such customer yet: unattached")
        // Ken writes after the import: his order is his, matched by email when read.
        let ken = try TestStore.conversation(store, name: "Ken Sato", email: "Ken.Sato@example.com", subject: "返金", minutesAgo: 1)
        let kenID = try XCTUnwrap(try store.conversation(id: ken)).customerID
        XCTAssertEqual(try store.orders(ofCustomer: kenID).map(\.name), ["#1043"])
    }

    func testReimportUpdatesWithoutDuplicatesAndSaysWhatChanged() throws {
        let store = try TestStore.make()
        let importer = OrdersImporter(store: store)
        let first = try importer.importFile(fixture("orders_export.csv"))
        XCTAssertEqual(first.count(.new), 4)
        let again = try importer.importFile(fixture("orders_export.csv"))
        XCTAssertEqual(again.changes, [], "the same file twice changes nothing")
        XCTAssertEqual(again.unchanged, 4)
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM orders"), 4)
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM order_items"), 6)

        let later = try importer.importFile(fixture("orders_export_later.csv"))
        XCTAssertEqual(Set(later.changes.map { "\($0.order) \($0.change.rawValue)" }), ["#1042 fulfilled", "#1045 refunded", "#1046 new"])
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM orders"), 5)
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM order_items WHERE order_id = (SELECT id FROM orders WHERE name = '#1042')"), 3)
        XCTAssertEqual(try store.order(named: "#1042")?.fulfillmentStatus, "fulfilled")
        XCTAssertTrue(later.text.contains("#1042 fulfilled"), later.text)
        XCTAssertTrue(later.text.contains("1 new, 1 newly fulfilled, 1 refunded, 0 cancelled, 2 unchanged"), later.text)
    }

    func testCancellationIsReportedOnce() throws {
        let store = try TestStore.make()
        let importer = OrdersImporter(store: store)
        let header = "Name,Email,Financial Status,Cancelled at,Total\n"
        _ = try importer.importData(Data((header + "#2001,a@example.com,paid,,100.00\n").utf8), file: "a.csv")
        let cancelled = try importer.importData(Data((header + "#2001,a@example.com,voided,2026-10-08 10:00:00 +0900,100.00\n").utf8), file: "b.csv")
        XCTAssertEqual(cancelled.changes.map(\.change), [.cancelled])
        XCTAssertEqual(try importer.importData(Data((header + "#2001,a@example.com,voided,2026-10-08 10:00:00 +0900,100.00\n").utf8), file: "c.csv").changes, [])
    }

    func testLatestChangesAreKeptPerCustomer() throws {
        let store = try TestStore.make()
        let id = try TestStore.conversation(store, name: "山田 花子", email: "hanako.yamada@example.jp", subject: "x", minutesAgo: 1)
        let customer = try XCTUnwrap(try store.conversation(id: id)).customerID
        _ = try OrdersImporter(store: store).importFile(fixture("orders_export.csv"))
        _ = try OrdersImporter(store: store).importFile(fixture("orders_export_later.csv"))
        XCTAssertEqual(try store.latestOrderChanges(ofCustomer: customer).map { "\($0.order) \($0.change.rawValue)" }, ["#1042 fulfilled", "#1046 new"])
    }

    func testMalformedFilesAreRefusedWithTheLineAndNothingIsWritten() throws {
        let store = try TestStore.make()
        let importer = OrdersImporter(store: store)
        let broken = "Name,Email,Total\n#1,a@example.com,10.00\n#2,b@example.com,\"20.00\n"
        XCTAssertThrowsError(try importer.importData(Data(broken.utf8), file: "broken.csv")) {
            XCTAssertEqual($0 as? CSVError, .unbalancedQuote(file: "broken.csv", line: 3))
        }
        XCTAssertThrowsError(try importer.importData(Data("Email,Total\na@example.com,1.00\n".utf8), file: "noname.csv")) {
            XCTAssertEqual("\($0)", "noname.csv:1: no 'Name' column in the header row; is this the right export? Nothing was imported.")
        }
        XCTAssertThrowsError(try importer.importData(Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]), file: "orders.xlsx"))
        // A bad value late in the file: the rows before it are not half-imported.
        let badDate = "Name,Email,Created at\n#1,a@example.com,2026-10-07 09:50:26 +0900\n#2,b@example.com,yesterday\n"
        XCTAssertThrowsError(try importer.importData(Data(badDate.utf8), file: "dates.csv")) {
            XCTAssertEqual($0 as? CSVError, .badValue(file: "dates.csv", line: 3, column: "Created at", value: "yesterday",
                                                     expected: "a date like 2026-10-07 09:50:26 +0900"))
        }
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM orders"), 0)
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM order_imports"), 0)
    }

    func testCustomersExportCreatesCustomersAndSkipsAutoMailAndTheShop() throws {
        let store = try TestStore.make()
        let existing = try TestStore.conversation(store, name: "emma@example.org", email: "emma@example.org", subject: "x", minutesAgo: 1)
        let emmaID = try XCTUnwrap(try store.conversation(id: existing)).customerID
        let importer = CustomersImporter(store: store, shopAddresses: ["hello@flourist.example"])
        let summary = try importer.importFile(fixture("customers_export.csv"))
        XCTAssertEqual(summary.created, 2)
        XCTAssertEqual(summary.updated, 1)
        XCTAssertEqual(summary.skipped.count, 2, summary.text)
        XCTAssertNil(try store.customerID(channel: .email, address: "no-reply@marketplace.example"))
        XCTAssertNil(try store.customerID(channel: .email, address: "hello@flourist.example"))
        XCTAssertEqual(try store.customer(id: emmaID)?.name, "Emma Wilson", "a placeholder name is replaced")
        let hanako = try XCTUnwrap(try store.customerID(channel: .email, address: "Hanako.Yamada@example.jp"))
        XCTAssertEqual(try store.customer(id: hanako)?.name, "山田 花子")
        XCTAssertEqual(try store.shopCustomer(ofCustomer: hanako)?.note, "いつもギフト用。\nリボンは白が好み")
        XCTAssertEqual(try store.shopCustomer(ofCustomer: hanako)?.phone, "+819012345678")
        // Again: nothing new.
        let again = try importer.importFile(fixture("customers_export.csv"))
        XCTAssertEqual(again.created, 0)
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM shop_customers"), 3)
        // Orders then attach by email, and Suzuki (phone only) by phone: '+81 80-1111-2222 = 08011112222.
        _ = try OrdersImporter(store: store).importFile(fixture("orders_export.csv"))
        XCTAssertEqual(try store.orders(ofCustomer: hanako).map(\.name), ["#1042"])
        let suzuki = try XCTUnwrap(try store.order(named: "#1045")?.customerID)
        XCTAssertEqual(try store.customer(id: suzuki)?.name, "鈴木 一郎")
    }

    func testOlderCustomersLayoutImports() throws {
        let store = try TestStore.make()
        let summary = try CustomersImporter(store: store, shopAddresses: []).importFile(fixture("customers_export_2016.csv"))
        XCTAssertEqual(summary.created, 1)
        let taro = try XCTUnwrap(try store.customerID(channel: .email, address: "taro@example.co.jp"))
        XCTAssertEqual(try store.customer(id: taro)?.name, "Taro Kimura")
        XCTAssertEqual(try store.shopCustomer(ofCustomer: taro)?.city, "Nagoya")
    }
}
