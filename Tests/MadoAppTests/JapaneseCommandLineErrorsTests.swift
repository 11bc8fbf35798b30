import Foundation
import XCTest

/// `mado`'s last line (`mado: …` on stderr) is in the user's language: Japanese when LANG says
/// ja, the command's own English otherwise. The real binary, run as a script would run it.
final class JapaneseCommandLineErrorsTests: XCTestCase {
    var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "mado-ja-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    func mado(_ arguments: [String], lang: String) throws -> (status: Int32, error: String) {
        guard let binary = EndToEndTests.madoBinary else { throw XCTSkip("mado binary not found") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = ["HOME": folder, "XDG_CONFIG_HOME": folder + "/xdg-config", "XDG_DATA_HOME": folder + "/xdg-data",
                               "MADO_CONFIG": folder + "/config", "USER": "hanako", "PATH": "/usr/bin:/bin", "LANG": lang]
        let stderr = Pipe()
        process.standardError = stderr
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let error = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, error)
    }

    func testTheLastLineIsJapaneseUnderAJapaneseLocale() throws {
        let missing = folder + "/nowhere.sqlite"
        let cases: [([String], String, String)] = [
            (["list", "--store", missing], "mado: ストア \(missing) がありません。\n", "mado: No store at \(missing).\n"),
            (["frobnicate"], "mado: 「frobnicate」というコマンドはありません。一覧は mado help で見られます。\n",
             "mado: Unknown command 'frobnicate'. Run 'mado help' for the list.\n"),
            (["list", "--colour"], "mado: --colour というオプションはありません。\n", "mado: Unknown option --colour.\n"),
        ]
        for (arguments, japanese, english) in cases {
            let ja = try mado(arguments, lang: "ja_JP.UTF-8")
            XCTAssertEqual(ja.status, 1)
            XCTAssertEqual(ja.error, japanese, "\(arguments)")
            XCTAssertEqual(try mado(arguments, lang: "C.UTF-8").error, english, "\(arguments)")
        }
        // A broken config stops every command with the file and the line, in Japanese.
        try Data("[shop]\nname Flourist\n".utf8).write(to: URL(fileURLWithPath: folder + "/config"))
        XCTAssertEqual(try mado(["--store", missing], lang: "ja_JP.UTF-8").error,
                       "mado: 設定ファイル \(folder)/config:2: 「キー = 値」の形で書きます。「name Flourist」は読めません\n")
    }
}

extension EndToEndTests {
    func testErrorsAreJapaneseInTmuxAt80x24() throws { try runScript("ja-errors.sh") }
}
