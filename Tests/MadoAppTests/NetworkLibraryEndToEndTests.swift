import XCTest

extension EndToEndTests {
    /// libcurl is loaded on the first network call (Sources/CCurlOnDemand): the LINE API is reached
    /// through URLSession as before, and without libcurl the user gets one sentence in English and
    /// Japanese, not a crash. On the release build (scripts/check-start-libraries.sh) the same
    /// script also holds that commands without network calls load no networking library.
    func testLibcurlLoadsOnDemandAndItsAbsenceIsSaidInBothLanguages() throws {
        try runScript("network-library.sh", needsTmux: false)
    }
}
