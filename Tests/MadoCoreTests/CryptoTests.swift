import XCTest
@testable import MadoCore

/// Hashes come from libcrypto; these are the published test vectors.
final class CryptoTests: XCTestCase {
    func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    func testSHA256MatchesFIPS180Vectors() {
        XCTAssertEqual(SHA256.hex(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex([]), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    func testHMACSHA256MatchesRFC4231AndComparesWholly() {
        let mac = HMACSHA256.digest(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))
        XCTAssertEqual(hex(mac), "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        XCTAssertTrue(HMACSHA256.constantTimeEqual(mac, mac))
        var other = mac
        other[31] ^= 1
        XCTAssertFalse(HMACSHA256.constantTimeEqual(mac, other))
        XCTAssertFalse(HMACSHA256.constantTimeEqual(mac, Array(mac.prefix(16))))
    }
}
