import Foundation
import XCTest
@testable import MadoCore

final class CSVReaderTests: XCTestCase {
    func fields(_ text: String) throws -> [[String]] { try CSVReader.parse(text, file: "t.csv").map(\.fields) }

    func testPlainRowsWithLFAndCRLF() throws {
        XCTAssertEqual(try fields("a,b,c\n1,2,3\n"), [["a", "b", "c"], ["1", "2", "3"]])
        XCTAssertEqual(try fields("a,b\r\n1,2\r\n"), [["a", "b"], ["1", "2"]])
        XCTAssertEqual(try fields("a,b\r\n1,"), [["a", "b"], ["1", ""]], "no final newline, empty last field")
    }

    func testQuotedFieldsHoldCommasDoubledQuotesAndNewlines() throws {
        let records = try CSVReader.parse("Name,Notes,Total\r\n#1,\"Leave at door, please\r\nsay \"\"hi\"\"\",10\r\n#2,,5\r\n", file: "t.csv")
        XCTAssertEqual(records.map(\.fields), [["Name", "Notes", "Total"], ["#1", "Leave at door, please\nsay \"hi\"", "10"], ["#2", "", "5"]])
        XCTAssertEqual(records.map(\.line), [1, 2, 4], "a record keeps the line it starts on")
    }

    func testBOMIsDropped() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("Name,Email\n#1,a@b\n".utf8)
        XCTAssertEqual(try CSVReader.parse(data, file: "t.csv").first?.fields, ["Name", "Email"])
    }

    func testUnbalancedQuoteAtEOFIsRefusedWithItsLine() {
        XCTAssertThrowsError(try CSVReader.parse("Name,Notes\n#1,ok\n#2,\"never closed\nmore\n", file: "o.csv")) {
            XCTAssertEqual($0 as? CSVError, .unbalancedQuote(file: "o.csv", line: 3))
            XCTAssertEqual("\($0)", "o.csv:3: a quoted field starts here and is never closed; nothing was imported.")
        }
    }

    func testStrayQuoteIsRefused() {
        XCTAssertThrowsError(try CSVReader.parse("a,b\n1,\"x\"y\n", file: "s.csv")) {
            XCTAssertEqual($0 as? CSVError, .strayQuote(file: "s.csv", line: 2))
        }
    }

    func testBinaryAndNonUTF8FilesAreRefused() {
        let zip = Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00])
        XCTAssertThrowsError(try CSVReader.parse(zip, file: "orders.xlsx")) { XCTAssertEqual($0 as? CSVError, .notText(file: "orders.xlsx", line: 1)) }
        let shiftJIS = Data("Name\n".utf8) + Data([0x93, 0x8C, 0x8B, 0x9E, 0x0A])
        XCTAssertThrowsError(try CSVReader.parse(shiftJIS, file: "sjis.csv")) { XCTAssertEqual($0 as? CSVError, .notText(file: "sjis.csv", line: 2)) }
    }

    func testTableFindsColumnsByNameAndStripsTheSpreadsheetQuote() throws {
        let table = CSVTable(try CSVReader.parse("Email, Phone ,Shipping Zip\na@b,'09012345678,'1500001\n", file: "t.csv"), file: "t.csv")
        let row = table.records[0]
        XCTAssertEqual(table.value(row, "phone"), "09012345678")
        XCTAssertEqual(table.value(row, "Shipping Zip"), "1500001")
        XCTAssertNil(table.value(row, "Name"))
        XCTAssertThrowsError(try table.require("Name")) { XCTAssertEqual($0 as? CSVError, .missingColumn(file: "t.csv", column: "Name")) }
    }
}
