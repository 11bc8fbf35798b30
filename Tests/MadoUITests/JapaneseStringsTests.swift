import Foundation
import MadoCore
import XCTest
@testable import MadoUI

/// Under a Japanese locale no English is left on the screen. Three walks, none of which needs a
/// list kept by hand: every stored string of `UIStrings.japanese` (by reflection), every help line,
/// and every message the reducer can put on the status line when each key and each `:` command is
/// tried on each screen. A new string is covered as soon as a key or command can show it.
final class JapaneseStringsTests: XCTestCase {
    /// Words that stay as they are in Japanese: key names, products, what is typed literally.
    static let allowed: Set<String> = Set<String>([
        "Enter", "Esc", "Tab", "Shift", "Ctrl", "PgDn", "PgUp", "Space", "Backspace", "Home", "End", "Alt",
        "Instagram", "LINE", "Madoguchi", "mado", "Reply", "To", "Subject", "From", "DM",
        "search", "help", "keys", "commands", "config", "templates", "ja", "en", "any", "email", "instagram", "line",
        "agent", "login", "setup", "tmpl", "closed", "dark", "light", "high", "contrast", "themes", "theme", "yes",
        "sendmail", "Downloads", "Usage", "LOGIN", "NAME", "TOPIC", "QUERY", "WHEN", "ADDR", "TEXT", "USER", "LANG",
        "MADO", "CONFIG",
        "Unix",
    ]).union(CommandSpec.all.flatMap { spec -> [String] in
        guard case .words(let words) = spec.arguments else { return [spec.name] + spec.aliases }
        return [spec.name] + spec.aliases + words
    })

    /// English words: three or more ASCII letters in a row, not allowed, not a path, variable or option.
    static func english(_ text: String, allowing extra: Set<String> = []) -> [String] {
        var words: [String] = []
        for token in text.split(whereSeparator: { $0 == " " || $0 == "（" || $0 == "）" || $0 == "・" || $0 == "、" }) {
            if token.contains("{{") || token.contains("/") || token.contains("@") || token.contains("[") || token.contains(":")
                || token.contains("-") || token.contains("=") || token.contains("$") || token.contains("_") || token.contains("|") { continue }
            for word in String(token).split(whereSeparator: { !($0.isASCII && $0.isLetter) }) where word.count >= 3 {
                if !allowed.contains(String(word)) && !extra.contains(String(word)) { words.append(String(word)) }
            }
        }
        return words
    }

    func assertJapanese(_ text: String, _ context: String, allowing extra: Set<String> = [], file: StaticString = #filePath, line: UInt = #line) {
        let found = Self.english(text, allowing: extra)
        XCTAssertTrue(found.isEmpty, "\(context): English \(found) in '\(text)'", file: file, line: line)
    }

    /// Every String inside a value, found by reflection (struct fields, tuples, arrays, dictionaries).
    static func strings(in value: Any, path: String = "") -> [(String, String)] {
        if let text = value as? String { return [(path, text)] }
        return Mirror(reflecting: value).children.enumerated().flatMap { index, child in
            strings(in: child.value, path: path + "." + (child.label ?? String(index)))
        }
    }

    func testEveryStoredJapaneseStringIsJapanese() {
        // Dictionary keys are the English names looked up, not shown.
        for (path, text) in Self.strings(in: UIStrings.japanese) where path != ".language" && !path.hasSuffix(".key") {
            assertJapanese(text, "UIStrings.japanese\(path)")
        }
    }

    func testEveryHelpLineIsJapanese() {
        let sections = HelpTopic.allCases.flatMap(HelpTable.sections(for:)) + HelpScreen.allCases.flatMap(HelpTable.sections(for:))
        for section in sections {
            assertJapanese(section.japanese, "help section")
            for entry in section.entries { assertJapanese(entry.japanese, "help \(entry.keys)") }
        }
        assertJapanese(HelpTable.summary(japanese: true), "summary")
        for topic in HelpTopic.allCases { assertJapanese(HelpTable.topicLine(topic, japanese: true), "topic \(topic)") }
        assertJapanese(UIStrings.japanese.helpHint, "help hint")
    }

    static let fixtureWords: Set<String> = ["Emma", "Wilson", "Order", "wrong", "colour", "Café", "Zoë", "Keller", "order", "for", "Sato",
                                            "Yamada", "Taro", "shipping", "return", "hanako", "mia", "Hanako", "Caf", "Zo", "taro"]

