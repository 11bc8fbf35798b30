import Foundation
import MadoCore
import MadoUI
import XCTest
@testable import MadoApp

/// The screen wired to a real store file: keys in, store changes out, no terminal.
final class InboxSessionTests: XCTestCase {
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    func makeStore() throws -> Store {
        let folder = NSTemporaryDirectory() + "mado-app-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let store = try Store(path: folder + "/s.sqlite", clock: { [now] in now })
        try DemoStore.populate(store, now: now)
        return store
    }

    func openInbox(_ store: Store, agent: Agent?, width: Int = 120, height: Int = 30) -> (InboxSession, AppState) {
        let session = InboxSession(store: store, agent: agent)
        session.shop = DemoStore.shop
        var state = AppState(width: width, height: height, now: now, views: InboxView.builtIn(agentLogin: agent?.login), agent: agent)
        session.run([.loadList(view: state.currentView, offset: 0, limit: state.layout.listRows * 3, anchorID: nil)], on: &state)
        return (session, state)
    }

    func press(_ keys: Key..., session: InboxSession, state: inout AppState) {
        for key in keys { session.run(Reducer.reduce(&state, .key(key)), on: &state) }
    }

    func testOpeningShowsFirstPageAndLoadsTheSelectedThread() throws {
        let store = try makeStore()
        let (_, state) = openInbox(store, agent: try store.agent(login: "hanako"))
        XCTAssertTrue(state.list.loaded)
        XCTAssertGreaterThan(state.list.total, 0)
        XCTAssertEqual(state.reader.detail?.conversation.id, state.list.rows.first?.id)
        XCTAssertFalse(state.reader.detail?.messages.isEmpty ?? true)
    }

    func testClosingFromListWritesStoreLogsEventAndMovesOn() throws {
        let store = try makeStore()
        let hanako = try store.agent(login: "hanako")
        var (session, state) = openInbox(store, agent: hanako)
        let total = state.list.total
        let first = try XCTUnwrap(state.list.selectedConversation)
        let second = state.list.row(at: 1)
        press(.char("c"), session: session, state: &state)
        XCTAssertEqual(try store.conversation(id: first.id)?.status, .closed)
        XCTAssertEqual(try store.events(conversationID: first.id).last?.agentLogin, "hanako")
        XCTAssertEqual(state.list.total, total - 1)
        XCTAssertEqual(state.list.selectedConversation?.id, second?.id, "the next conversation takes the cursor")
        XCTAssertEqual(state.reader.detail?.conversation.id, second?.id)
    }

    func testReopeningInClosedViewBringsItBack() throws {
        let store = try makeStore()
        var (session, state) = openInbox(store, agent: nil)
        let closedView = try XCTUnwrap(state.views.firstIndex { $0.name == "Closed" })
        press(.char(Character(String(closedView + 1))), session: session, state: &state)
        let target = try XCTUnwrap(state.list.selectedConversation)
        XCTAssertEqual(target.status, .closed)
        press(.char("o"), session: session, state: &state)
        XCTAssertEqual(try store.conversation(id: target.id)?.status, .open)
        XCTAssertNil(try store.conversation(id: target.id)?.closedAt)
    }

    func testAnotherProcessesChangeIsNoticedAndShown() throws {
        let store = try makeStore()
        var (session, state) = openInbox(store, agent: nil)
        XCTAssertFalse(session.storeChangedElsewhere())
        // A second connection (another mado over SSH) closes the selected conversation.
        let other = try Store(path: store.path, create: false, clock: { [now] in now })
        let selected = try XCTUnwrap(state.list.selectedConversation)
        try other.setStatus(.closed, conversationID: selected.id, by: nil)
        XCTAssertTrue(session.storeChangedElsewhere())
        session.run(Reducer.reduce(&state, .storeChanged), on: &state)
        XCTAssertFalse(state.list.rows.contains { $0.id == selected.id })
    }

