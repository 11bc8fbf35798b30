import Foundation
import MadoCore
import MadoUI
import XCTest
@testable import MadoApp

/// The template picker on a real store: what the customer wrote decides what comes first.
final class TemplatePickerTests: XCTestCase {
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    static let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("templates").path

    func pickerForReply(toSubjectContaining words: String) throws -> (InboxSession, AppState, Picker) {
        let folder = NSTemporaryDirectory() + "mado-templates-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let store = try Store(path: folder + "/s.sqlite", clock: { [now] in now })
        try DemoStore.populate(store, now: now)
        let agent = try XCTUnwrap(try store.agents().first { $0.login == "hanako" })
        let session = InboxSession(store: store, agent: agent)
        session.shop = DemoStore.shop
        session.templates = TemplateLibrary.load(folders: [Self.shipped]).templates
        var state = AppState(width: 80, height: 24, now: now, views: InboxView.builtIn(agentLogin: "hanako"), agent: agent)
        state.views = [InboxView(name: "All", filter: ConversationFilter())]
        session.run([.loadList(view: state.currentView, offset: 0, limit: 100, anchorID: nil)], on: &state)
        let id = try XCTUnwrap(state.list.rows.first { $0.subject.contains(words) }?.id)
        session.run([.beginReply(conversationID: id, force: true)], on: &state)
        XCTAssertNotNil(state.composer)
        session.run(Reducer.reduce(&state, .key(.char("t"))), on: &state)
        return (session, state, try XCTUnwrap(state.picker))
    }

    func testTheSuggestedTemplateIsTheFirstEntry() throws {
        let (_, _, picker) = try pickerForReply(toSubjectContaining: "破損")
        XCTAssertEqual(picker.items.first?.value, "damaged-item|ja")
        XCTAssertEqual(picker.selected, 0)
        XCTAssertTrue(picker.items.first?.matched.contains("破損") ?? false, "\(picker.items.first?.matched ?? [])")
    }

    func testWhereIsMyOrderSaysItNeedsOrdersInsteadOfBeingRefused() throws {
        var (session, state, picker) = try pickerForReply(toSubjectContaining: "#1187")
        XCTAssertTrue(picker.items.first?.needs.isEmpty ?? false, "the picker starts on a template that can be used")
        XCTAssertEqual(picker.items.first?.value.hasSuffix("|ja"), true, "the customer wrote in Japanese")
        let index = try XCTUnwrap(picker.items.firstIndex { $0.value == "where-is-my-order|ja" })
        XCTAssertTrue(picker.items[index].needs.contains("order.number"))
        XCTAssertTrue(picker.items[index].matched.contains("配送"))
        for _ in 0..<(index - picker.selected) { session.run(Reducer.reduce(&state, .key(.char("j"))), on: &state) }
        let screen = Renderer.render(state).text
        XCTAssertTrue(screen.contains(state.strings.templateNeeds(["order.number"])), screen)
        XCTAssertEqual(Reducer.reduce(&state, .key(.enter)), [])
        XCTAssertEqual(state.flash, state.strings.templateNeeds(["order.number", "order.status"]))
    }
}
