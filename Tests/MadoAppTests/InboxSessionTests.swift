import Foundation
@testable import MadoCore
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
        var (session, state) = openInbox(store, agent: try store.agent(login: "hanako"))
        let closedView = try XCTUnwrap(state.views.firstIndex { $0.name == "Closed" })
        press(.char(Character(String(closedView + 1))), session: session, state: &state)
        let target = try XCTUnwrap(state.list.selectedConversation)
        XCTAssertEqual(target.status, .closed)
        press(.char("o"), session: session, state: &state)
        XCTAssertEqual(try store.conversation(id: target.id)?.status, .open)
        XCTAssertNil(try store.conversation(id: target.id)?.closedAt)
    }

    func testWithoutAnAgentTheInboxWritesNothingToTheStore() throws {
        let store = try makeStore()
        var (session, state) = openInbox(store, agent: nil)
        let selected = try XCTUnwrap(state.list.selectedConversation)
        let eventsBefore = try store.events(conversationID: selected.id).count
        press(.char("c"), .char("n"), session: session, state: &state)
        for character in "a note" { press(.char(character), session: session, state: &state) }
        press(.enter, session: session, state: &state)
        XCTAssertEqual(try store.conversation(id: selected.id)?.status, selected.status, "c closed nothing")
        XCTAssertEqual(try store.events(conversationID: selected.id).count, eventsBefore, "no audit event from nobody")
        XCTAssertFalse(try store.messages(inConversation: selected.id).contains { $0.direction == .note }, "n saved no note")
        // Even an effect that slips past the screen is not written.
        XCTAssertEqual(session.perform(.apply(.setStatus(.closed), conversationIDs: [selected.id])).count, 1)
        XCTAssertEqual(try store.conversation(id: selected.id)?.status, selected.status)
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
        for text in [":me name 佐藤 花子", ":me signature", ":me ig-signature — 花子", ":me line-signature — はなこ（Flourist）", ":agent add yuki Yuki Mori"] {
            for character in text { session.run(Reducer.reduce(&state, .key(.char(character))), on: &state) }
            session.run(Reducer.reduce(&state, .key(.enter)), on: &state)
        }
        let hanako = try XCTUnwrap(store.agent(login: "hanako"))
        XCTAssertEqual(hanako.name, "佐藤 花子")
        XCTAssertEqual(hanako.emailSignature, "佐藤 花子\nFlourist 京都")
        XCTAssertEqual(hanako.instagramSignature, "— 花子")
        XCTAssertEqual(hanako.lineSignature, "— はなこ（Flourist）")
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
        var (session, state) = openInbox(store, agent: try store.agent(login: "hanako"))
        let other = try Store(path: store.path, create: false)
        try other.db.execute("BEGIN IMMEDIATE")   // another process holds the write lock …
        session.run(Reducer.reduce(&state, .key(.char("c"))), on: &state)
        XCTAssertTrue(state.flash?.contains("busy") ?? false, state.flash ?? "no message")
        try other.db.execute("COMMIT")            // … and lets go: the same key now works
        session.run(Reducer.reduce(&state, .key(.char("c"))), on: &state)
        XCTAssertTrue(state.flash?.contains("Closed (1)") ?? false, state.flash ?? "no message")
    }

    /// A fake sendmail that counts its calls and keeps what it was given.
    func countingSendmail(in folder: String) throws -> (command: String, calls: String) {
        let script = folder + "/sendmail", calls = folder + "/calls"
        try "#!/bin/sh\ncat > /dev/null\necho call >> '\(calls)'\n".write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        return (script + " -t -i", calls)
    }

    func calls(_ path: String) -> Int {
        ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n").count
    }

    func testReplyLeavesOnceAndIsRecordedWhenTheStoreIsBusyAfterSendmail() throws {
        let store = try makeStore()
        store.db.setBusyTimeout(milliseconds: 20)
        let hanako = try XCTUnwrap(store.agent(login: "hanako"))
        var (session, state) = openInbox(store, agent: hanako)
        session.shop = ShopSettings(name: "Flourist", address: "support@flourist.example.jp")
        let fake = try countingSendmail(in: (store.path as NSString).deletingLastPathComponent)
        session.sender = OutboxSender(emailCommand: fake.command, instagramCommand: nil)
        session.editDraft = { draft in var d = draft; d.body = "Thank you!" + d.body; return d }
        let email = try XCTUnwrap(state.list.rows.firstIndex { $0.channel == .email })
        for _ in 0..<email { press(.char("j"), session: session, state: &state) }
        press(.char("r"), .char("s"), session: session, state: &state)
        // Another process takes the write lock while sendmail has the reply …
        let other = try Store(path: store.path, create: false)
        try other.db.execute("BEGIN IMMEDIATE")
        while calls(fake.calls) == 0 { usleep(10_000) }
        for _ in 0..<20 { session.recordFinishedDeliveries(&state); usleep(20_000) }
        XCTAssertEqual(try store.outbox().map(\.state), [.sending], "not recorded while the store is busy")
        XCTAssertTrue(session.isDelivering, "the outcome waits to be recorded")
        // … and lets go: the delivery is recorded, and sendmail was never called again.
        try other.db.execute("COMMIT")
        session.finishDeliveries(&state)
        XCTAssertEqual(try store.outbox().map(\.state), [.sent])
        XCTAssertEqual(calls(fake.calls), 1)
        XCTAssertEqual(state.flash, "Reply sent.")
    }

    func testEditorIsNotOpenedAgainWhenTheStoreIsBusy() throws {
        let store = try makeStore()
        store.db.setBusyTimeout(milliseconds: 20)
        let hanako = try XCTUnwrap(store.agent(login: "hanako"))
        var (session, state) = openInbox(store, agent: hanako)
        let other = try Store(path: store.path, create: false)
        var editorRuns = 0
        session.editDraft = { draft in
            editorRuns += 1
            // The store turns busy while the person is writing.
            try? other.db.execute("BEGIN IMMEDIATE")
            var d = draft
            d.body = "Words that must not be lost" + d.body
            return d
        }
        press(.char("r"), session: session, state: &state)
        try other.db.execute("ROLLBACK")
        XCTAssertEqual(editorRuns, 1, "an effect that ran the editor is never repeated whole")
        XCTAssertTrue(state.composer?.draft.body.hasPrefix("Words that must not be lost") ?? false, "the edits stay on screen")
    }

    func testSlowSendmailIsStoppedAtItsTimeLimitAndReported() throws {
        let store = try makeStore()
        let hanako = try XCTUnwrap(store.agent(login: "hanako"))
        var (session, state) = openInbox(store, agent: hanako)
        session.shop = ShopSettings(name: "Flourist", address: "support@flourist.example.jp")
        session.sender = OutboxSender(emailCommand: "cat > /dev/null; sleep 30", instagramCommand: nil, timeout: 0.5)
        session.editDraft = { draft in var d = draft; d.body = "Thank you!" + d.body; return d }
        let email = try XCTUnwrap(state.list.rows.firstIndex { $0.channel == .email })
        for _ in 0..<email { press(.char("j"), session: session, state: &state) }
        let started = Date()
        press(.char("r"), .char("s"), session: session, state: &state)
        XCTAssertLessThan(Date().timeIntervalSince(started), 0.4, "sending does not hold the screen")
        session.finishDeliveries(&state)
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
        XCTAssertEqual(try store.outbox().map(\.state), [.failed])
        XCTAssertTrue(state.flash?.contains("did not finish within") ?? false, state.flash ?? "no message")
    }
}