    /// Each screen the keys can be pressed on, in Japanese.
    func screens() -> [(String, AppState)] {
        var list = Fixtures.state(width: 100, height: 30)
        list.strings = .japanese
        var reader = list
        reader.focus = .reader
        reader.reader.detail = Fixtures.detail(for: Fixtures.mixed[0], messages: [Fixtures.message(.incoming, "こんにちは")])
        var confirm = reader
        confirm.composer = Composer(draft: ReplyDraft(conversationID: 1, channel: .email, to: "taro@example.jp", subject: "件名", body: "本文"))
        var readOnly = list
        readOnly.agent = nil
        var screens = [("list", list), ("reader", reader), ("confirm", confirm), ("read-only", readOnly)]
        for kind in [PickerKind.assign, .tag, .priority, .snooze, .view, .template] {
            var picking = reader
            _ = PickerKeys.open(kind, items: [PickerItem(label: "候補", value: "x")], &picking)
            screens.append(("picker \(kind)", picking))
        }
        return screens
    }

    static let keys: [Key] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*/?:".map { Key.char($0) }
        + [.enter, .escape, .tab, .backTab, .up, .down, .left, .right, .pageUp, .pageDown, .backspace, .function(1)]

    func testEveryMessageAKeyOrCommandCanShowIsJapanese() {
        for (name, screen) in screens() {
            for key in Self.keys {
                var state = screen
                _ = Reducer.reduce(&state, .key(key))
                if let flash = state.flash { assertJapanese(flash, "\(name) \(key)", allowing: Self.fixtureWords) }
                let grid = Renderer.render(state)
                assertJapanese(grid.line(grid.height - 1), "\(name) \(key) status line", allowing: Self.fixtureWords)
            }
            for command in CommandSpec.all {
                for argument in ["", " nonsense-argument"] {
                    var state = screen
                    state.picker = nil
                    state.composer = nil
                    _ = CommandPrompt.run(command.name + argument, &state)
                    if let flash = state.flash { assertJapanese(flash, "\(name) :\(command.name)\(argument)", allowing: Self.fixtureWords) }
                }
            }
        }
        var state = screens()[0].1
        _ = CommandPrompt.run("nosuchcommand", &state)
        assertJapanese(state.flash ?? "", ":nosuchcommand", allowing: ["nosuchcommand"])
    }

    func testMessagesWithNumbersAreJapanese() {
        let ja = UIStrings.japanese
        for action in [TriageAction.setStatus(.closed), .setStatus(.open), .setStatus(.pending), .assign(login: "hanako"), .assign(login: nil),
                       .addTag("shipping"), .removeTag("shipping"), .setPriority(2), .snooze(until: nil), .snooze(until: Fixtures.now), .setUnread(true)] {
            for count in [0, 3] { assertJapanese(ja.describe(action, count: count), "\(action)", allowing: Self.fixtureWords) }
        }
        for text in [ja.replyAnyway("Hanako"), ja.isReplying("Hanako"), ja.undone(2), ja.marked(2), ja.badDate("xyz"),
                     ja.noSuchView("Foo"), ja.unknownTopic("zzz"), ja.usage("priority")] + ja.priorityNames + ja.snoozeNames {
            assertJapanese(text, text, allowing: Self.fixtureWords.union(["xyz", "Foo", "zzz"]))
        }
    }
}

/// What item 12 left: the locale note, search syntax errors, channel names, Instagram's reply
/// window and what became of a sent reply — in Japanese under a Japanese locale, English otherwise.
extension JapaneseStringsTests {
    static let choices: [LocaleChoice] = [.fellBackToCUTF8(requested: "ja_JP.UTF-8", installed: false),
                                          .fellBackToCUTF8(requested: "ja_JP.eucJP", installed: true),
                                          .fellBackToCUTF8(requested: "", installed: true),
                                          .noUTF8(requested: "ja_JP.UTF-8")]

