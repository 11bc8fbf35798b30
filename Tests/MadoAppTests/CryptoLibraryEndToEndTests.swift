import XCTest

extension EndToEndTests {
    /// libcrypto is loaded on the first hash (Sources/CCryptoOnDemand): a mail without a
    /// Message-ID is still named by its SHA-256, and without libcrypto the user gets one sentence
    /// in English and Japanese and nothing is stored. On the release build
    /// (scripts/check-start-libraries.sh) the script also holds that no command loads it at start.
    func testLibcryptoLoadsOnDemandAndItsAbsenceIsSaidInBothLanguages() throws {
        try runScript("crypto-library.sh", needsTmux: false)
    }
}