/// Replies that did not leave: visible in the thread, still waiting, listed in Outbox, retried or edited.
extension InboxSessionTests {
    func openOverdueEmail(_ store: Store, agent: Agent) throws -> (InboxSession, AppState, Int64) {
        var (session, state) = openInbox(store, agent: agent, width: 200, height: 50)
        session.shop = ShopSettings(name: "Flourist", address: "support@flourist.example.jp")
        session.editDraft = { draft in var d = draft; d.body = "Thank you!" + d.body; return d }
        let overdue = try XCTUnwrap(state.views.firstIndex { $0.name == "Overdue" })
        press(.char(Character(String(overdue + 1))), session: session, state: &state)
        let email = try XCTUnwrap(state.list.rows.firstIndex { $0.channel == .email }, "the demo has an overdue email")
        for _ in 0..<email { press(.char("j"), session: session, state: &state) }
        return (session, state, try XCTUnwrap(state.list.selectedConversation?.id))
    }

    func view(_ name: String, _ state: AppState) -> ConversationFilter { state.views.first { $0.name == name }!.filter }

    func testFailedSendIsMarkedInTheThreadStaysOverdueAndIsRetried() throws {
        let store = try makeStore()
        let hanako = try XCTUnwrap(store.agent(login: "hanako"))
        var (session, state, id) = try openOverdueEmail(store, agent: hanako)
        session.sender = OutboxSender(emailCommand: "cat > /dev/null; echo 'relay access denied for taro@example.jp' >&2; exit 1", instagramCommand: nil)
        press(.char("r"), .char("s"), session: session, state: &state)
        session.finishDeliveries(&state)
        XCTAssertEqual(try store.outbox().map(\.state), [.failed])
        let thread = Renderer.render(state).text
        XCTAssertTrue(thread.contains("⚠ not sent:") && thread.contains("relay access denied"), thread)
        XCTAssertTrue(try store.conversationIDs(view("Overdue", state)).contains(id), "not answered: still overdue")
        XCTAssertEqual(try store.conversationIDs(view("Outbox", state)), [id])

        let fake = try countingSendmail(in: (store.path as NSString).deletingLastPathComponent)
        session.sender = OutboxSender(emailCommand: fake.command, instagramCommand: nil)
        press(.char("R"), session: session, state: &state)
        session.finishDeliveries(&state)
        XCTAssertEqual(try store.outbox().map(\.state), [.sent])
        XCTAssertEqual(calls(fake.calls), 1)
        XCTAssertEqual(state.flash, "Reply sent.")
        XCTAssertFalse(try store.conversationIDs(view("Overdue", state)).contains(id), "answered once it left")
        XCTAssertEqual(try store.conversationIDs(view("Outbox", state)), [])
        XCTAssertFalse(Renderer.render(state).text.contains("not sent"))
    }

