import Foundation
import XCTest
@testable import MadoCore

/// The import's second thread: every input comes out once, in order, whatever the count and
/// however the two threads' speeds differ (the consumer is woken in groups, not per mail).
final class ParsePipelineTests: XCTestCase {
    private static func mail(_ index: Int) -> [UInt8] {
        Array("From: c\(index)@example.jp\nSubject: mail \(index)\nMessage-ID: <p\(index)@example.jp>\n\nbody \(index)\n".utf8)
    }

    private func drain(_ pipeline: ParsePipeline, slowEvery: Int? = nil) -> [String] {
        var subjects: [String] = []
        var taken = 0
        while let item = pipeline.next() {
            taken += 1
            if let slowEvery, taken % slowEvery == 0 { usleep(2000) }
            subjects.append(item.mail?.subject ?? "error: \(item.error ?? "")")
        }
        return subjects
    }

    func testEveryCountComesOutWholeAndInOrder() {
        // Around the wake-up group (32) and the queue's capacity (128), and none at all.
        for count in [0, 1, 31, 32, 33, 127, 128, 129, 1000] {
            let pipeline = ParsePipeline(count: count) { ("#\($0)", Self.mail($0), Date()) }
            XCTAssertEqual(drain(pipeline), (0..<count).map { "mail \($0)" }, "count \(count)")
        }
    }

    func testASlowReaderOrASlowConsumerLosesNothing() {
        let slowReader = ParsePipeline(count: 300) { index in
            if index % 7 == 0 { usleep(1000) }
            return ("#\(index)", Self.mail(index), Date())
        }
        XCTAssertEqual(drain(slowReader), (0..<300).map { "mail \($0)" })
        let fastReader = ParsePipeline(count: 300) { ("#\($0)", Self.mail($0), Date()) }
        XCTAssertEqual(drain(fastReader, slowEvery: 10), (0..<300).map { "mail \($0)" })
    }

    func testAnUnreadableInputIsReportedInItsPlace() {
        let pipeline = ParsePipeline(count: 40) { ("#\($0)", $0 == 5 ? nil : Self.mail($0), Date()) }
        let subjects = drain(pipeline)
        XCTAssertEqual(subjects.count, 40)
        XCTAssertEqual(subjects[5], "error: cannot be read")
        XCTAssertEqual(subjects[6], "mail 6")
    }
}
