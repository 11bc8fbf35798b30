import Foundation
import XCTest
@testable import MadoCore

/// The read-ahead brings the next files into memory before the parser reads them, and no more
/// than its window ahead. Checked on the page cache itself: files are dropped from it first
/// (written, synced, then `POSIX_FADV_DONTNEED`), and `mincore` says which are back.
final class MailReadAheadTests: XCTestCase {
    private var folder: URL!
    private var paths: [String] = []

    override func setUpWithError() throws {
        // On the disk's file system, not a tmpfs: a tmpfs cannot drop a file's pages.
        folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            .appendingPathComponent(".build/read-ahead-test-\(getpid())", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let body = [UInt8](repeating: UInt8(ascii: "x"), count: 8192)
        for index in 0..<(MailReadAhead.window + 200) {
            let path = folder.appendingPathComponent("\(index).mail").path
            let fd = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0o600)
            XCTAssertGreaterThanOrEqual(fd, 0)
            _ = body.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            fsync(fd)
            _ = posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_DONTNEED))
            close(fd)
            paths.append(path)
        }
        guard paths.allSatisfy({ !isInMemory($0) }) else {
            throw XCTSkip("this file system keeps the test files in memory; nothing to read ahead")
        }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Whether the file's first page is in the page cache.
    private func isInMemory(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        guard let map = mmap(nil, 4096, PROT_READ, MAP_SHARED, fd, 0), map != MAP_FAILED else { return false }
        defer { munmap(map, 4096) }
        var resident: UInt8 = 0
        guard mincore(map, 4096, &resident) == 0 else { return false }
        return resident & 1 == 1
    }

    private func waitUntil(_ condition: () -> Bool) -> Bool {
        for _ in 0..<300 {
            if condition() { return true }
            usleep(10_000)
        }
        return condition()
    }

    func testTheWindowAheadIsReadAndNothingBeyondIt() {
        let window = MailReadAhead.window
        let readAhead = MailReadAhead(paths)
        defer { readAhead.stop() }
        readAhead.reading(0)
        XCTAssertTrue(waitUntil { paths[..<window].allSatisfy(isInMemory) }, "the first window was not read ahead")
        usleep(100_000)
        XCTAssertFalse(paths[window...].contains(where: isInMemory), "read beyond the window before the parser moved on")

        // The parser moves a quarter window on: that much more is read.
        readAhead.reading(window / 4)
        let next = window..<(window + window / 4)
        XCTAssertTrue(waitUntil { paths[next].allSatisfy(isInMemory) }, "the window did not move with the parser")
        usleep(100_000)
        XCTAssertFalse(paths[(window + window / 4)...].contains(where: isInMemory))
    }

    func testAMissingFileIsPassedOver() {
        let missing = folder.appendingPathComponent("gone.mail").path
        let readAhead = MailReadAhead([missing] + paths[..<10])
        defer { readAhead.stop() }
        XCTAssertTrue(waitUntil { paths[..<10].allSatisfy(isInMemory) })
    }
}