    func testEditingAFailedReplyWithdrawsItAndOpensItsText() throws {
        let store = try makeStore()
        let hanako = try XCTUnwrap(store.agent(login: "hanako"))
        var (session, state, id) = try openOverdueEmail(store, agent: hanako)
        session.sender = OutboxSender(emailCommand: "cat > /dev/null; exit 1", instagramCommand: nil)
        press(.char("r"), .char("s"), session: session, state: &state)
        session.finishDeliveries(&state)
        var opened: ReplyDraft?
        session.editDraft = { draft in opened = draft; return draft }
        press(.char("E"), session: session, state: &state)
        XCTAssertTrue(opened?.body.hasPrefix("Thank you!") ?? false, "the editor opens with the failed reply's text")
        XCTAssertEqual(try store.outbox(), [], "withdrawn: it can never also be retried")
        XCTAssertEqual(state.composer?.draft.conversationID, id)
        XCTAssertEqual(try store.draft(conversationID: id, agent: hanako)?.body, opened?.body)
        XCTAssertTrue(Renderer.render(state).text.contains("From: Hanako"), "the confirm screen shows the preview")
    }

    func testInstagramConfirmScreenShowsTheSignatureAndTheUsername() throws {
        let store = try makeStore()
        let hanako = try XCTUnwrap(store.agent(login: "hanako"))
        var (session, state) = openInbox(store, agent: hanako, width: 200, height: 50)
        let all = try XCTUnwrap(state.views.firstIndex { $0.name == "All" })
        press(.char(Character(String(all + 1))), session: session, state: &state)
        let instagram = try XCTUnwrap(state.list.rows.firstIndex { $0.channel == .instagram })
        for _ in 0..<instagram { press(.char("j"), session: session, state: &state) }
        press(.char("r"), session: session, state: &state)
        press(.ctrl("u"), session: session, state: &state)
        for character in "はい、ご用意できます！" { press(.char(character), session: session, state: &state) }
        press(.enter, session: session, state: &state)
        let preview = try XCTUnwrap(state.composer?.preview)
        XCTAssertEqual(preview.whole.text, "はい、ご用意できます！\n" + Signature.instagram(agent: hanako))
        XCTAssertTrue(preview.to.hasPrefix("@"), preview.to)
        let text = Renderer.render(state).text
        XCTAssertTrue(text.contains("To: " + preview.to) && text.contains(Signature.instagram(agent: hanako)), text)
        XCTAssertTrue(text.contains("\(InstagramText.byteCount(preview.whole.text))/1000 bytes"), text)
    }
}

extension InboxSessionTests {
    func testTheSessionSpeaksTheScreensLanguage() throws {
        let store = try makeStore()
        var (session, state) = openInbox(store, agent: try store.agent(login: "hanako"))
        state.strings = .japanese
        session.start(&state)
        let id = try XCTUnwrap(state.list.selectedConversation?.id)
        for effect in [Effect.saveView(name: "返品", query: "返品"), .addNote(conversationID: id, text: "確認中")] {
            let messages = session.perform(effect).compactMap { input -> String? in
                if case .flash(let text) = input { return text }
                return nil
            }
            XCTAssertFalse(messages.isEmpty)
            for message in messages {
                XCTAssertNil(message.range(of: "[A-Za-z]{3,}", options: .regularExpression), message)
            }
        }
    }
}
