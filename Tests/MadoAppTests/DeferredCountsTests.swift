import Foundation
@testable import MadoCore
import MadoUI
import XCTest
@testable import MadoApp

/// At a million messages the counts of every view take far longer than a page: the inbox draws a
/// key's answer first and counts after (`InboxSession.defersCounts`).
final class DeferredCountsTests: XCTestCase {
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    func testSearchShowsItsPageBeforeTheCountsOfEveryView() throws {
        let folder = NSTemporaryDirectory() + "mado-app-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let store = try Store(path: folder + "/s.sqlite", clock: { [now] in now })
        try DemoStore.populate(store, now: now)
        let hanako = try store.agent(login: "hanako")
        let session = InboxSession(store: store, agent: hanako)
        var state = AppState(width: 120, height: 30, now: now, views: InboxView.builtIn(agentLogin: "hanako"), agent: hanako)
        session.start(&state)
        session.loadCounts(&state)
        session.defersCounts = true
        let countsBefore = state.viewCounts

        for key in [Key.char("/")] + "返品".map({ Key.char($0) }) + [Key.enter] {
            session.run(Reducer.reduce(&state, .key(key)), on: &state)
        }
        XCTAssertTrue(state.currentView.filter.search != nil, "the search is the view now")
        XCTAssertTrue(state.list.loaded)
        XCTAssertFalse(state.list.rows.isEmpty, "its page is there at once")
        XCTAssertNotNil(session.pendingCounts, "the counts wait for the frame")
        XCTAssertEqual(state.viewCounts, countsBefore)

        session.loadPendingCounts(&state)
        XCTAssertNil(session.pendingCounts)
        XCTAssertEqual(state.viewCounts[state.currentView.name], state.list.total, "then every view is counted, the search too")
        XCTAssertTrue(session.defersCounts, "and the next key is answered the same way")
    }

    /// A view just entered draws its first page before its total is counted: the total (and the
    /// status line's count) comes after the frame, exact.
    func testANewViewsTotalComesAfterItsFirstPage() throws {
        let folder = NSTemporaryDirectory() + "mado-app-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let store = try Store(path: folder + "/s.sqlite", clock: { [now] in now })
        try DemoStore.populate(store, now: now)
        let hanako = try store.agent(login: "hanako")
        let session = InboxSession(store: store, agent: hanako)
        var state = AppState(width: 80, height: 10, now: now, views: InboxView.builtIn(agentLogin: "hanako"), agent: hanako)
        session.start(&state)
        session.loadCounts(&state)
        session.defersCounts = true
        // The longest view other than the one on screen.
        let all = try XCTUnwrap(state.views.indices.filter { $0 != state.viewIndex && $0 < 9 }
            .max { (state.viewCounts[state.views[$0].name] ?? 0) < (state.viewCounts[state.views[$1].name] ?? 0) })
        session.run(Reducer.reduce(&state, .key(.char(Character(String(all + 1))))), on: &state)
        let exact = try store.countConversations(state.currentView.filter)
        XCTAssertGreaterThan(exact, state.list.rows.count, "a view longer than its first page")
        XCTAssertFalse(state.list.rows.isEmpty, "the first page is there at once")
        XCTAssertEqual(state.list.total, state.list.rows.count, "counted no further than the page yet")
        XCTAssertTrue(session.hasPendingWork)

        session.loadPendingCounts(&state)
        XCTAssertFalse(session.hasPendingWork)
        XCTAssertEqual(state.list.total, exact, "then the exact total")
        XCTAssertEqual(state.list.selected, 0)
        session.run(Reducer.reduce(&state, .key(.char("G"))), on: &state)
        XCTAssertEqual(state.list.selected, exact - 1, "G goes to the real end")
    }
}
