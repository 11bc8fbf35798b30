import XCTest

extension EndToEndTests {
    /// ncurses is loaded when the inbox sets up the screen (Sources/CNCursesW): the inbox draws and
    /// takes keys as before, and without ncurses the user gets one sentence in English and
    /// Japanese. On the release build (scripts/check-start-libraries.sh) the script also holds
    /// that commands that draw nothing do not load it.
    func testNcursesLoadsOnDemandAndItsAbsenceIsSaidInBothLanguages() throws {
        try runScript("terminal-library.sh")
    }
}