    func testLocaleNoteIsInTheUsersLanguageAndSaysWhatWasDone() {
        XCTAssertNil(UIStrings.japanese.localeNote(.usersOwn), "nothing to say when the user's UTF-8 locale is used")
        for choice in Self.choices {
            let note = UIStrings.japanese.localeNote(choice) ?? ""
            assertJapanese(note, "\(choice)", allowing: ["ASCII"])
            let english = UIStrings.english.localeNote(choice) ?? ""
            XCTAssertNotEqual(note, english)
            if case .fellBackToCUTF8(let requested, _) = choice {
                XCTAssertTrue(note.contains("C.UTF-8") && english.contains("C.UTF-8"), "says what is used instead: \(note)")
                XCTAssertTrue(note.contains(requested.isEmpty ? "C" : requested), "names the locale asked for: \(note)")
                XCTAssertFalse(choice.asciiOnly)
            } else {
                XCTAssertTrue(note.contains("ASCII") && english.contains("ASCII"), note)
                XCTAssertTrue(choice.asciiOnly, "ASCII marks only when no UTF-8 locale could be had")
            }
        }
        XCTAssertTrue(UIStrings.japanese.localeNote(Self.choices[0])!.contains("ないため"), "a missing locale is told apart from a non-UTF-8 one")
        XCTAssertFalse(LocaleChoice.usersOwn.asciiOnly)
    }

    func testLocaleAskedForIsReadAsSetlocaleReadsIt() {
        XCTAssertEqual(LocaleChoice.requested(in: ["LANG": "ja_JP.UTF-8"]), "ja_JP.UTF-8")
        XCTAssertEqual(LocaleChoice.requested(in: ["LANG": "ja_JP.UTF-8", "LC_CTYPE": "C.UTF-8"]), "C.UTF-8")
        XCTAssertEqual(LocaleChoice.requested(in: ["LANG": "en_US.UTF-8", "LC_ALL": "", "LC_CTYPE": "ja_JP.eucJP"]), "ja_JP.eucJP")
        XCTAssertEqual(LocaleChoice.requested(in: [:]), "")
    }

    func testSearchSyntaxErrorsAreJapanese() {
        for query in ["channel:fax", "status:done", "is:starred", "before:yesterday", "after:2026-13"] {
            var state = screens()[0].1
            _ = PromptKeys.search(query, &state)
            let flash = state.flash ?? ""
            XCTAssertTrue(flash.hasPrefix("検索: "), "\(query): \(flash)")
            assertJapanese(flash, query, allowing: ["fax", "done", "starred", "yesterday", "unread", "unassigned", "open", "pending"])
            var english = state
            english.strings = .english
            english.flash = nil
            _ = PromptKeys.search(query, &english)
            XCTAssertTrue((english.flash ?? "").contains("takes"), "the English stays the command line's: \(english.flash ?? "")")
        }
    }

    func testChannelsAreNamedInJapaneseInTheThreadAndOnTheConfirmScreen() {
        XCTAssertEqual(UIStrings.japanese.channelName(.email), "メール")
        XCTAssertEqual(UIStrings.japanese.channelName(.instagram), "Instagram")
        XCTAssertEqual(UIStrings.english.channelName(.email), "Email")
        let screens = screens()
        let reader = Renderer.render(screens[1].1).text
        XCTAssertTrue(reader.contains("メール · 未対応"), reader)
        XCTAssertFalse(reader.contains("Email"), reader)
        let confirm = Renderer.render(screens[2].1).text
        XCTAssertTrue(confirm.contains("返信の確認 — メール"), confirm)
        XCTAssertFalse(confirm.contains("Email"), confirm)
    }

    func testInstagramReplyWindowIsJapaneseInTheThread() {
        var state = screens()[1].1
        let instagram = Fixtures.mixed.first { $0.channel == .instagram }!
        state.reader.detail = Fixtures.detail(for: instagram, messages: [Fixtures.message(.incoming, "こんにちは")])
        let text = Renderer.render(state).text
        XCTAssertTrue(text.contains("Instagram · 未対応"), text)
        let ja = UIStrings.japanese
        let windows: [MessagingWindow] = [.standard(remaining: 11_520), .humanAgent(remaining: 514_800), .closed(since: 172_800), .standard(remaining: 2_100)]
        for window in windows {
            assertJapanese(ja.messagingWindow(window), "\(window)")
            XCTAssertEqual(UIStrings.english.messagingWindow(window), window.description)
        }
        XCTAssertEqual(ja.messagingWindow(.standard(remaining: 11_520)), "返信期限まであと3時間12分")
    }

    func testWhatBecameOfASentReplyIsJapanese() {
        let ja = UIStrings.japanese
        assertJapanese(ja.replySent, "reply sent")
        assertJapanese(ja.sendFailed("exit 1"), "send failed", allowing: ["exit"])
        XCTAssertEqual(UIStrings.english.replySent, "Reply sent.")
    }
}
