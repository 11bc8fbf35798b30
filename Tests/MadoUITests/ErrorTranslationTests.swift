import Foundation
import XCTest
@testable import MadoCore
@testable import MadoUI

/// Every error the screen or `mado` can show is Japanese under a Japanese locale, and stays the
/// type's own English otherwise. Three nets: every case of every error type built here (the
/// switches in UIStrings+Errors have no `default`, so a new case must be given Japanese to
/// compile); every error type declared in the sources must be one of them; and every sentence
/// an error is built from in the sources (`StoreError.invalid("…")`, `ConfigError(message: "…")` …)
/// must be matched by a Japanese phrase.
final class ErrorTranslationTests: XCTestCase {
    let ja = UIStrings.japanese

    /// Words typed literally that may stay in a Japanese error: config and file syntax, option
    /// values, command names, product and format names.
    static let allowed: Set<String> = JapaneseStringsTests.allowed.union([
        "name", "language", "channel", "description", "keywords", "bold", "dim", "underline", "reverse", "italic",
        "default", "black", "white", "Maildir", "JSON", "CSV", "UTF", "CONTENT", "LENGTH", "PATH", "chmod",
        "close", "pending", "open", "urgent", "high", "normal", "low", "tomorrow", "mon", "next", "week", "maildir",
        "mbox", "eml", "orders", "customers", "Shopify", "spool", "day", "tag", "VALUE", "FILE", "WIDTHxHEIGHT",
        "list", "show", "import", "webhook", "reply", "add", "Asia", "Tokyo", "Europe", "London", "customer",
        "merge", "unmerge", "export", "erase", "suppress", "unsuppress", "KEEP", "OTHER", "CONVERSATION", "ZONE",
        "ADDR", "json", "csv", "account", "hours", "holidays", "shop", "address", "WAL",
        "API", "HTTP", "URL",
    ])

    /// The sample values put in place of an error's details: a path, a number, Japanese text.
    static let path = "/home/hanako/店/mado.sqlite"

    func assertJapanese(_ text: String, _ context: String, file: StaticString = #filePath, line: UInt = #line) {
        // A detail the system gave (SQLite's or sh's words) is quoted 「…」 and kept as it is.
        let outside = text.replacingOccurrences(of: "「[^」]*」", with: "「」", options: .regularExpression)
        let found = JapaneseStringsTests.english(outside, allowing: Self.allowed)
        XCTAssertTrue(found.isEmpty, "\(context): English \(found) in '\(text)'", file: file, line: line)
        XCTAssertFalse(text.hasPrefix("エラー: 「") || text.hasPrefix("送信コマンドのエラー: 「") || text.hasPrefix("秘密の設定のエラー: 「"),
                       "\(context): no Japanese sentence for '\(text)'", file: file, line: line)
    }

    func assertBothLanguages(_ error: Error, file: StaticString = #filePath, line: UInt = #line) {
        assertJapanese(ja.describe(error), "\(error)", file: file, line: line)
        XCTAssertEqual(UIStrings.english.describe(error), "\(error)", "English keeps the type's own words", file: file, line: line)
    }

