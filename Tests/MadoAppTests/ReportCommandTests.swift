import Foundation
import XCTest

/// `mado report` run as a script would, on the demo store.
extension CommandLineTests {
    func testReportPrintsTheDefinitionsNamesJSONAndOneCSVRowPerSegment() throws {
        let since = "2020-01-01"
        let text = try mado(["report", "--store", store, "--since", since, "--by", "channel"])
        XCTAssertEqual(text.status, 0, text.error)
        for name in ["Conversations received", "First response time", "Resolution time", "business hours", "Resolved on first reply",
                     "Reopen rate", "Satisfaction (CSAT)", "Backlog at end of day", "By channel"] {
            XCTAssertTrue(text.output.contains(name), "\(name) in\n\(text.output)")
        }
        let json = try mado(["report", "--store", store, "--since", since, "--json"])
        XCTAssertEqual(json.status, 0, json.error)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let total = try XCTUnwrap((object["report"] as? [String: Any])?["total"] as? [String: Any])
        let received = try XCTUnwrap(total["received"] as? Int)
        XCTAssertGreaterThan(received, 0)
        let csv = try mado(["report", "--store", store, "--since", since, "--csv"])
        let lines = csv.output.split(separator: "\n")
        XCTAssertTrue(lines.first?.hasPrefix("segment,conversation,channel,first_response_agent,tags,started_at") ?? false)
        XCTAssertGreaterThanOrEqual(lines.count - 1, received, "every segment of the period has a row")
        let wrong = try mado(["report", "--store", store, "--by", "week"])
        XCTAssertNotEqual(wrong.status, 0)
        XCTAssertTrue(wrong.error.contains("--by takes channel, agent, day or tag"), wrong.error)
    }
}
