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

    func mado(_ arguments: [String], lang: String, input: String = "", extra: [String: String] = [:]) throws -> (status: Int32, output: String, error: String) {
        guard let binary = EndToEndTests.madoBinary else { throw XCTSkip("mado binary not found") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = ["HOME": folder, "XDG_CONFIG_HOME": folder + "/xdg-config", "XDG_DATA_HOME": folder + "/xdg-data",
                               "MADO_CONFIG": folder + "/config", "USER": "hanako", "PATH": "/usr/bin:/bin", "LANG": lang]
            .merging(extra) { _, given in given }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardError = stderr
        process.standardOutput = stdout
        process.standardInput = stdin
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let error = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output, error)
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
        XCTAssertEqual(try mado(["list", "--store", missing], lang: "ja_JP.UTF-8").output, "", "nothing on stdout")
        // A broken config stops every command with the file and the line, in Japanese.
        try Data("[shop]\nname Flourist\n".utf8).write(to: URL(fileURLWithPath: folder + "/config"))
        XCTAssertEqual(try mado(["--store", missing], lang: "ja_JP.UTF-8").error,
                       "mado: 設定ファイル \(folder)/config:2: 「キー = 値」の形で書きます。「name Flourist」は読めません\n")
    }
}

extension JapaneseCommandLineErrorsTests {
    /// `mado send` with a mail command that refuses: stderr says which reply and why in
    /// Japanese; stdout, which scripts read, is the same in both languages.
    func testMadoSendSaysAFailureInJapanese() throws {
        let store = folder + "/demo.sqlite"
        XCTAssertEqual(try mado(["demo", "--store", store, "--no-open"], lang: "ja_JP.UTF-8").status, 0)
        try Data("[shop]\nname = Flourist\naddress = support@flourist.example.jp\n".utf8).write(to: URL(fileURLWithPath: folder + "/config"))
        let sendmail = folder + "/sendmail"
        try Data("#!/bin/sh\ncat > /dev/null\necho '451 4.3.0 queue full' >&2\nexit 75\n".utf8).write(to: URL(fileURLWithPath: sendmail))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: sendmail)
        let json = try mado(["search", "channel:email status:open", "--store", store, "--json"], lang: "C.UTF-8").output
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let id = try XCTUnwrap((object["conversations"] as? [[String: Any]])?.first?["id"] as? Int)
        XCTAssertEqual(try mado(["reply", String(id), "--body-file", "-", "--store", store, "--agent", "hanako"], lang: "ja_JP.UTF-8",
                                input: "本日発送しました。\n").status, 0)
        let sent = try mado(["send", "--store", store], lang: "ja_JP.UTF-8", extra: ["MADO_SENDMAIL": sendmail + " -t -i"])
        XCTAssertEqual(sent.status, 1)
        XCTAssertEqual(sent.output, "sent 0, failed 1\n")
        XCTAssertTrue(sent.error.hasPrefix("mado: 送信待ちの返信 "), sent.error)
        XCTAssertTrue(sent.error.hasSuffix(" を送信できませんでした: 「\(sendmail) -t -i」が終了コード 75 で終了しました: 「451 4.3.0 queue full」\n"), sent.error)
        let english = try mado(["send", "--store", store, "--retry"], lang: "C.UTF-8", extra: ["MADO_SENDMAIL": sendmail + " -t -i"])
        XCTAssertEqual(english.output, "sent 0, failed 1\n")
        XCTAssertTrue(english.error.hasSuffix(" failed: '\(sendmail) -t -i' exited with 75: 451 4.3.0 queue full\n"), english.error)
    }
}

extension EndToEndTests {
    func testErrorsAreJapaneseInTmuxAt80x24() throws { try runScript("ja-errors.sh") }
}