    /// One of every case of every error type the screen and the command line can show.
    static var everyError: [Error] {
        let theme = ThemeError(file: "/home/hanako/.config/mado/themes/mine.theme", line: 4, key: "selected", message: "no colour given")
        return [
            ReplyError.noAgent, ReplyError.noRecipient(42), ReplyError.emptyReply,
            ReplyError.instagramWindowClosed(MessagingWindow.closed(since: 2 * 86400 + 4 * 3600).description),
            ReplyError.tooLong(.instagram, size: 1200, limit: TextLimit(maximum: 1000, unit: .utf8Bytes)),
            ChannelError.unknown(name: "fax", table: "conversations"),
            LINEAPI.Refusal(status: 401, message: "Authentication failed", details: [], action: "send the push message"),
            LINEAPI.Refusal(status: 429, message: "You have reached your monthly limit.", details: [], action: "give the profile of U123"),
            LINEAPI.Refusal(status: 400, message: "The request body has 1 error(s)", details: ["messages[0].text: May not be empty"], action: "give the content of message 42"),
            LINEAPI.TooLarge(size: 30_000_000, limit: 20_000_000),
            LINEHTTP.Failure(description: "LINE could not be reached to send the reply: The request timed out."),
            LINEHTTP.Failure(description: "LINE's profile of U123 has no displayName"),
            LINEImportError(source: "/var/spool/mado/line/new/1.json", reason: "no \"webhookEventId\""),
            LINEImportError(source: "/var/spool/mado/line/new/1.json", reason: "a text message without \"text\""), ReplyError.shopNotSet(missing: ["shop.name", "shop.address"], configFile: "/home/hanako/.config/mado/config"),
            StoreError.missing(path: path), StoreError.unreadable(path: path, reason: "no such file or no permission"),
            StoreError.unreadable(path: path, reason: "unable to open database file"),
            StoreError.notAStore(path: path), StoreError.tooNew(path: path, storeVersion: 14, supported: 13),
            StoreError.busy("database is locked"), StoreError.full("database or disk is full"),
            StoreError.sqlite(code: 19, message: "UNIQUE constraint failed: agent.login", sql: "INSERT …"),
            StoreError.notFound("Conversation 42"), StoreError.invalid("A tag needs a name."),
            CustomerMergeError.sameCustomer(3), CustomerMergeError.alreadyMerged(customer: 3, into: 5), CustomerMergeError.nothingToUndo(3),
            CustomerMergeError.alreadyUndone(merge: 7), CustomerMergeError.laterMergeFirst(merge: 7, keep: 3, into: 5),
            AttachmentSaver.SaveError.notMail(42), AttachmentSaver.SaveError.missing("請求書"),
            AttachmentSaver.SaveError.cannotWrite("/home/hanako/Downloads/mado/請求書", "the folder is not writable"),
            TransportError.timedOut(command: "sendmail -t -i", seconds: 60),
            MailError.notAMaildir("/home/hanako/Mail"), MailError.unreadable("/home/hanako/Mail/cur/1", "Permission denied"),
            CSVError.unreadable(file: "orders.csv"), CSVError.notText(file: "orders.csv", line: 3), CSVError.unbalancedQuote(file: "orders.csv", line: 3),
            CSVError.strayQuote(file: "orders.csv", line: 3), CSVError.missingColumn(file: "orders.csv", column: "Lineitem sku"),
            CSVError.badValue(file: "orders.csv", line: 3, column: "Total", value: "4,500円", expected: "an amount like 4500.00"),
            CSVError.badValue(file: "orders.csv", line: 3, column: "Created at", value: "昨日", expected: "a date like 2026-10-07 09:50:26 +0900"),
            CSVError.badValue(file: "orders.csv", line: 3, column: "Lineitem quantity", value: "二", expected: "a whole number"),
            CustomerExport.ExportError.folderNotEmpty("/home/hanako/export"),
            CustomerExport.ExportError.cannotWrite("/home/hanako/export/customer.json", "the folder is not writable"),
            SearchQuery.ParseError(.channel, key: "channel", value: "fax"), SearchQuery.ParseError(.date, key: "before", value: "昨日"),
            ConfigError(file: "/home/hanako/.config/mado/config", line: 7, message: "empty key"),
            ConfigError(file: "/home/hanako/.config/mado/config", line: 0, message: "cannot be read"),
            TemplateError(file: "/home/hanako/.config/mado/templates/thanks.tmpl", line: 2, message: "no '---' line before the body"),
            theme, ThemeProblem.invalid(theme), ThemeProblem.unreadable(path: "/home/hanako/mine.theme"),
            ThemeProblem.notFound(name: "solarised", lookedIn: ["/home/hanako/.config/mado/themes", "/usr/share/mado/themes"]),
            InstagramImportError(source: "webhook.json", path: "entry[0].messaging[1].timestamp", message: "expected a number"),
            InstagramImportError(source: "webhook.json", path: "", message: "not valid JSON"),
            WebhookSecrets.Problem(description: "[instagram] app_secret_command: pass exited with status 1"),
            WebhookSpool.WriteError(path: "/var/spool/mado/new/1.json", reason: "No space left on device"),
            CGIRequest.Problem.tooLarge(2_000_000), CGIRequest.Problem.badLength("abc"), CGIRequest.Problem.shortBody(expected: 120, got: 80),
            GraphAPIError.api(status: 400, code: 190, subcode: 463, message: "Error validating access token", transient: false),
            GraphAPIError.notConnected("Could not connect to the server."), GraphAPIError.noAnswer("The request timed out."),
            GraphAPIError.unreadable(status: 502, detail: "<html>Bad Gateway</html>"), GraphAPIError.noToken,
            InstagramBackfillError.endlessPaging(pages: 10_000), InstagramBackfillError.unknownShop, InstagramBackfillError.oddConversationID("t/../x"),
            NetworkLibraryError(reason: "libcurl.so.4: cannot open shared object file: No such file or directory"),
        ]
    }

