import Foundation
import XCTest
@testable import MadoCore

final class ReportTextTests: XCTestCase {
    func testSparklineScalesFoldsAndFallsBackToASCII() {
        XCTAssertEqual(ReportText.sparkline([0, 1, 2, 4, 7]), "▁▂▃▅█")
        XCTAssertEqual(ReportText.sparkline([0, 2, 4], ascii: true), "_-#")
        XCTAssertEqual(ReportText.sparkline(Array(0..<365), width: 40).count, 40)
        XCTAssertEqual(ReportText.sparkline([0, 9, 0, 0], width: 2), "█▁", "the peak survives folding")
    }

    func testDurations() {
        XCTAssertEqual(ReportText.duration(nil), "-")
        XCTAssertEqual(ReportText.duration(1800), "30m")
        XCTAssertEqual(ReportText.duration(5400), "1h 30m")
        XCTAssertEqual(ReportText.duration(322200), "3d 17h")
    }
}
