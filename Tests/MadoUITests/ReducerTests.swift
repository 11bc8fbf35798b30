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

    func testClosingFromListWritesTheChangeAndReloads() {
        var state = Fixtures.state()
        let effects = Reducer.reduce(&state, .key(.char("c")))
        XCTAssertEqual(effects.first, .setStatus(conversationID: 1, status: .closed))
        guard case .loadList(_, _, _, let anchor) = effects.last else { return XCTFail("\(effects)") }
        XCTAssertNil(anchor, "a closed conversation leaves the Inbox: the selection must not follow it")
        XCTAssertEqual(state.list.selectedConversation?.status, .closed)
        XCTAssertTrue(state.flash?.contains("Closed #1") ?? false)
    }

    func testClosingFromListMovesToNextConversation() {
        var state = Fixtures.state()
        _ = Reducer.reduce(&state, .key(.char("c")))
        // The store answers without the closed conversation.
        let page = ListPage(viewName: "Inbox", total: 3, offset: 0, rows: Array(Fixtures.mixed.dropFirst()))
        let effects = Reducer.reduce(&state, .listLoaded(page))
        XCTAssertEqual(state.list.selectedConversation?.id, 2)
        XCTAssertEqual(effects, [.loadConversation(id: 2)])
    }

    func testReopenAndPendingKeys() {
        var state = Fixtures.state()
        _ = Reducer.reduce(&state, .key(.char("j")))
        _ = Reducer.reduce(&state, .key(.char("j")))
        _ = Reducer.reduce(&state, .key(.char("j")))
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("o"))).first, .setStatus(conversationID: 4, status: .open))
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("p"))).first, .setStatus(conversationID: 4, status: .pending))
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("p"))), [], "already pending: nothing to write")
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
        let total = ThreadLines.lines(state.reader.detail!, width: state.layout.readerWidth, strings: .english, asciiOnly: false).count
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
