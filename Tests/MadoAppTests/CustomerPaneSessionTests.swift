import Foundation
@testable import MadoCore
import MadoUI
import XCTest
@testable import MadoApp

/// The customer pane wired to a real store: m picks and merges, u undoes, N saves notes.
extension InboxSessionTests {
    func testMergeFromThePaneThenUUndoesItInTheStore() throws {
        let store = try makeStore()
        let agent = try store.agent(login: "hanako")
        var (session, state) = openInbox(store, agent: agent, width: 150, height: 40)
        let detail = try XCTUnwrap(state.reader.detail)
        let keep = detail.conversation.customerID
        let before = try store.identities(ofCustomer: keep).count
        press(.tab, .tab, session: session, state: &state)
        XCTAssertEqual(state.focus, .customer)
        press(.char("m"), session: session, state: &state)
        XCTAssertEqual(state.picker?.kind, .mergeCustomer)
        XCTAssertFalse(state.picker?.items.isEmpty ?? true, "the customers who wrote last")
        let other = try XCTUnwrap(Int64(state.picker!.items[0].value))
        XCTAssertNotEqual(other, keep)
        let moving = try store.identities(ofCustomer: other).count
        press(.enter, session: session, state: &state)
        XCTAssertEqual(try store.identities(ofCustomer: keep).count, before + moving)
        XCTAssertEqual(try store.customer(id: other)?.mergedInto, keep)
        XCTAssertEqual(state.reader.detail?.identities.count, before + moving, "the pane reloads with the merged identities")
        press(.char("u"), session: session, state: &state)
        XCTAssertNil(try store.customer(id: other)?.mergedInto)
        XCTAssertEqual(try store.identities(ofCustomer: keep).count, before)
    }

    func testNotesTypedInThePaneAreSavedSignedByTheAgent() throws {
        let store = try makeStore()
        let agent = try store.agent(login: "hanako")
        var (session, state) = openInbox(store, agent: agent, width: 150, height: 40)
        let customer = try XCTUnwrap(state.reader.detail?.conversation.customerID)
        press(.tab, .tab, .char("N"), session: session, state: &state)
        for character in "Gift wrap always" { press(.char(character), session: session, state: &state) }
        press(.enter, session: session, state: &state)
        XCTAssertEqual(try store.customer(id: customer)?.notes, "Gift wrap always")
        XCTAssertEqual(try store.customer(id: customer)?.notesBy, "hanako")
        XCTAssertEqual(state.reader.detail?.customer?.notes, "Gift wrap always")
    }
}
