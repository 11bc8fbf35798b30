import Foundation
import XCTest

/// `mado import orders|customers` run as a script would, on the demo store.
extension CommandLineTests {
    var orderFixtures: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("MadoCoreTests/Fixtures/orders").path
    }

    func testImportOrdersReportsChangesAsJSONAndRefusesABrokenFile() throws {
        let first = try mado(["import", "orders", orderFixtures + "/orders_export.csv", "--store", store, "--json"])
        XCTAssertEqual(first.status, 0, first.error)
        let envelope = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(first.output.utf8)) as? [String: Any])
        XCTAssertEqual(envelope["total"] as? Int, 1)
        let report = try XCTUnwrap((envelope["imports"] as? [[String: Any]])?.first)
        XCTAssertEqual(report["new"] as? Int, 4)
        let later = try mado(["import", "orders", orderFixtures + "/orders_export_later.csv", "--store", store])
        XCTAssertTrue(later.output.contains("#1042 fulfilled"), later.output)

        try Data("Name,Notes\n#1,\"open\n".utf8).write(to: URL(fileURLWithPath: folder + "/broken.csv"))
        let broken = try mado(["import", "orders", folder + "/broken.csv", "--store", store])
        XCTAssertEqual(broken.status, 1)
        XCTAssertEqual(broken.error, "mado: \(folder)/broken.csv:2: a quoted field starts here and is never closed; nothing was imported.\n")

        let customers = try mado(["import", "customers", orderFixtures + "/customers_export.csv", "--store", store])
        XCTAssertEqual(customers.status, 0, customers.error)
        XCTAssertTrue(customers.output.contains("automatic mail"), customers.output)
    }
}