    func testEveryCaseOfEveryErrorTypeIsJapanese() {
        for error in Self.everyError { assertBothLanguages(error) }
        XCTAssertEqual(ja.describe(StoreError.sqlite(code: 19, message: "UNIQUE constraint failed: agent.login", sql: "")),
                       "ストアのエラー（コード 19）: 「UNIQUE constraint failed: agent.login」", "the code and SQLite's words are kept")
        XCTAssertTrue(ja.describe(ConfigError(file: "/c/config", line: 7, message: "empty key")).hasPrefix("設定ファイル /c/config:7: "), "file and line stay")
        XCTAssertEqual(ja.describe(ReplyError.instagramWindowClosed(MessagingWindow.closed(since: 2 * 86400 + 4 * 3600).description)),
                       "Instagram ではここにはもう返信できません（返信期限切れ（2日4時間前））。メールで連絡してください")
        XCTAssertEqual(ja.describe(StoreError.notFound("Outbox item 9")), "送信待ちの返信 9 が見つかりません")
    }

    /// Every type declared `: Error` in the sources is either built above or said here why the
    /// screen never shows it.
    func testEveryErrorTypeInTheSourcesIsCovered() throws {
        let covered = Set(Self.everyError.map { String(describing: type(of: $0)) })
        let neverShown: [String: String] = [
            "ErasedPerson": "internal to InstagramImporter: a message from an erased person is skipped, not reported",
            "ThemeValueError": "internal to ThemeParser: always wrapped in a ThemeError",
            "UsageError": "mado's own: said through UIStrings.usageError (see testEveryUsageErrorHasAPhrase)",
        ]
        var declared: [String] = []
        for (file, text) in try Self.sources() {
            let regex = try NSRegularExpression(pattern: #"(?:enum|struct|class)\s+(\w+)\s*:\s*(?:[\w.]+,\s*)*(?:Swift\.)?Error\b"#)
            for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let name = String(text[Range(match.range(at: 1), in: text)!])
                declared.append(name)
                XCTAssertTrue(covered.contains(name) || neverShown[name] != nil, "\(file): error type \(name) has no Japanese test case")
            }
        }
        XCTAssertGreaterThan(declared.count, 15, "the scan found the error types")
    }

    // MARK: - Sentences in the sources

