import Foundation
import MadoCore
import XCTest
@testable import MadoUI

final class ReducerTests: XCTestCase {
    func testMovingDownSelectsNextAndLoadsIt() {
        let state = Fixtures.state()
        let (next, effects) = Reducer.reduce(state, .key(.char("j")))
        XCTAssertEqual(next.list.selected, 1)
        XCTAssertEqual(effects, [.loadConversation(id: 2)])
        let (back, _) = Reducer.reduce(next, .key(.up))
        XCTAssertEqual(back.list.selected, 0)
    }

    func testSelectionStopsAtTheEnds() {
        var state = Fixtures.state()
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("k"))), [])
        XCTAssertEqual(state.list.selected, 0)
        _ = Reducer.reduce(&state, .key(.char("G")))
        XCTAssertEqual(state.list.selected, 3)
        XCTAssertEqual(Reducer.reduce(&state, .key(.down)), [])
        _ = Reducer.reduce(&state, .key(.home))
        XCTAssertEqual(state.list.selected, 0)
    }

    func testMovingPastTheLoadedWindowAsksForMoreRows() {
        let rows = (1...60).map { Fixtures.conversation(Int64($0), name: "N\($0)", subject: "s") }
        var state = Fixtures.state(width: 80, height: 24, rows: Array(rows[0..<60]), total: 1000)
        let effects = Reducer.reduce(&state, .key(.char("G")))
        XCTAssertEqual(state.list.selected, 999)
        guard case .loadList(_, let offset, let limit, _) = effects.first else { return XCTFail("\(effects)") }
        XCTAssertLessThanOrEqual(offset, 999 - state.layout.listRows + 1)
        XCTAssertGreaterThan(offset + limit, 999)
        XCTAssertLessThan(limit, 100, "only a few screens of rows, never the whole view")
    }

    func testClosingFromListWritesTheChangeThenReloadsAroundIt() {
        var state = Fixtures.state()
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("c"))), [.apply(.setStatus(.closed), conversationIDs: [1])])
        let change = TriageChange(conversationID: 1, action: .setStatus(.closed), undo: .setStatus(.open))
        let effects = Reducer.reduce(&state, .applied([change], .setStatus(.closed)))
        guard case .loadList(_, _, _, let anchor) = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(anchor, 1, "the store says whether the conversation is still in the view")
        XCTAssertTrue(effects.contains { if case .loadCounts = $0 { return true } else { return false } })
        XCTAssertEqual(state.undoStack, [[change]])
        XCTAssertTrue(state.flash?.contains("Closed (1)") ?? false, state.flash ?? "")
    }

    func testClosingFromListMovesToNextConversation() {
        var state = Fixtures.state()
        _ = Reducer.reduce(&state, .key(.char("c")))
        _ = Reducer.reduce(&state, .applied([TriageChange(conversationID: 1, action: .setStatus(.closed), undo: .setStatus(.open))], .setStatus(.closed)))
        // The store answers without the closed conversation (no anchor index: it left the view).
        let page = ListPage(viewName: "Inbox", total: 3, offset: 0, rows: Array(Fixtures.mixed.dropFirst()))
        let effects = Reducer.reduce(&state, .listLoaded(page))
        XCTAssertEqual(state.list.selectedConversation?.id, 2)
        XCTAssertEqual(effects, [.loadConversation(id: 2)])
    }

    func testReopenAndPendingKeys() {
        var state = Fixtures.state()
        _ = Reducer.reduce(&state, .key(.char("G")))
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("o"))), [.apply(.setStatus(.open), conversationIDs: [4])])
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("p"))), [.apply(.setStatus(.pending), conversationIDs: [4])])
    }

    func testMarkingManyThenClosingAppliesToAllAndUndoTakesThemBack() {
        var state = Fixtures.state()
        _ = Reducer.reduce(&state, .key(.char("x")))
        _ = Reducer.reduce(&state, .key(.char("x")))
        XCTAssertEqual(state.marked, [1, 2])
        XCTAssertEqual(state.list.selected, 2, "x moves on, so x x x marks a run")
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("c"))), [.apply(.setStatus(.closed), conversationIDs: [1, 2])])
        let changes = [1, 2].map { TriageChange(conversationID: Int64($0), action: .setStatus(.closed), undo: .setStatus(.open)) }
        _ = Reducer.reduce(&state, .applied(changes, .setStatus(.closed)))
        XCTAssertEqual(state.marked, [], "marks are spent once the action is done")
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("u"))), [.undo(changes)])
        XCTAssertEqual(state.undoStack, [])
        _ = Reducer.reduce(&state, .key(.char("u")))
        XCTAssertEqual(state.flash, "Nothing to undo.")
    }

    func testSelectAllAsksTheStoreForEveryIDInTheView() {
        var state = Fixtures.state()
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("*"))), [.loadAllIDs(view: state.currentView)])
        _ = Reducer.reduce(&state, .allIDsLoaded(viewName: "Inbox", ids: [1, 2, 3, 4, 5]))
        XCTAssertEqual(state.marked.count, 5)
        _ = Reducer.reduce(&state, .key(.char("*")))
        XCTAssertEqual(state.marked, [], "* again clears")
    }

    func testAssignToMeNeedsAnAgent() {
        var state = Fixtures.state()
        state.agent = Agent(id: 1, login: "hanako", name: "Hanako Sato")
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("a"))), [.apply(.assign(login: "hanako"), conversationIDs: [1])])
        state.agent = nil
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("a"))), [])
        XCTAssertTrue(state.flash?.contains("--agent") ?? false)
    }

    func testTagPickerFiltersAndCreates() {
        var state = Fixtures.state()
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("t"))), [.loadPickerOptions(.tag)])
        _ = Reducer.reduce(&state, .pickerOptionsLoaded(.tag, ["gift", "shipping", "vip"].map { PickerItem(label: "#" + $0, value: $0) }))
        XCTAssertEqual(state.picker?.items.first { $0.value == "shipping" }?.checked, true, "conversation 1 has #shipping")
        for character in "wholesale" { _ = Reducer.reduce(&state, .key(.char(character))) }
        XCTAssertEqual(state.picker?.visibleItems.map(\.value), ["wholesale"])
        XCTAssertEqual(Reducer.reduce(&state, .key(.enter)), [.apply(.addTag("wholesale"), conversationIDs: [1])])
        XCTAssertNil(state.picker)
    }

    func testChoosingACheckedTagRemovesIt() {
        var state = Fixtures.state()
        _ = Reducer.reduce(&state, .pickerOptionsLoaded(.tag, ["gift", "shipping"].map { PickerItem(label: "#" + $0, value: $0) }))
        _ = Reducer.reduce(&state, .key(.down))
        XCTAssertEqual(Reducer.reduce(&state, .key(.enter)), [.apply(.removeTag("shipping"), conversationIDs: [1])])
    }

    func testSnoozePickerTomorrowMorning() {
        var state = Fixtures.state()
        state.timeZone = TimeZone(identifier: "Asia/Tokyo")!
        _ = Reducer.reduce(&state, .key(.char("s")))
        _ = Reducer.reduce(&state, .key(.down))
        let effects = Reducer.reduce(&state, .key(.enter))
        let expected = SnoozeTimes.date(for: .tomorrowMorning, now: Fixtures.now, timeZone: state.timeZone)
        XCTAssertEqual(effects, [.apply(.snooze(until: expected), conversationIDs: [1])])
    }

    func testSnoozeToATypedDate() {
        var state = Fixtures.state()
        state.timeZone = TimeZone(identifier: "Asia/Tokyo")!
        _ = Reducer.reduce(&state, .key(.char("s")))
        for _ in 0..<3 { _ = Reducer.reduce(&state, .key(.down)) }
        _ = Reducer.reduce(&state, .key(.enter))
        XCTAssertEqual(state.prompt?.kind, .snoozeDate)
        for character in "2026-12-24 10:00" { _ = Reducer.reduce(&state, .key(.char(character))) }
        guard case .apply(.snooze(let until?), [1])? = Reducer.reduce(&state, .key(.enter)).first else { return XCTFail() }
        XCTAssertEqual(ConversationJSON.iso(until), "2026-12-24T01:00:00Z")
    }

    func testSearchPromptBecomesAView() {
        var state = Fixtures.state()
        _ = Reducer.reduce(&state, .key(.char("/")))
        for character in "返品 status:open" { _ = Reducer.reduce(&state, .key(.char(character))) }
        let grid = Renderer.render(state)
        XCTAssertTrue(grid.line(state.height - 1).hasPrefix("/返品 status:open"), grid.line(state.height - 1))
        XCTAssertNotNil(grid.cursor)
        let effects = Reducer.reduce(&state, .key(.enter))
        XCTAssertEqual(state.currentView.name, "/ 返品 status:open")
        XCTAssertEqual(state.currentView.filter.search?.words, ["返品"])
        guard case .loadList(let view, 0, _, _)? = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(view.filter.search?.statuses, [.open])
    }

    func testBadSearchSaysWhy() {
        var state = Fixtures.state()
        _ = Reducer.reduce(&state, .key(.char("/")))
        for character in "channel:fax" { _ = Reducer.reduce(&state, .key(.char(character))) }
        XCTAssertEqual(Reducer.reduce(&state, .key(.enter)), [])
        XCTAssertTrue(state.flash?.contains("email, instagram") ?? false)
    }

    func testCommandLine() {
        var state = Fixtures.state()
        func command(_ text: String) -> [Effect] {
            _ = Reducer.reduce(&state, .key(.char(":")))
            for character in text { _ = Reducer.reduce(&state, .key(.char(character))) }
            return Reducer.reduce(&state, .key(.enter))
        }
        XCTAssertEqual(command("assign ken"), [.apply(.assign(login: "ken"), conversationIDs: [1])])
        XCTAssertEqual(command("tag gift"), [.apply(.addTag("gift"), conversationIDs: [1])])
        XCTAssertEqual(command("priority urgent"), [.apply(.setPriority(2), conversationIDs: [1])])
        XCTAssertEqual(command("close"), [.apply(.setStatus(.closed), conversationIDs: [1])])
        XCTAssertEqual(command("frob"), [])
        XCTAssertTrue(state.flash?.contains("Unknown command") ?? false)
        _ = command("search 返品")
        XCTAssertEqual(command("save returns"), [.saveView(name: "returns", query: "返品")])
    }

    func testReloadKeepsSelectionOnSameConversationWhenOthersMove() {
        var state = Fixtures.state()
        _ = Reducer.reduce(&state, .key(.char("j")))   // Emma, id 2
        let effects = Reducer.reduce(&state, .storeChanged)
        guard case .loadList(_, _, _, let anchor) = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(anchor, 2)
        // A new conversation arrived on top: Emma is now third.
        let newcomer = Fixtures.conversation(7, name: "New", subject: "new")
        let rows = [newcomer] + Fixtures.mixed
        _ = Reducer.reduce(&state, .listLoaded(ListPage(viewName: "Inbox", total: 5, offset: 0, rows: rows, anchorIndex: 2)))
        XCTAssertEqual(state.list.selectedConversation?.id, 2)
    }

    func testEnterOpensTheReaderAndMarksRead() {
        var state = Fixtures.state()
        _ = Reducer.reduce(&state, .key(.char("j")))
        _ = Reducer.reduce(&state, .key(.char("j")))   // the unread Instagram one
        let effects = Reducer.reduce(&state, .key(.enter))
        XCTAssertEqual(state.focus, .reader)
        XCTAssertEqual(effects, [.markRead(conversationID: 3)])
        XCTAssertEqual(state.list.selectedConversation?.unread, false)
        _ = Reducer.reduce(&state, .key(.escape))
        XCTAssertEqual(state.focus, .list)
    }

    func testTabCyclesPanes() {
        var state = Fixtures.state()
        _ = Reducer.reduce(&state, .key(.tab))
        XCTAssertEqual(state.focus, .reader)
        _ = Reducer.reduce(&state, .key(.tab))
        XCTAssertEqual(state.focus, .customer)
        _ = Reducer.reduce(&state, .key(.tab))
        XCTAssertEqual(state.focus, .list)
        _ = Reducer.reduce(&state, .key(.backTab))
        XCTAssertEqual(state.focus, .customer)
    }

    func testReaderScrollsWithinTheThread() {
        var state = Fixtures.state(width: 80, height: 24)
        let long = (1...100).map { "line \($0)" }.joined(separator: "\n")
        _ = Reducer.reduce(&state, .conversationLoaded(Fixtures.detail(for: Fixtures.mixed[0], messages: [Fixtures.message(.incoming, long)])))
        _ = Reducer.reduce(&state, .key(.enter))
        _ = Reducer.reduce(&state, .key(.char("j")))
        XCTAssertEqual(state.reader.scroll, 1)
        _ = Reducer.reduce(&state, .key(.pageDown))
        XCTAssertEqual(state.reader.scroll, 1 + state.layout.readerRows - 1)
        _ = Reducer.reduce(&state, .key(.char("G")))
        let total = ThreadLines.lines(state.reader.detail!, width: state.layout.readerWidth - 1, strings: .english, asciiOnly: false, now: state.now).count
        XCTAssertEqual(state.reader.scroll, total - state.layout.readerRows)
        _ = Reducer.reduce(&state, .key(.char("g")))
        XCTAssertEqual(state.reader.scroll, 0)
        _ = Reducer.reduce(&state, .key(.char("k")))
        XCTAssertEqual(state.reader.scroll, 0)
    }

    func testHelpIsModalAndQQuits() {
        var state = Fixtures.state()
        _ = Reducer.reduce(&state, .key(.char("?")))
        XCTAssertTrue(state.showHelp)
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("c"))), [], "a key closes the help, it does not act")
        XCTAssertFalse(state.showHelp)
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("q"))), [.quit])
        XCTAssertTrue(state.quitting)
    }

    func testNumberKeysSwitchViews() {
        var state = Fixtures.state()
        let effects = Reducer.reduce(&state, .key(.char("4")))
        XCTAssertEqual(state.currentView.name, "Pending")
        guard case .loadList(let view, 0, _, nil) = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(view.name, "Pending")
        XCTAssertFalse(state.list.loaded)
    }

    func testResizeKeepsTheSelectionVisible() {
        let rows = (1...60).map { Fixtures.conversation(Int64($0), name: "N\($0)", subject: "s") }
        var state = Fixtures.state(width: 200, height: 60, rows: rows)
        _ = Reducer.reduce(&state, .key(.char("G")))
        _ = Reducer.reduce(&state, .resize(width: 80, height: 24))
        XCTAssertGreaterThanOrEqual(state.list.selected, state.list.top)
        XCTAssertLessThan(state.list.selected, state.list.top + state.layout.listRows)
        let grid = Renderer.render(state)
        XCTAssertTrue(grid.text.contains("▶"), "the selected row is on screen after the resize")
    }
}

