import Foundation
@testable import MadoCore
import MadoUI
import XCTest
@testable import MadoApp

/// "Send & close" (c on the confirm screen) closes when the reply has left; `u` then undoes that
/// close, not whatever triage action came before it.
extension InboxSessionTests {
    func testUndoAfterSendAndCloseReopensThatConversation() throws {
        let store = try makeStore()
        let hanako = try XCTUnwrap(store.agent(login: "hanako"))
        var (session, state) = openInbox(store, agent: hanako)
        session.shop = ShopSettings(name: "Flourist", address: "support@flourist.example.jp")
        let fake = try countingSendmail(in: (store.path as NSString).deletingLastPathComponent)
        session.sender = OutboxSender(emailCommand: fake.command, instagramCommand: nil)
        session.editDraft = { draft in var d = draft; d.body = "Thank you!" + d.body; return d }
        // An earlier action on another conversation, which u must not undo first.
        let first = try XCTUnwrap(state.list.selectedConversation)
        press(.char("!"), session: session, state: &state)
        press(.char("j"), .char("j"), .enter, session: session, state: &state)
        let priority = try XCTUnwrap(store.conversation(id: first.id)?.priority)
        XCTAssertNotEqual(priority, first.priority, "the earlier action changed something")
        let email = try XCTUnwrap(state.list.rows.firstIndex { $0.channel == .email && $0.id != first.id })
        while state.list.selected != email { press(.char(state.list.selected < email ? "j" : "k"), session: session, state: &state) }
        let replied = try XCTUnwrap(state.list.selectedConversation?.id)
        press(.char("r"), .char("c"), session: session, state: &state)
        session.finishDeliveries(&state)
        XCTAssertEqual(try store.conversation(id: replied)?.status, .closed)
        XCTAssertTrue(state.flash?.contains("Reply sent.") ?? false, state.flash ?? "no message")
        press(.char("u"), session: session, state: &state)
        XCTAssertEqual(try store.conversation(id: replied)?.status, .open, "u reopens the conversation the reply closed")
        XCTAssertEqual(try store.conversation(id: first.id)?.priority, priority, "the earlier action stays")
    }
}
