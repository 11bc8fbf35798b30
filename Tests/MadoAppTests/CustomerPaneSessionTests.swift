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

/// §3: a conversation whose customer had an order change in the latest import shows it, and "later"
/// on a merge suggestion outlives the inbox that said it.
extension InboxSessionTests {
    func testTheConversationShowsWhatTheLatestOrdersImportChangedForItsCustomer() throws {
        let store = try makeStore()
        var (session, state) = openInbox(store, agent: try store.agent(login: "hanako"), width: 150, height: 40)
        let detail = try XCTUnwrap(state.reader.detail)
        let email = try XCTUnwrap(detail.identities.first { $0.channel == .email }?.address)
        XCTAssertEqual(detail.orderChanges, [])
        let header = "Name,Email,Financial Status,Fulfillment Status,Total,Currency\n"
        _ = try OrdersImporter(store: store).importData(Data((header + "#7001,\(email),paid,,10.00,JPY\n").utf8), file: "a.csv")
        _ = try OrdersImporter(store: store).importData(Data((header + "#7001,\(email),paid,fulfilled,10.00,JPY\n#7002,\(email),paid,,5.00,JPY\n").utf8),
                                                        file: "b.csv")
        session.run([.loadConversation(id: detail.conversation.id)], on: &state)
        XCTAssertEqual(state.reader.detail?.orderChanges, [OrderChangeNote(order: "#7001", change: .fulfilled), OrderChangeNote(order: "#7002", change: .new)])
        let text = Renderer.render(state, timeZone: TimeZone(identifier: "Asia/Tokyo")!).text
        XCTAssertTrue(text.contains("Orders since the last import: #7001 fulfilled, #7002 new"), text)
        XCTAssertTrue(text.contains("● #7001"), "and marked on the order in the customer pane")
    }

    func testLaterOnASuggestionIsKeptUntilTomorrowAcrossARestartOfTheInbox() throws {
        let store = try makeStore()
        let agent = try store.agent(login: "hanako")
        var (session, state) = openInbox(store, agent: agent, width: 150, height: 40)
        let detail = try XCTUnwrap(state.reader.detail)
        let customer = detail.conversation.customerID
        // Evidence: an Instagram customer whose display name is this email customer's name.
        let name = try XCTUnwrap(detail.customer?.name)
        let other = try store.addCustomer(name: "ig user")
        try store.addIdentity(customerID: other, channel: .instagram, address: "178400999", handle: "ig_user", displayName: name)
        session.run([.loadConversation(id: detail.conversation.id)], on: &state)
        XCTAssertEqual(state.reader.detail?.suggestions.map(\.other.id), [other])
        press(.tab, .tab, .char("l"), session: session, state: &state)
        XCTAssertEqual(state.flash, "Later: not shown again until tomorrow.")
        let until = try XCTUnwrap(store.db.scalarInt("SELECT until FROM customer_postponed_pairs WHERE customer_a = ? AND customer_b = ?",
                                                     [.int(min(customer, other)), .int(max(customer, other))]))
        // The start of the next day in the shop's zone (the session has no [hours]: the system's zone).
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        XCTAssertEqual(Date(unixSeconds: until), calendar.startOfDay(for: now.addingTimeInterval(86400)))
        XCTAssertEqual(try store.db.scalarText("SELECT actor FROM customer_postponed_pairs"), "hanako")
        // Another inbox on the same store (a restart): not asked again today.
        let (_, restarted) = openInbox(store, agent: agent, width: 150, height: 40)
        XCTAssertEqual(restarted.reader.detail?.conversation.id, detail.conversation.id)
        XCTAssertEqual(restarted.reader.detail?.suggestions, [])
        XCTAssertFalse(Renderer.render(restarted, timeZone: .current).text.contains("Maybe the same person"))
    }
}
