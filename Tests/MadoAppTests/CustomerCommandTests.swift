import Foundation
import XCTest

/// `mado customer show|merge|unmerge` run as a script would, on the demo store.
extension CommandLineTests {
    func customerJSON(_ id: Int) throws -> [String: Any] {
        let run = try mado(["customer", "show", String(id), "--store", store, "--json"])
        XCTAssertEqual(run.status, 0, run.error)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any], run.output)
        XCTAssertEqual(Set(object.keys), ["customers", "total"])
        return try XCTUnwrap((object["customers"] as? [[String: Any]])?.first)
    }

    /// A JSON value as key-sorted text, to compare what two runs printed.
    func sorted(_ value: Any?) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: [value ?? NSNull()], options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// Two different customers of the demo, from the conversation list.
    func twoCustomers() throws -> (Int, Int) {
        let json = try mado(["list", "--store", store, "--json", "--limit", "40"]).output
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let ids = try XCTUnwrap(object["conversations"] as? [[String: Any]]).compactMap { ($0["customer"] as? [String: Any])?["id"] as? Int }
        var distinct: [Int] = []
        for id in ids where !distinct.contains(id) { distinct.append(id) }
        XCTAssertGreaterThanOrEqual(distinct.count, 2)
        return (distinct[0], distinct[1])
    }

    func testCustomerMergeShowsEverythingUnderOneCustomerAndUnmergeRestoresIt() throws {
        let (keep, other) = try twoCustomers()
        let keepBefore = try customerJSON(keep), otherBefore = try customerJSON(other)
        let keepIdentities = try XCTUnwrap(keepBefore["identities"] as? [[String: Any]]).count
        let otherIdentities = try XCTUnwrap(otherBefore["identities"] as? [[String: Any]]).count
        let conversations = try XCTUnwrap(keepBefore["conversations"] as? [[String: Any]]).count
            + XCTUnwrap(otherBefore["conversations"] as? [[String: Any]]).count

        let merged = try mado(["customer", "merge", String(keep), String(other), "--store", store])
        XCTAssertEqual(merged.status, 0, merged.error)
        XCTAssertTrue(merged.output.contains("merged customer \(other) into \(keep)"), merged.output)
        let together = try customerJSON(keep)
        XCTAssertEqual((together["identities"] as? [[String: Any]])?.count, keepIdentities + otherIdentities)
        let rows = try XCTUnwrap(together["conversations"] as? [[String: Any]])
        XCTAssertEqual(rows.count, conversations)
        let times = rows.compactMap { $0["last_message_at"] as? String }
        XCTAssertEqual(times, times.sorted(by: >), "newest first")
        XCTAssertEqual((together["alternatives"] as? [[String: Any]])?.first?["field"] as? String, "name",
                       "the other's name is kept in sight")
        XCTAssertEqual(try customerJSON(other)["merged_into"] as? Int, keep)
        let text = try mado(["customer", "show", String(keep), "--store", store])
        XCTAssertTrue(text.output.contains("Alternatives"), text.output)
        XCTAssertTrue(text.output.contains("Conversations, newest first"), text.output)

        let again = try mado(["customer", "merge", String(keep), String(other), "--store", store])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.error.contains("already merged"), again.error)

        let unmerged = try mado(["customer", "unmerge", String(other), "--store", store])
        XCTAssertEqual(unmerged.status, 0, unmerged.error)
        let keepAfter = try customerJSON(keep), otherAfter = try customerJSON(other)
        for key in ["identities", "conversations", "orders", "name", "notes", "alternatives", "merged_into"] {
            XCTAssertEqual(try sorted(keepAfter[key]), try sorted(keepBefore[key]), key)
            XCTAssertEqual(try sorted(otherAfter[key]), try sorted(otherBefore[key]), key)
        }
        XCTAssertEqual(try mado(["customer", "unmerge", String(other), "--store", store]).status, 1, "nothing left to undo")
        let unknown = try mado(["customer", "frobnicate", "--store", store])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.error.contains("mado customer merge KEEP OTHER"), unknown.error)
    }
}

/// `mado customer export|erase|suppress|unsuppress` as a script runs them.
extension CommandLineTests {
    func testCustomerExportEraseAndSuppressFromTheCommandLine() throws {
        let (customer, _) = try twoCustomers()
        let name = try XCTUnwrap(customerJSON(customer)["name"] as? String)
        let folder = NSTemporaryDirectory() + "mado-export-" + UUID().uuidString
        let exported = try mado(["customer", "export", String(customer), "--to", folder, "--store", store])
        XCTAssertEqual(exported.status, 0, exported.error)
        XCTAssertTrue(exported.output.contains("exported customer \(customer) to \(folder)"), exported.output)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/manifest.json"))
        let again = try mado(["customer", "export", String(customer), "--to", folder, "--store", store])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.error.contains("not empty"), again.error)

        let suppressed = try mado(["customer", "suppress", String(customer), "--store", store])
        XCTAssertEqual(suppressed.status, 0, suppressed.error)
        XCTAssertEqual(try mado(["customer", "unsuppress", String(customer), "--store", store]).status, 0)

        let unasked = try mado(["customer", "erase", String(customer), "--store", store])
        XCTAssertEqual(unasked.status, 1, "no terminal and no --yes: nothing erased")
        XCTAssertTrue(unasked.output.contains("removes for good"), unasked.output)
        XCTAssertTrue(unasked.error.contains("--yes"), unasked.error)
        XCTAssertEqual(try customerJSON(customer)["name"] as? String, name)
        let erased = try mado(["customer", "erase", String(customer), "--yes", "--store", store])
        XCTAssertEqual(erased.status, 0, erased.error)
        XCTAssertEqual(try customerJSON(customer)["name"] as? String, "Erased customer")
        XCTAssertEqual((try customerJSON(customer)["identities"] as? [Any])?.count, 0)
        let search = try mado(["search", name, "--store", store, "--json"])
        XCTAssertFalse(search.output.contains("\"id\" : \(customer)"), search.output)
    }
}
