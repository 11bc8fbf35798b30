import Foundation
@testable import MadoCore
import MadoUI
import XCTest
@testable import MadoApp

/// The demo store opened under a Japanese screen, every key pressed on every screen it can
/// reach (list, thread, customer pane, confirm screen, pickers, help, report), each frame drawn:
/// no English is left but what customers wrote and what is typed literally.
final class JapaneseScreenWalkTests: XCTestCase {
    /// Key names, products, commands and syntax typed as they are, and header names of a mail.
    static let typed: Set<String> = [
        "Enter", "Esc", "Tab", "Shift", "Ctrl", "PgDn", "PgUp", "Space", "Backspace", "Home", "End", "Alt",
        "Instagram", "LINE", "Madoguchi", "mado", "Reply", "From", "Subject", "DM", "HUMAN", "AGENT", "CSAT",
        "setup", "agent", "login", "send", "help", "ascii", "dark", "light", "high", "contrast", "theme", "themes",
        "Downloads", "Usage", "channel", "status", "assignee", "before", "after", "tag", "open", "pending", "closed",
        "unread", "unassigned", "email", "instagram", "any", "yes", "LOGIN", "NAME", "TOPIC", "QUERY", "WHEN", "TEXT",
        "search", "keys", "commands", "config", "templates", "view", "views", "messages", "report", "assign", "snooze",
        "priority", "note", "notes", "quit", "merge", "unmerge", "sendmail", "tmpl", "Flourist", "Unix", "USER", "LANG",
        "MADO", "CONFIG", "ADDR", "DAYS", "ASCII", "UTF", "import", "orders", "WORDS", "PHRASE",
        // The report's hint names the README's section, whose heading is English.
        "README", "Reports",
    ]

    /// Every word of the demo's content (customers' names, mail, orders, templates): customers'
    /// own words are shown as they wrote them.
    static func contentWords() throws -> Set<String> {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var words = Set<String>()
        let folders = ["Sources/MadoCore/Demo", "templates"]
        for folder in folders {
            let url = root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path) {
                let text = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
                words.formUnion(text.split(whereSeparator: { !($0.isASCII && $0.isLetter) }).map(String.init))
            }
        }
        return words
    }

    static func english(_ text: String, allowing allowed: Set<String>) -> [String] {
        let tokens = text.split(whereSeparator: { " （）・、│".contains($0) })
            .filter { !$0.contains { "/@[:=$_|{-".contains($0) } }
        return tokens.flatMap { $0.split(whereSeparator: { !($0.isASCII && $0.isLetter) }) }
            .map(String.init).filter { $0.count >= 3 && !allowed.contains($0) }
    }

    /// A word cut by the column or an overlay ("Jap…", "anako", "templ…") is still the one it was.
    static func english(_ text: String, allowing allowed: Set<String>, content: Set<String>) -> [String] {
        english(text, allowing: allowed).filter { word in !content.contains { $0.contains(word) } }
    }

    static let keys: [Key] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPRSTUVWXYZ0123456789!*/?:#".map { Key.char($0) }
        + [.enter, .escape, .tab, .backTab, .up, .down, .pageDown, .backspace]

    func testEveryFrameOfTheDemoIsJapaneseAt100x30() throws { try walk(width: 100, height: 30) }

    func testEveryFrameOfTheDemoIsJapaneseAt80x24() throws { try walk(width: 80, height: 24) }

    func walk(width: Int, height: Int) throws {
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        let folder = NSTemporaryDirectory() + "mado-walk-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try Store(path: folder + "/s.sqlite", clock: { now })
        try DemoStore.populate(store, now: now)
        let hanako = try XCTUnwrap(store.agent(login: "hanako"))
        let session = InboxSession(store: store, agent: hanako)
        session.shop = DemoStore.shop
        session.attachmentsFolder = folder + "/saved"
        session.editDraft = { draft in var edited = draft; edited.body = "お問い合わせありがとうございます。\n" + edited.body; return edited }
        session.editText = { $0 }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        session.templates = TemplateLibrary.load(folders: [root.appendingPathComponent("templates").path]).templates
        var state = AppState(width: width, height: height, now: now, views: InboxView.builtIn(agentLogin: "hanako"), strings: .japanese, agent: hanako)
        session.start(&state)
        session.loadCounts(&state)
        let content = try Self.contentWords()
        let allowed = Self.typed.union(content)

        func press(_ keys: [Key], on state: inout AppState) {
            for key in keys { session.run(Reducer.reduce(&state, .key(key)), on: &state) }
        }
        // The screens to try every key on, each reached from the list by the keys a person presses.
        let routes: [(String, [Key])] = [
            ("list", []), ("thread", [.enter]), ("customer pane", [.enter, .tab]), ("confirm screen", [.enter, .char("r")]),
            ("help", [.char("?")]), ("report", [.char("0")]), ("search results", [.char("/")] + "返品".map { Key.char($0) } + [.enter]),
            ("Instagram thread", [.char("j"), .char("j"), .enter]), ("Instagram confirm", [.char("j"), .char("j"), .enter, .char("r")]),
        ]
        var frames = 0
        var found: [String: String] = [:]
        for (name, route) in routes {
            var screen = state
            press(route, on: &screen)
            for key in Self.keys {
                var pressed = screen
                press([key], on: &pressed)
                session.finishDeliveries(&pressed, timeout: 5)
                let grid = Renderer.render(pressed)
                frames += 1
                // The whole status message too, not only what fits on its line.
                for line in (0..<grid.height).map(grid.line) + [pressed.flash ?? ""] {
                    for word in Self.english(line, allowing: allowed, content: allowed) where found[word] == nil {
                        found[word] = "\(name), \(key): \(line)"
                    }
                }
            }
        }
        XCTAssertGreaterThan(frames, 500)
        for (word, place) in found.sorted(by: { $0.key < $1.key }) { XCTFail("English '\(word)' on \(place)") }
    }
}
