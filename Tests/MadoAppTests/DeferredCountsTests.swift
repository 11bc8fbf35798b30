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
}
