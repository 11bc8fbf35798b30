import Foundation
import XCTest

/// The `mado` binary run as a script would: `setup`, and commands that must stop on broken settings.
final class CommandLineTests: XCTestCase {
    var folder = ""
    var config: String { folder + "/config" }
    var store: String { folder + "/demo.sqlite" }
    var sent: String { folder + "/sent.eml" }

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "mado-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // The fake sendmail keeps what it is given.
        try Data("#!/bin/sh\ncat > \"\(sent)\"\n".utf8).write(to: URL(fileURLWithPath: folder + "/sendmail"))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder + "/sendmail")
        XCTAssertEqual(try mado(["demo", "--store", store, "--no-open"]).status, 0)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    @discardableResult
    func mado(_ arguments: [String], input: String = "", language: String = "C.UTF-8") throws -> (status: Int32, output: String, error: String) {
        guard let binary = EndToEndTests.madoBinary else { throw XCTSkip("mado binary not found") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = ["HOME": folder, "XDG_CONFIG_HOME": folder + "/xdg-config", "XDG_DATA_HOME": folder + "/xdg-data",
                               "MADO_CONFIG": config, "USER": "hanako", "PATH": "/usr/bin:/bin", "LANG": language,
                               "MADO_SENDMAIL": folder + "/sendmail -t -i"]
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let error = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output, error)
    }

    /// An open email conversation of the demo.
    func openEmailConversation() throws -> Int {
        let json = try mado(["search", "channel:email status:open", "--store", store, "--json"]).output
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let list = try XCTUnwrap(object["conversations"] as? [[String: Any]])
        return try XCTUnwrap(list.first?["id"] as? Int)
    }

    func write(_ text: String) throws { try Data(text.utf8).write(to: URL(fileURLWithPath: config)) }

    func read(_ path: String) -> String? { FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } }

    func testReplyIsRefusedUntilSetupThenLeavesInTheAgentsWholeName() throws {
        try write("theme = light   # my colours\n[email]\nquote = yes\n")
        let id = try openEmailConversation()
        let refused = try mado(["reply", String(id), "--body-file", "-", "--store", store, "--agent", "hanako", "--send"], input: "It left today.\n")
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.error.contains("[shop] name") && refused.error.contains("[shop] address") && refused.error.contains(config)
                      && refused.error.contains("mado setup"), refused.error)
        XCTAssertNil(read(sent), "nothing was sent")

        let setup = try mado(["setup", "--store", store, "--shop-name", "Flourist", "--shop-address", "support@flourist.example.jp",
                              "--timezone", "Asia/Tokyo", "--login", "hanako", "--name", "佐藤 花子", "--email", "hanako.sato@gmail.com"])
        XCTAssertEqual(setup.status, 0, setup.error)
        let written = try XCTUnwrap(read(config))
        XCTAssertTrue(written.hasPrefix("theme = light   # my colours\n[email]\nquote = yes\n"), "the user's lines stay: \(written)")
        for line in ["[shop]", "name = Flourist", "address = support@flourist.example.jp", "timezone = Asia/Tokyo", "[agents]", "hanako = hanako"] {
            XCTAssertTrue(written.contains(line + "\n"), "\(line) in \(written)")
        }
        XCTAssertEqual(read(config + ".bak"), "theme = light   # my colours\n[email]\nquote = yes\n", "the old file is kept")

        let reply = try mado(["reply", String(id), "--body-file", "-", "--store", store, "--send"], input: "It left today.\n")
        XCTAssertEqual(reply.status, 0, reply.error)
        let mail = try XCTUnwrap(read(sent))
        // A private address is not the shop's: the mail leaves from the shop address, in her whole name.
        XCTAssertTrue(mail.contains("From: =?UTF-8?"), mail)
        XCTAssertTrue(mail.contains("<support@flourist.example.jp>"), mail)
        XCTAssertTrue(mail.contains("@flourist.example.jp>\nIn-Reply-To") || mail.range(of: #"Message-ID: <[^>]+@flourist\.example\.jp>"#, options: .regularExpression) != nil, mail)
        XCTAssertFalse(mail.contains("localhost"), mail)
    }

    func testSetupAnswersFromTheTerminalAndUpdatesKeysInPlace() throws {
        try write("[shop]\nname = Old Name   # set by hand\ninstagram = flourist.kyoto\n")
        let result = try mado(["setup", "--store", store], input: "Flourist\nnot an address\nsupport@flourist.example.jp\nAsia/Tokyo\n\nHanako Sato\n\n")
        XCTAssertEqual(result.status, 0, result.error + result.output)
        XCTAssertTrue(result.output.contains("an address looks like"), result.output)
        let written = try XCTUnwrap(read(config))
        XCTAssertTrue(written.hasPrefix("[shop]\nname = Flourist   # set by hand\ninstagram = flourist.kyoto\naddress = support@flourist.example.jp\n"), written)
        XCTAssertTrue(try mado(["agent", "list", "--store", store]).output.contains("hanako\tHanako Sato"))
    }

    func testSetupAsksAndAnswersInJapaneseUnderAJapaneseLocale() throws {
        let result = try mado(["setup", "--store", store], input: "Flourist\nnot an address\nsupport@flourist.example.jp\nAsia/Tokyo\n\n佐藤 花子\n\n",
                              language: "ja_JP.UTF-8")
        XCTAssertEqual(result.status, 0, result.error + result.output)
        for line in ["mado の設定をします。", "ショップ名（お客様が知っている名前）", "アドレスは support@your-shop.example のような形です",
                     "ショップのタイムゾーン [", "担当者ログイン名（Unix ユーザー hanako 用）", "完了しました。返信の差出人は \"佐藤 花子 (Flourist)\""] {
            XCTAssertTrue(result.output.contains(line), "\(line) missing from:\n\(result.output)")
        }
        XCTAssertFalse(result.output.contains("The shop's name"), result.output)
        XCTAssertTrue(try mado(["agent", "list", "--store", store]).output.contains("hanako\t佐藤 花子"))
    }

    func testRequeueSaysWhatItDidInJapanese() throws {
        try write("[shop]\nname = Flourist\naddress = support@flourist.example.jp\n")
        let id = try openEmailConversation()
        XCTAssertEqual(try mado(["reply", String(id), "--body-file", "-", "--store", store, "--agent", "hanako"], input: "It left today.\n").status, 0)
        let item = try XCTUnwrap(Int(try mado(["send", "--list", "--store", store]).output.split(separator: "\t").first ?? ""))
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [store, "UPDATE outbox SET state = 'failed', last_error = 'sendmail exited 75' WHERE id = \(item)"]
        try sqlite.run()
        sqlite.waitUntilExit()
        let requeued = try mado(["send", "--requeue", String(item), "--store", store], language: "ja_JP.UTF-8")
        XCTAssertEqual(requeued.status, 0, requeued.error)
        XCTAssertEqual(requeued.output, "送信待ちの返信 \(item) を送信待ちに戻しました。\n")
        XCTAssertTrue(try mado(["send", "--list", "--store", store]).output.contains("\(item)\tqueued"))
    }

    func testSendStopsOnABrokenConfigNamingFileAndLineAndSendsNothing() throws {
        try write("[shop]\nname = Flourist\naddress = support@flourist.example.jp\n")
        let id = try openEmailConversation()
        let queued = try mado(["reply", String(id), "--body-file", "-", "--store", store, "--agent", "hanako"], input: "It left today.\n")
        XCTAssertEqual(queued.status, 0, queued.error)
        try write("[shop]\nname = Flourist\naddress = support@flourist.example.jp\n[email]\nsendmail msmtp -t\n")
        let send = try mado(["send", "--store", store])
        XCTAssertNotEqual(send.status, 0)
        XCTAssertTrue(send.error.contains(config + ":5:"), send.error)
        XCTAssertNil(read(sent), "nothing was sent with a sendmail the user did not choose")
        for command in [["reply", String(id), "--body-file", "-"], ["close", String(id)], ["import", "eml", folder + "/none.eml"]] {
            let result = try mado(command + ["--store", store, "--agent", "hanako"], input: "x\n")
            XCTAssertNotEqual(result.status, 0, command.joined(separator: " "))
            XCTAssertTrue(result.error.contains(config + ":5:"), "\(command): \(result.error)")
        }
    }

    func testSendRefusesQueuedMailWhileTheShopIsNotSet() throws {
        try write("[shop]\nname = Flourist\naddress = support@flourist.example.jp\n")
        let id = try openEmailConversation()
        XCTAssertEqual(try mado(["reply", String(id), "--body-file", "-", "--store", store, "--agent", "hanako"], input: "Hi\n").status, 0)
        try write("[shop]\nname = Flourist\n")
        let send = try mado(["send", "--store", store])
        XCTAssertNotEqual(send.status, 0)
        XCTAssertTrue(send.error.contains("[shop] address"), send.error)
        XCTAssertNil(read(sent))
    }
}