final class MoreTriageKeyTests: XCTestCase {
    func testMarkUnreadAndPriorityPicker() {
        var state = Fixtures.state()
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("U"))), [.apply(.setUnread(true), conversationIDs: [1])])
        _ = Reducer.reduce(&state, .key(.char("!")))
        XCTAssertEqual(state.picker?.kind, .priority)
        XCTAssertEqual(Reducer.reduce(&state, .key(.enter)), [.apply(.setPriority(2), conversationIDs: [1])], "urgent is first")
    }

    func testAssignPickerUsesTheStoresAgents() {
        var state = Fixtures.state()
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("A"))), [.loadPickerOptions(.assign)])
        _ = Reducer.reduce(&state, .pickerOptionsLoaded(.assign, [PickerItem(label: "Hanako Sato (hanako)", value: "hanako"),
                                                                  PickerItem(label: "Ken Tanaka (ken)", value: "ken"), PickerItem(label: "—", value: "")]))
        _ = Reducer.reduce(&state, .key(.char("j")))   // a short list: j moves, letters do not filter
        XCTAssertEqual(Reducer.reduce(&state, .key(.enter)), [.apply(.assign(login: "ken"), conversationIDs: [1])])
    }

    func testReplyNeedsAnAgentAndAsksWhenSomeoneElseIsReplying() {
        var state = Fixtures.state(agent: nil)
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("r"))), [])
        state.agent = Agent(id: 1, login: "ken", name: "Ken Tanaka")
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("r"))), [.beginReply(conversationID: 1, force: false)])
        _ = Reducer.reduce(&state, .replyBlocked(conversationID: 1, by: ["Hanako Sato"]))
        XCTAssertTrue(Renderer.render(state).line(state.height - 1).contains("Hanako Sato is replying. Reply anyway? (y/n)"))
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("y"))), [.beginReply(conversationID: 1, force: true)])
    }

    func testConfirmScreenSendsWithTheChosenStatusOrKeepsTheDraft() {
        var state = Fixtures.state()
        let draft = ReplyDraft(conversationID: 1, channel: .email, to: "taro@example.jp", subject: "Re: x", body: "本日発送しました。\n-- \nHanako")
        XCTAssertEqual(Reducer.reduce(&state, .draftReady(draft, window: nil)), [.editDraft(draft), .loadCounts(views: state.views)])
        _ = Reducer.reduce(&state, .draftEdited(draft))
        let text = Renderer.render(state).text
        XCTAssertTrue(text.contains("To: taro@example.jp") && text.contains("Subject: Re: x") && text.contains("本日発送しました。"), text)
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("p"))), [.sendReply(draft, then: .pending)])
        _ = Reducer.reduce(&state, .draftEdited(draft))
        _ = Reducer.reduce(&state, .key(.char("d")))
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("n"))), [], "discard asks first")
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("l"))), [.postponeDraft(draft), .loadCounts(views: state.views)])
        XCTAssertNil(state.composer)
    }

    func testInstagramReplyIsTypedInline() {
        var state = Fixtures.state()
        let draft = ReplyDraft(conversationID: 3, channel: .instagram, to: "1784", subject: "", body: "")
        XCTAssertEqual(Reducer.reduce(&state, .draftReady(draft, window: "reply within 3h 12m")), [.loadCounts(views: state.views)])
        XCTAssertEqual(state.prompt?.kind, .instagramReply)
        for character in "はい、ご用意できます🌸" { _ = Reducer.reduce(&state, .key(.char(character))) }
        _ = Reducer.reduce(&state, .key(.enter))
        XCTAssertEqual(state.composer?.draft.body, "はい、ご用意できます🌸")
        XCTAssertTrue(Renderer.render(state).text.contains("reply within 3h 12m"))
        var sent = draft
        sent.body = "はい、ご用意できます🌸"
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("c"))), [.sendReply(sent, then: .closed)])
    }
}