    /// The source files of every target, read from the repository this test was built from.
    static func sources() throws -> [(String, String)] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("Sources")
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { throw XCTSkip("no Sources beside the tests") }
        var files: [(String, String)] = []
        for case let relative as String in walker where relative.hasSuffix(".swift") {
            files.append((relative, try String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)))
        }
        return files
    }

    /// The string literal starting at `index` (at its opening quote), with every interpolation
    /// replaced by `value`; nil when the argument is not a literal.
    static func literal(in text: String, at index: String.Index, value: String = "42") -> String? {
        var position = index
        let multiline = text[position...].hasPrefix("\"\"\"")
        guard multiline || text[position] == "\"" else { return nil }
        position = text.index(position, offsetBy: multiline ? 3 : 1)
        var result = ""
        while position < text.endIndex {
            if multiline ? text[position...].hasPrefix("\"\"\"") : text[position] == "\"" { break }
            let character = text[position]
            if character == "\\" {
                let next = text[text.index(after: position)]
                position = text.index(position, offsetBy: 2)
                switch next {
                case "(":
                    // Skip the interpolation, quotes and parentheses inside it included.
                    var depth = 1, quoted = false
                    while depth > 0 && position < text.endIndex {
                        let inside = text[position]
                        if inside == "\\" { position = text.index(after: position) } else if inside == "\"" { quoted.toggle() } else if !quoted && inside == "(" { depth += 1 } else if !quoted && inside == ")" { depth -= 1 }
                        position = text.index(after: position)
                    }
                    result += value
                case "n": result += "\n"
                case "\n":
                    // A line continuation in a multi-line literal: the next line's indentation goes too.
                    while position < text.endIndex && text[position] == " " { position = text.index(after: position) }
                default: result.append(next)
                }
                continue
            }
            result.append(character)
            position = text.index(after: position)
        }
        if multiline {
            result = result.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }.joined(separator: " ")
        }
        return result
    }

    /// Every argument that follows `pattern` in the sources: the literal sentence, or where a
    /// sentence is not a literal.
    static func arguments(after pattern: String) throws -> (sentences: [(String, String)], dynamic: [String]) {
        let regex = try NSRegularExpression(pattern: pattern)
        var sentences: [(String, String)] = [], dynamic: [String] = []
        // The translators themselves are not where sentences come from.
        for (file, text) in try sources() where !file.hasPrefix("MadoUI/State/UIStrings") {
            for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let start = Range(match.range, in: text)!.upperBound
                let line = text[..<start].filter { $0 == "\n" }.count + 1
                if let sentence = literal(in: text, at: start) {
                    sentences.append(("\(file):\(line)", sentence))
                } else {
                    dynamic.append("\(file):\(line)")
                }
            }
        }
        return (sentences, dynamic)
    }

    /// Each sentence found after `pattern` is Japanese once made into an error and described;
    /// sentences that are not literals must be the ones named in `dynamic`.
    /// A sentence no phrase of `phrases` matches fails even when what is shown passes for
    /// Japanese (an unknown sentence is shown quoted); one that is only a value ("\(error)") is
    /// the system's own words.
    func assertSentences(after pattern: String, dynamic expected: Set<String>, minimum: Int, phrases: [ErrorPhrase],
                         make: (String) -> Error, file: StaticString = #filePath, line: UInt = #line) throws {
        let (sentences, dynamic) = try Self.arguments(after: pattern)
        XCTAssertGreaterThanOrEqual(sentences.count, minimum, "the scan for \(pattern) found its sentences", file: file, line: line)
        for (place, sentence) in sentences {
            assertJapanese(ja.describe(make(sentence)), "\(place) \"\(sentence)\"", file: file, line: line)
            XCTAssertTrue(sentence == "42" || ErrorPhrasebook.japanese(sentence, phrases) != nil,
                          "\(place): no Japanese phrase for \"\(sentence)\"", file: file, line: line)
        }
        let unexpected = dynamic.filter { place in !expected.contains { place.hasPrefix($0) } }
        XCTAssertTrue(unexpected.isEmpty, "sentences built at run time, not checked: \(unexpected)", file: file, line: line)
    }

    func testEveryStoreSentenceHasAJapanesePhrase() throws {
        try assertSentences(after: #"StoreError\.invalid\(|throw \.invalid\("#, dynamic: ["mado/Commands/SendCommand.swift"], minimum: 20, phrases: ErrorPhrases.invalid) {
            StoreError.invalid($0)
        }
        try assertSentences(after: #"StoreError\.notFound\("#, dynamic: [], minimum: 15, phrases: ErrorPhrases.notFound) { StoreError.notFound($0) }
        try assertSentences(after: #"StoreError\.unreadable\(path: [^,]+, reason: "#, dynamic: ["MadoCore/Store/Database.swift", "MadoCore/Store/Store.swift", "mado/Commands/BackupCommand.swift"], minimum: 2, phrases: ErrorPhrases.unreadableReason) {
            StoreError.unreadable(path: Self.path, reason: $0)
        }
    }

    func testEveryReasonAFileCannotBeReadHasAJapanesePhrase() throws {
        try assertSentences(after: #"MailError\.unreadable\([^,]+, "#, dynamic: [], minimum: 3, phrases: ErrorPhrases.unreadableReason) {
            MailError.unreadable(Self.path, $0)
        }
    }

    func testEverySettingsFileSentenceHasAJapanesePhrase() throws {
        let config = "/home/hanako/.config/mado/config"
        try assertSentences(after: #"ConfigError\(file: [^,]+, line: [^,]+, message: "#, dynamic: [], minimum: 7, phrases: ErrorPhrases.config) {
            ConfigError(file: config, line: 3, message: $0)
        }
        try assertSentences(after: #"TemplateError\(file: [^,]+, line: [^,]+, message: "#, dynamic: [], minimum: 4, phrases: ErrorPhrases.template) {
            TemplateError(file: config, line: 3, message: $0)
        }
        try assertSentences(after: #"ThemeError\(file: [^,]+, line: [^,]+, key: [^,]+, message: "#, dynamic: ["MadoUI/Theme/ThemeParser.swift"], minimum: 2, phrases: ErrorPhrases.theme) {
            ThemeError(file: config, line: 3, key: "selected", message: $0)
        }
        try assertSentences(after: #"ThemeValueError\(text: "#, dynamic: [], minimum: 4, phrases: ErrorPhrases.theme) {
            ThemeError(file: config, line: 3, key: "selected", message: $0)
        }
    }

    func testEveryImportAndWebhookSentenceHasAJapanesePhrase() throws {
        // "\(error)" there is the system's own words (JSON parsing), kept quoted.
        try assertSentences(after: #"InstagramImportError\(source: [^,]+, path: (?:"[^"]*"|\w+), message: "#, dynamic: ["MadoCore/Channels/Instagram/WebhookParser.swift"], minimum: 4, phrases: InstagramWords.importPhrases) { message in
            InstagramImportError(source: "webhook.json", path: "entry[0]", message: message)
        }
        try assertSentences(after: #"throw fail\(path, "#, dynamic: [], minimum: 6, phrases: InstagramWords.importPhrases) { InstagramImportError(source: "webhook.json", path: "entry[0]", message: $0) }
        try assertSentences(after: #"Problem\(description: "#, dynamic: [], minimum: 6, phrases: ErrorPhrases.secrets) { WebhookSecrets.Problem(description: $0) }
        try assertSentences(after: #"value: text, expected: "#, dynamic: [], minimum: 3, phrases: ErrorPhrases.csvExpected) {
            CSVError.badValue(file: "orders.csv", line: 3, column: "Total", value: "x", expected: $0)
        }
        try assertSentences(after: #"cannotWrite\((?!let )[^,]+, "#, dynamic: ["MadoCore/Export/CustomerExport.swift", "MadoCore/Mail/AttachmentSaver.swift"], minimum: 2, phrases: ErrorPhrases.writeReason) {
            AttachmentSaver.SaveError.cannotWrite(Self.path, $0)
        }
    }

    /// What a failed delivery leaves in the outbox is said in Japanese on the status line and
    /// under the reply in the thread: each sentence OutboxSender writes, and real failures of
    /// real commands.
    func testEveryDeliveryFailureIsJapanese() throws {
        let (sentences, _) = try Self.arguments(after: #"(?:outcome: |return )\.failed\("#)
        XCTAssertGreaterThanOrEqual(sentences.count, 2)
        for (place, sentence) in sentences where sentence != "42" {
            assertJapanese(ja.deliveryFailure(sentence), "\(place) \(sentence)")
            XCTAssertEqual(UIStrings.english.deliveryFailure(sentence), sentence)
        }
        func item(_ channel: Channel) -> OutboxItem {
            OutboxItem(id: 1, messageID: 1, conversationID: 1, channel: channel, state: .sending, payload: Array("To: a@b.example\n\nhi\n".utf8),
                       attempts: 0, lastError: nil, queuedAt: Date(), updatedAt: Date())
        }
        let senders = [OutboxSender(emailCommand: "echo '421 4.3.0 やり直してください' >&2; exit 75", instagramCommand: nil),
                       OutboxSender(emailCommand: "exit 1", instagramCommand: nil),
                       OutboxSender(emailCommand: "/nonexistent/sendmail -t -i", instagramCommand: nil),
                       OutboxSender(emailCommand: "sleep 5", instagramCommand: nil, timeout: 0.3)]
        var outcomes = senders.map { $0.transmit(item(.email)).outcome }
        outcomes.append(senders[0].transmit(item(.instagram)).outcome)
        for outcome in outcomes {
            guard case .failed(let stored) = outcome else { return XCTFail("\(outcome) should have failed") }
            let said = ja.deliveryFailure(stored)
            assertJapanese(said, stored)
            assertJapanese(ja.sendFailed(said), "status line for \(stored)")
        }
        XCTAssertEqual(ja.deliveryFailure("'sendmail -t -i' exited with 75: 421 4.3.0"), "「sendmail -t -i」が終了コード 75 で終了しました: 「421 4.3.0」")
        let mark = ThreadLines.deliveryMark(OutboxStatus(id: 1, state: .failed, error: "'sendmail -t -i' exited with 1"), strings: ja, asciiOnly: false)
        XCTAssertEqual(mark, "⚠ 未送信: 「sendmail -t -i」が終了コード 1 で終了しました（R 再送信  E 編集）")
    }

    /// `mado`'s usage errors, said by its last line in the user's language.
    func testEveryUsageErrorHasAJapanesePhrase() throws {
        let (sentences, dynamic) = try Self.arguments(after: #"UsageError\(description: "#)
        XCTAssertGreaterThanOrEqual(sentences.count, 30)
        // `usage` is CustomerCommand's usage line; the setup check's problem is its time zone sentence.
        XCTAssertEqual(Set(dynamic.map { $0.components(separatedBy: ":")[0] }), ["mado/Commands/CustomerCommand.swift"])
        for (place, sentence) in sentences {
            let filled = sentence.replacingOccurrences(of: "42: 42.", with: "42: not a time zone name (like Asia/Tokyo or Europe/London).")
            let said = ja.usageError(filled)
            if sentence.hasPrefix("Usage: ") {
                XCTAssertTrue(said.hasPrefix("使い方: mado "), "\(place): \(said)")
            } else {
                assertJapanese(said, "\(place) \(sentence)")
            }
            XCTAssertEqual(UIStrings.english.usageError(filled), filled)
        }
    }
}