    func testEndKeyOnALargeStoreLoadsOnlyAWindow() throws {
        let folder = NSTemporaryDirectory() + "mado-big-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let store = try Store(path: folder + "/big.sqlite", clock: { [now] in now })
        try DemoGenerator.generate(store, conversations: 3000, now: now)
        var (session, state) = openInbox(store, agent: nil, width: 80, height: 24)
        let allIndex = try XCTUnwrap(state.views.firstIndex { $0.name == "All" })
        press(.char(Character(String(allIndex + 1))), .char("G"), session: session, state: &state)
        XCTAssertEqual(state.list.selected, 2999)
        XCTAssertLessThanOrEqual(state.list.rows.count, state.layout.listRows * 3)
        XCTAssertNotNil(state.list.selectedConversation)
        let grid = Renderer.render(state)
        XCTAssertTrue(grid.text.contains("3000/3000"), grid.line(23))
    }
}

extension InboxSessionTests {
    func testAgentEditsTheirOwnSettingsFromTheCommandLine() throws {
        let store = try makeStore()
        var (session, state) = openInbox(store, agent: try store.agent(login: "hanako"))
        session.editText = { _ in "佐藤 花子\nFlourist 京都\n" }
        for text in [":me name 佐藤 花子", ":me signature", ":me ig-signature — 花子", ":agent add yuki Yuki Mori"] {
            for character in text { session.run(Reducer.reduce(&state, .key(.char(character))), on: &state) }
            session.run(Reducer.reduce(&state, .key(.enter)), on: &state)
        }
        let hanako = try XCTUnwrap(store.agent(login: "hanako"))
        XCTAssertEqual(hanako.name, "佐藤 花子")
        XCTAssertEqual(hanako.emailSignature, "佐藤 花子\nFlourist 京都")
        XCTAssertEqual(hanako.instagramSignature, "— 花子")
        XCTAssertEqual(state.agent?.name, "佐藤 花子", "the screen shows the new name at once")
        XCTAssertEqual(try store.agent(login: "yuki")?.name, "Yuki Mori")
    }

    func testPostponedDraftIsListedAndResumed() throws {
        let store = try makeStore()
        var (session, state) = openInbox(store, agent: try store.agent(login: "hanako"))
        let id = try XCTUnwrap(state.list.selectedConversation?.id)
        session.editDraft = { draft in var d = draft; d.body = "書きかけ" + d.body; return d }
        for key in [Key.char("r"), .char("l")] { session.run(Reducer.reduce(&state, .key(key)), on: &state) }
        let drafts = try XCTUnwrap(state.views.firstIndex { $0.name == "Drafts" })
        XCTAssertEqual(try store.conversationIDs(state.views[drafts].filter), [id])
        session.editDraft = { $0 }
        session.run(Reducer.reduce(&state, .key(.char("r"))), on: &state)
        XCTAssertTrue(state.composer?.draft.body.hasPrefix("書きかけ") ?? false, "r resumes the kept draft")
    }
}

extension InboxSessionTests {
    func testBusyStoreIsRetriedThenReportedOnTheStatusLineNeverACrash() throws {
        let store = try makeStore()
        store.db.setBusyTimeout(milliseconds: 20)
        var (session, state) = openInbox(store, agent: nil)
        let other = try Store(path: store.path, create: false)
        try other.db.execute("BEGIN IMMEDIATE")   // another process holds the write lock …
        session.run(Reducer.reduce(&state, .key(.char("c"))), on: &state)
        XCTAssertTrue(state.flash?.contains("busy") ?? false, state.flash ?? "no message")
        try other.db.execute("COMMIT")            // … and lets go: the same key now works
        session.run(Reducer.reduce(&state, .key(.char("c"))), on: &state)
        XCTAssertTrue(state.flash?.contains("Closed (1)") ?? false, state.flash ?? "no message")
    }

    func testBusyThatClearsIsRetriedSilently() throws {
        var attempts = 0
        let value = try Retry.whileBusy { () throws -> Int in
            attempts += 1
            if attempts < 3 { throw StoreError.busy("locked") }
            return 42
        }
        XCTAssertEqual(value, 42)
        XCTAssertEqual(attempts, 3)
    }
}