extension ReducerTests {
    func testWithoutAnAgentEveryWriteKeyIsRefusedWithTheSameMessage() {
        var state = Fixtures.state(agent: nil)
        for key in ["c", "o", "p", "U", "a", "A", "t", "!", "s", "u", "r", "n"] {
            state.flash = nil
            XCTAssertEqual(Reducer.reduce(&state, .key(.char(Character(key)))), [], "key \(key) writes nothing")
            XCTAssertEqual(state.flash, state.strings.readOnly, "key \(key) says why")
            XCTAssertNil(state.prompt, "key \(key) opens no prompt")
            XCTAssertNil(state.picker, "key \(key) opens no picker")
        }
        // A : command that would write is refused the same way.
        _ = Reducer.reduce(&state, .key(.char(":")))
        for character in "me name Nobody" { _ = Reducer.reduce(&state, .key(.char(character))) }
        XCTAssertEqual(Reducer.reduce(&state, .key(.enter)), [])
        XCTAssertEqual(state.flash, state.strings.readOnly)
    }

    func testWithoutAnAgentReadingStillWorksAndMarksNothing() {
        var state = Fixtures.state(agent: nil)
        _ = Reducer.reduce(&state, .key(.char("j")))
        _ = Reducer.reduce(&state, .key(.char("j")))
        let effects = Reducer.reduce(&state, .key(.enter))
        XCTAssertEqual(state.focus, .reader)
        XCTAssertFalse(effects.contains { $0.writesToStore }, "\(effects)")
        XCTAssertNil(state.flash, "reading needs no message")
        XCTAssertTrue(Renderer.render(state).line(0).contains("read-only"), Renderer.render(state).line(0))
    }
}
