import Foundation
import XCTest
@testable import MadoCore

/// "Adding a channel touches its folder, its registration, its theme role and its tests": the
/// registry cannot be extended from a test (it is a constant, and a channel registered for one
/// test would show in every report and list of the others), so this reads the sources instead.
/// Outside `Sources/MadoCore/Channels/`, no code may decide on a chat channel by name (a `case`,
/// `==` or `!=` on `.instagram`/`.line` or their names), fall back to email (`?? .email`), split
/// two ways on email (`== .email ?`) or keep a per-channel table entry (`[.instagram]`), except the
/// places listed below, each with why it stays. A new one fails here: route it through the
/// channel's adapter instead (`ChannelAdapter`, `ChannelInbound`). A place that goes must leave
/// the list too.
final class ChannelSeamSourceTests: XCTestCase {
    static let patterns = [
        #"(?:\bcase|==|!=|\?\?)\s*(?:\.(?:instagram|line)\b|"(?:instagram|line)")"#,
        #"\?\?\s*\.email\b"#,
        #"(?:==|!=)\s*\.email\s*\?"#,
        #"\[\s*\.(?:instagram|line)\s*\]"#,
    ]

    /// (file, a piece of the line, why it stays).
    static let allowed: [(String, String, String)] = [
        ("MadoCore/Store/Migrations.swift", "case .line: return CustomerText.line(text)",
         "CustomerText's one-line kind, not the LINE channel"),
        ("MadoCore/Demo/DemoStore.swift", "script.channel == .email ? (customer.email",
         "the demo shop's made-up customers write by email or Instagram: content, not routing"),
        ("MadoCore/Demo/DemoStore.swift", #"script.channel == .email ? "demo-"#, "the demo's made-up message ids"),
        ("MadoCore/Demo/DemoStore.swift", "script.channel == .email ? shopAddress", "the demo's made-up addresses"),
        ("MadoCore/Outbox/OutboxSender.swift", "transports[.instagram] = CommandChannelTransport(",
         "OutboxSender(emailCommand:instagramCommand:), the command-pipe setup tests and `send_command` use"),
        ("mado/Commands/Commands.swift", #"case "instagram": return try InstagramCommand.run(rest)"#,
         "`mado instagram backfill`: a command only Instagram has (its conversations API)"),
        ("MadoUI/State/UIStrings+Pickers.swift", #"channel == .email ? "email" : name"#,
         "\"email only\" in lower case in an English sentence; other channels by their adapter's name"),
    ]

    func testNoCodeOutsideAChannelsFolderDecidesOnAChannelByName() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources")
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { throw XCTSkip("no Sources beside the tests") }
        let regexes = try Self.patterns.map { try NSRegularExpression(pattern: $0) }
        var used = Set<Int>()
        var scanned = 0
        for case let relative as String in walker where relative.hasSuffix(".swift") && !relative.hasPrefix("MadoCore/Channels/") {
            scanned += 1
            let text = try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
            for (number, line) in text.components(separatedBy: "\n").enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                guard !code.hasPrefix("//"), regexes.contains(where: { $0.firstMatch(in: code, range: NSRange(code.startIndex..., in: code)) != nil }) else { continue }
                if let index = Self.allowed.firstIndex(where: { relative == $0.0 && code.contains($0.1) }) {
                    used.insert(index)
                } else {
                    XCTFail("\(relative):\(number + 1) decides on a channel by name outside its folder: \(code)")
                }
            }
        }
        XCTAssertGreaterThan(scanned, 100, "the scan read the sources")
        for (index, entry) in Self.allowed.enumerated() where !used.contains(index) {
            XCTFail("\(entry.0): '\(entry.1)' is gone; take it off the allowed list")
        }
    }

    /// A channel's words live in its folder too (`Channels/<Name>/<Name>Words.swift`: its errors
    /// in Japanese, the sentences its transport leaves in the outbox, its notes and confirm-screen
    /// lines, said through `ChannelAdapter.describe…`). Outside `MadoCore/Channels/`, no file is
    /// named after a chat channel and no code names one of a channel's types (`LINEAPI`,
    /// `GraphAPIError`, `InstagramBackfillError` …) — so no `UIStrings+LINE.swift`, no
    /// `case let error as LINEAPI.Refusal` — except what is listed here, each with why it stays.
    static let channelTypeName = #"\b(?:LINE[A-Z]\w*|Instagram[A-Z]\w*|GraphAPI\w*)"#
    static let channelFileName = #"(?:LINE|Instagram)[^/]*\.swift$"#
    /// (file, why it stays). The whole file may name the channel's types.
    static let allowedChannelFiles: [(String, String)] = [
        ("mado/Commands/InstagramCommand.swift", "`mado instagram backfill`: a command only Instagram has (its conversations API)"),
    ]
    /// (file, a piece of the line, why it stays).
    static let allowedChannelTypes: [(String, String, String)] = [
        ("mado/Commands/Commands.swift", #"case "instagram": return try InstagramCommand.run(rest)"#, "the same command's dispatch"),
    ]

    func testNoFileOutsideAChannelsFolderHoldsAChannelsWordsOrNamesItsTypes() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources")
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { throw XCTSkip("no Sources beside the tests") }
        let typeName = try NSRegularExpression(pattern: Self.channelTypeName)
        let fileName = try NSRegularExpression(pattern: Self.channelFileName)
        func matches(_ regex: NSRegularExpression, _ text: String) -> Bool {
            regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
        var usedFiles = Set<String>(), usedLines = Set<Int>()
        var scanned = 0
        for case let relative as String in walker where relative.hasSuffix(".swift") && !relative.hasPrefix("MadoCore/Channels/") {
            scanned += 1
            if Self.allowedChannelFiles.contains(where: { $0.0 == relative }) {
                usedFiles.insert(relative)
                continue
            }
            if matches(fileName, relative) {
                XCTFail("\(relative): a channel's own file outside its folder; move it to Sources/MadoCore/Channels/<Name>/")
            }
            let text = try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
            for (number, line) in text.components(separatedBy: "\n").enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                guard !code.hasPrefix("//"), matches(typeName, code) else { continue }
                if let index = Self.allowedChannelTypes.firstIndex(where: { relative == $0.0 && code.contains($0.1) }) {
                    usedLines.insert(index)
                } else {
                    XCTFail("\(relative):\(number + 1) names a channel's type outside its folder (say it through the adapter): \(code)")
                }
            }
        }
        XCTAssertGreaterThan(scanned, 100, "the scan read the sources")
        for (file, _) in Self.allowedChannelFiles where !usedFiles.contains(file) { XCTFail("\(file) is gone; take it off the list") }
        for (index, entry) in Self.allowedChannelTypes.enumerated() where !usedLines.contains(index) {
            XCTFail("\(entry.0): '\(entry.1)' is gone; take it off the list")
        }
        // The scan itself: what used to live in MadoUI would fail it.
        XCTAssertTrue(matches(typeName, "case let error as LINEAPI.Refusal: return japanese(error)"))
        XCTAssertTrue(matches(typeName, "case let error as GraphAPIError: return japanese(error)"))
        XCTAssertTrue(matches(typeName, "instagramDeliveryFailure(stored) ?? InstagramBackfillError.unknownShop"))
        XCTAssertFalse(matches(typeName, "let line = LineEditing.insert(x)"), "not a channel: LineEditing, MessageLine")
        XCTAssertTrue(matches(fileName, "MadoUI/State/UIStrings+LINEErrors.swift"))
        XCTAssertTrue(matches(fileName, "MadoUI/State/UIStrings+InstagramAPI.swift"))
        XCTAssertFalse(matches(fileName, "MadoUI/Render/MessageLine.swift"))
    }

    /// The usage lines that list the chat channels take them from the registry.
    func testUsageLinesListTheRegisteredChatChannels() {
        XCTAssertEqual(Channels.importUsage, "instagram [SPOOL|PATH|-] [--watch] [--account NAME_OR_ID] | line [SPOOL|FILE|-] [--watch]")
        XCTAssertEqual(Channels.webhookPathsUsage, "/instagram or /line")
    }

    /// What the commands and the screen take from the registry: each chat channel's import name,
    /// webhook path and `:me` sign-off setting, under the names users already type.
    func testEachChatChannelIsFoundByTheNamesUsersType() {
        XCTAssertEqual(Channels.inbound.map(\.channel), [.instagram, .line])
        XCTAssertEqual(Channels.inbound(named: "instagram")?.channel, .instagram)
        XCTAssertEqual(Channels.inbound(named: "line")?.channel, .line)
        XCTAssertNil(Channels.inbound(named: "email"), "mail comes through maildir, mbox, eml")
        XCTAssertEqual(Channels.inbound(webhookPath: "/instagram")?.channel, .instagram)
        XCTAssertEqual(Channels.inbound(webhookPath: "/line/")?.channel, .line)
        XCTAssertEqual(Store.agentSettings, ["name", "email", "signature", "ig-signature", "line-signature"])
        for adapter in Channels.all where adapter.inbound != nil {
            XCTAssertNotNil(adapter.signOffSetting, "\(adapter.channel): a chat channel has its agents' own sign-off")
        }
    }
}
