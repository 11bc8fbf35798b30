import Foundation
@testable import MadoCore
import MadoUI
import XCTest
@testable import MadoApp

/// Under a Japanese locale what the session says on the status line — refusals from the store,
/// a reply sendmail would not take, saved attachments, a broken theme — is Japanese, with the
/// details (ids, commands, codes) kept.
extension InboxSessionTests {
    func openJapaneseInbox(_ store: Store, agent: Agent?) -> (InboxSession, AppState) {
        var (session, state) = openInbox(store, agent: agent)
        state.strings = .japanese
        session.start(&state)
        return (session, state)
    }

    func flash(_ inputs: [Input]) -> String {
        for case .flash(let text) in inputs { return text }
        return "(no message in \(inputs))"
    }

    func assertJapanese(_ text: String, _ context: String, file: StaticString = #filePath, line: UInt = #line) {
        // Quoted details (the system's words), paths, options and commands stay as they are.
        let outside = text.replacingOccurrences(of: "「[^」]*」", with: "「」", options: .regularExpression)
        let tokens = outside.split(whereSeparator: { " （）・、".contains($0) }).filter { !$0.contains { "/-_[:=@".contains($0) } }
        let english = tokens.flatMap { $0.split(whereSeparator: { !($0.isASCII && $0.isLetter) }) }
            .filter { $0.count >= 3 && !["mado", "agent", "setup"].contains(String($0)) }
        XCTAssertTrue(english.isEmpty, "\(context): English \(english) in '\(text)'", file: file, line: line)
    }

    func testStoreRefusalsAreJapaneseOnTheStatusLine() throws {
        let store = try makeStore()
        let hanako = try XCTUnwrap(store.agent(login: "hanako"))
        let (session, state) = openJapaneseInbox(store, agent: hanako)
        let customer = try XCTUnwrap(state.list.selectedConversation?.customerID)
        let refusals: [(Effect, String)] = [
            (.mergeCustomers(keep: customer, other: customer), "お客様 \(customer) を同じお客様に統合することはできません。"),
            (.addAgent(login: "bad login!", name: "花子"), "担当者のログイン名に使えるのは英字・数字と「.」「_」「-」だけです: \"bad login!\""),
            (.addAgent(login: "hanako", name: "花子"), "ログイン名 hanako の担当者はすでにいます。"),
            (.updateAgent(field: "colour", value: "赤"), "担当者の設定「colour」はありません。"),
            (.unmergeCustomer(mergeID: 999), "統合 999 が見つかりません"),
        ]
        for (effect, said) in refusals { XCTAssertEqual(flash(session.perform(effect)), said, "\(effect)") }
        // S on a conversation without attachments, and on one with them.
        let folder = NSTemporaryDirectory() + "mado-saved-" + UUID().uuidString
        session.attachmentsFolder = folder
        XCTAssertEqual(flash(session.perform(.saveAttachments(conversationID: try XCTUnwrap(state.list.selectedConversation?.id)))), "保存する添付ファイルはありません。")
        // A real mail with a PDF attached (the demo has none).
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("MadoCoreTests/Fixtures/mail/rfc2231-attachment.eml")
        let imported = try MailImporter(store: store, shopAddresses: []).importMail(Array(try Data(contentsOf: fixture)), receivedAt: now).0
        guard case .imported(_, let attached) = imported else { return XCTFail("\(imported)") }
        let saved = flash(session.perform(.saveAttachments(conversationID: attached)))
        XCTAssertEqual(saved, "添付ファイル1件を \(folder) に保存しました。")
        // A folder that cannot be made: the system's reason, quoted, in a Japanese sentence.
        session.attachmentsFolder = "/proc/mado-cannot-be-here"
        let refused = flash(session.perform(.saveAttachments(conversationID: attached)))
        XCTAssertTrue(refused.hasPrefix("ファイル /proc/mado-cannot-be-here を扱えませんでした: 「"), refused)
        assertJapanese(refused, "unwritable folder")
    }

    func testWithoutAnAgentTheRefusalIsJapanese() throws {
        let store = try makeStore()
        let (session, state) = openJapaneseInbox(store, agent: nil)
        let id = try XCTUnwrap(state.list.selectedConversation?.id)
        let said = flash(session.perform(.apply(.setStatus(.closed), conversationIDs: [id])))
        XCTAssertEqual(said, UIStrings.japanese.readOnly)
        assertJapanese(said, "read-only")
        XCTAssertEqual(flash(session.perform(.beginReply(conversationID: id, force: false))), UIStrings.japanese.readOnly)
    }

    /// A reply sendmail refuses: the status line and the thread say so in Japanese, with the
    /// command, its exit code and its own words.
    func testAFailedSendIsJapaneseOnTheStatusLineAndInTheThread() throws {
        let store = try makeStore()
        let hanako = try XCTUnwrap(store.agent(login: "hanako"))
        var (session, state) = openJapaneseInbox(store, agent: hanako)
        session.shop = ShopSettings(name: "Flourist", address: "support@flourist.example.jp")
        session.sender = OutboxSender(emailCommand: "echo '451 4.3.0 temporary failure' >&2; exit 75", instagramCommand: nil)
        session.editDraft = { draft in var d = draft; d.body = "ありがとうございます。" + d.body; return d }
        let email = try XCTUnwrap(state.list.rows.firstIndex { $0.channel == .email })
        while state.list.selected != email { press(.char(state.list.selected < email ? "j" : "k"), session: session, state: &state) }
        press(.char("r"), .char("s"), session: session, state: &state)
        session.finishDeliveries(&state)
        let said = try XCTUnwrap(state.flash)
        XCTAssertTrue(said.hasPrefix("送信できませんでした（返信は送信待ちに残っています）: "), said)
        XCTAssertTrue(said.contains("が終了コード 75 で終了しました: 「451 4.3.0 temporary failure」"), said)
        assertJapanese(said, "status line")
        let detail = try XCTUnwrap(state.reader.detail)
        let thread = ThreadLines.lines(detail, width: 300, strings: state.strings, asciiOnly: false).map(\.text).joined(separator: "\n")
        XCTAssertTrue(thread.contains("未送信: 「echo"), thread)
        XCTAssertFalse(thread.contains("exited with"), thread)
    }

    func testABrokenThemeIsSaidInJapanese() throws {
        let folder = NSTemporaryDirectory() + "mado-theme-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/bad.theme"
        try Data("selected = black on cyan\nwaiting.overdue = mauve\n".utf8).write(to: URL(fileURLWithPath: path))
        let (_, problem) = ThemeLoader.load(path, environment: ["HOME": folder])
        let said = UIStrings.japanese.describe(try XCTUnwrap(problem))
        XCTAssertEqual(said, "テーマ \(path):2: waiting.overdue: 知らない色「mauve」です（default・black〜white・bright-<色>・0〜255）。組み込みのテーマを使います。")
        XCTAssertEqual(UIStrings.english.describe(try XCTUnwrap(problem)), "\(path):2: waiting.overdue: unknown colour 'mauve' (default, black…white, bright-<colour>, 0–255); using the built-in theme.")
        let (_, missing) = ThemeLoader.load("solarised", environment: ["HOME": folder])
        assertJapanese(UIStrings.japanese.describe(try XCTUnwrap(missing)), "missing theme")
    }
}
