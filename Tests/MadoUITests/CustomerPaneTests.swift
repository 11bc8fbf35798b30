import Foundation
import XCTest
import MadoCore
@testable import MadoUI

/// The customer pane (issue 11 §2): notes, tags, orders, alternatives, merge suggestions, and its keys.
final class CustomerPaneTests: XCTestCase {
    let tokyo = TimeZone(identifier: "Asia/Tokyo")!

    func richDetail() -> ConversationDetail {
        var detail = Fixtures.detail(for: Fixtures.mixed[0], messages: [Fixtures.message(.incoming, "hello")])
        detail.customer = Customer(id: 10, name: "山田 太郎", createdAt: Fixtures.now, notes: "VIP — gift wrap always\nPrefers mail",
                                   notesBy: "hanako", notesAt: Fixtures.now)
        detail.customerConversations = [Fixtures.mixed[0],
                                        Fixtures.conversation(7, name: "山田 太郎", subject: "前回の返品", status: .closed, tags: ["return"])]
        var order = ShopOrder(name: "#1042")
        order.createdAt = Fixtures.now
        order.total = "9600.00"
        order.currency = "JPY"
        order.financialStatus = "paid"
        order.fulfillmentStatus = "fulfilled"
        detail.orders = [order]
        detail.alternatives = [CustomerAlternative(field: "name", value: "たろう", fromCustomerID: 30)]
        detail.suggestions = [MergeSuggestion(other: Customer(id: 30, name: "taro_y", createdAt: Fixtures.now),
                                              reasons: [.mentionsOrder("#1042"), .sameName("山田太郎")])]
        return detail
    }

    func paneState(width: Int, height: Int, agent: Agent? = Fixtures.hanako) -> AppState {
        var state = Fixtures.state(width: width, height: height, agent: agent)
        state.reader.detail = richDetail()
        state.focus = .reader
        _ = Reducer.reduce(&state, .key(.tab))
        XCTAssertEqual(state.focus, .customer)
        return state
    }

    func testPaneShowsSuggestionNotesTagsOrdersAndHistoryAt80x24AndScrolls() {
        var state = paneState(width: 80, height: 24)
        XCTAssertGreaterThan(state.reader.customerScroll, 0, "Tab shows the conversation being read")
        _ = Reducer.reduce(&state, .key(.char("k")))
        XCTAssertEqual(state.reader.customerScroll, 0, "k above the first conversation shows the top")
        let grid = Renderer.render(state, timeZone: tokyo)
        let text = grid.text
        for expected in ["Maybe the same person as", "taro_y (#30), because", "· mentions order #1042", "· same name \"山田太郎\"", "y same  n not  l later",
                         "taro@example.jp", "@taro_y", "name: たろう", "Notes (by hanako, 2026-11-18)", "VIP — gift wrap always",
                         "#return #shipping", "#1042 2026-11-18", "9600.00 JPY paid fulfilled", "Orders (1)"] {
            XCTAssertTrue(text.contains(expected), "\(expected)\n\(text)")
        }
        // The history is below the fold at 24 rows: moving the marker scrolls it into view.
        _ = Reducer.reduce(&state, .key(.char("j")))
        let scrolled = Renderer.render(state, timeZone: tokyo).text
        XCTAssertTrue(scrolled.contains("前回の返品"), scrolled)
        XCTAssertGreaterThan(state.reader.customerScroll, 0)
        _ = Reducer.reduce(&state, .key(.char("k")))
        XCTAssertEqual(state.reader.historyMarker, 0, "k still moves the marker up first")
        XCTAssertGreaterThan(state.reader.customerScroll, 0)
    }

    func testPaneStandsBesideTheThreadFrom150Columns() {
        var state = Fixtures.state(width: 150, height: 40)
        state.reader.detail = richDetail()
        let grid = Renderer.render(state, timeZone: tokyo)
        let layout = Layout(width: 150, height: 40, focus: .list)
        let pane = try! XCTUnwrap(layout.customer)
        let column = (1..<40).map { y in (pane.x..<150).map { grid[$0, y].text }.joined() }.joined(separator: "\n")
        XCTAssertTrue(column.contains("Maybe the same person"), column)
        XCTAssertTrue(column.contains("9600.00 JPY paid fulfilled"), column)
        XCTAssertTrue(column.contains("· mentions order #1042"), column)
        XCTAssertTrue(column.contains("前回の返品"), column)
        XCTAssertTrue(grid.text.contains("hello"), "the thread is shown beside it")
    }

    /// §2 at 150×40, reading and with the pane focused: list, thread and customer side by side, the
    /// pane's every line whole (nothing cut with "…"), the whole history shown without scrolling.
    func testAt150x40ThePaneStandsBesideTheThreadWithNothingCut() {
        for focused in [false, true] {
            var state = focused ? paneState(width: 150, height: 40) : Fixtures.state(width: 150, height: 40)
            if !focused {
                state.reader.detail = richDetail()
                state.focus = .reader
            }
            let grid = Renderer.render(state, timeZone: tokyo)
            let layout = Layout(width: 150, height: 40, focus: state.focus)
            let pane = try! XCTUnwrap(layout.customer)
            let reader = try! XCTUnwrap(layout.reader, "the thread stays on screen beside the pane")
            XCTAssertLessThan(reader.x + reader.width, pane.x)
            XCTAssertNotNil(layout.list)
            let paneLines = (pane.y..<(pane.y + pane.height)).map { y in (pane.x..<150).map { grid[$0, y].text }.joined() }
            let threadLines = (reader.y..<(reader.y + reader.height)).map { y in (reader.x..<(reader.x + reader.width)).map { grid[$0, y].text }.joined() }
            XCTAssertTrue(threadLines.contains { $0.contains("hello") }, threadLines.joined(separator: "\n"))
            XCTAssertFalse(paneLines.contains { $0.contains("…") }, "nothing cut:\n" + paneLines.joined(separator: "\n"))
            for whole in ["Maybe the same person as", "taro_y (#30), because", "· mentions order #1042", "y same  n not  l later",
                          "taro@example.jp", "@taro_y", "name: たろう", "Notes (by hanako, 2026-11-18)", "VIP — gift wrap always",
                          "Tags: #return #shipping", "#1042 2026-11-18", "9600.00 JPY paid fulfilled", "All conversations (2)",
                          "ご注文の配送状況について", "前回の返品"] {
                XCTAssertTrue(paneLines.contains { $0.contains(whole) }, "\(whole)\n" + paneLines.joined(separator: "\n"))
            }
            XCTAssertEqual(state.reader.customerScroll, 0, "at 40 rows the whole pane fits: no scrolling")
            for y in 0..<40 { XCTAssertEqual(CellWidth.of(grid.line(y)), 150, "row \(y)") }
        }
    }

    /// §3: what the latest orders import changed is on the conversation (the thread's header) and on
    /// the order's own line in the pane, in both languages, at 80×24 and beside the thread at 150.
    func testOrderChangesFromTheLatestImportShowOnTheConversation() {
        for (width, height) in [(80, 24), (150, 40)] {
            for japanese in [false, true] {
                var state = Fixtures.state(width: width, height: height)
                state.strings = japanese ? .japanese : .english
                var detail = richDetail()
                detail.orderChanges = [OrderChangeNote(order: "#1042", change: .fulfilled)]
                state.reader.detail = detail
                state.focus = .reader
                let thread = Renderer.render(state, timeZone: tokyo).text
                XCTAssertTrue(thread.contains(japanese ? "前回の注文取り込みで: #1042 発送済みに" : "Orders since the last import: #1042 fulfilled"), thread)
                _ = Reducer.reduce(&state, .key(.tab))
                let grid = Renderer.render(state, timeZone: tokyo)
                let row = try! XCTUnwrap((0..<height).first { grid.line($0).contains("● #1042 2026-11-18") }, grid.text)
                let x = grid.line(row).distance(from: grid.line(row).startIndex, to: grid.line(row).range(of: "● #1042")!.lowerBound)
                XCTAssertEqual(grid[CellWidth.of(String(grid.line(row).prefix(x))), row].role, .warning, "the changed order stands out")
            }
        }
    }

    func testYMergesTheSuggestionAndUUndoesItOnlyRightAfter() {
        var state = paneState(width: 150, height: 40)
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("y"))), [.mergeCustomers(keep: 10, other: 30)])
        let merge = CustomerMerge(id: 5, keepID: 10, otherID: 30, at: Fixtures.now, actor: "hanako", moved: ["identity": 1, "conversation": 2])
        let effects = Reducer.reduce(&state, .customerMerged(merge))
        XCTAssertTrue(effects.contains(.loadConversation(id: 1)))
        XCTAssertTrue(state.flash?.contains("u undoes") ?? false, state.flash ?? "")
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("u"))), [.unmergeCustomer(mergeID: 5)])

        _ = Reducer.reduce(&state, .customerMerged(merge))
        _ = Reducer.reduce(&state, .key(.char("j")))
        XCTAssertFalse(Reducer.reduce(&state, .key(.char("u"))).contains(.unmergeCustomer(mergeID: 5)), "only as the very next key")
    }

    func testNRejectsAndLPutsTheSuggestionOff() {
        var state = paneState(width: 150, height: 40)
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("n"))), [.rejectMergeSuggestion(customerID: 10, otherID: 30)])
        XCTAssertNil(state.prompt, "n answers the suggestion, it does not start a note")
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("l"))), [.postponeMergeSuggestion(customerID: 10, otherID: 30)],
                       "later is kept in the store, so a restart does not bring it back")
        XCTAssertEqual(state.flash, "Later: not shown again until tomorrow.")
        XCTAssertFalse(Renderer.render(state, timeZone: tokyo).text.contains("Maybe the same person"))
        _ = Reducer.reduce(&state, .key(.char("n")))
        XCTAssertNotNil(state.prompt, "with no suggestion shown, n is a note again")
    }

    func testLaterWithoutAnAgentHidesTheSuggestionForThisSessionOnly() {
        var state = paneState(width: 150, height: 40, agent: nil)
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("l"))), [], "read-only: nothing is written")
        XCTAssertFalse(Renderer.render(state, timeZone: tokyo).text.contains("Maybe the same person"))
    }

    func testMOpensAPickerThatSearchesTheStoreAndMergesTheChoice() {
        var state = paneState(width: 150, height: 40)
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("m"))), [.searchCustomers(query: "", excluding: 10)])
        _ = Reducer.reduce(&state, .pickerOptionsLoaded(.mergeCustomer, [PickerItem(label: "#30 taro_y", value: "30"),
                                                                         PickerItem(label: "#40 Emma", value: "40")]))
        XCTAssertEqual(state.picker?.kind, .mergeCustomer)
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("#"))), [.searchCustomers(query: "#", excluding: 10)])
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("1"))), [.searchCustomers(query: "#1", excluding: 10)])
        _ = Reducer.reduce(&state, .pickerOptionsLoaded(.mergeCustomer, [PickerItem(label: "#40 Emma · #1042", value: "40")]))
        XCTAssertEqual(state.picker?.filter, "#1", "new choices keep what was typed")
        XCTAssertTrue(Renderer.render(state, timeZone: tokyo).text.contains("#40 Emma"))
        XCTAssertEqual(Reducer.reduce(&state, .key(.enter)), [.mergeCustomers(keep: 10, other: 40)])
    }

    func testNotesAreEditedInAPromptAndSaved() {
        var state = paneState(width: 150, height: 40)
        _ = Reducer.reduce(&state, .key(.char("N")))
        XCTAssertEqual(state.prompt?.kind, .customerNotes(customerID: 10))
        XCTAssertEqual(state.prompt?.text, "VIP — gift wrap always\nPrefers mail")
        for character in " (no calls)" { _ = Reducer.reduce(&state, .key(.char(character))) }
        XCTAssertEqual(Reducer.reduce(&state, .key(.enter)),
                       [.setCustomerNotes(customerID: 10, notes: "VIP — gift wrap always\nPrefers mail (no calls)")])
    }

    func testMergesAndNotesAreRefusedReadOnly() {
        var state = paneState(width: 150, height: 40, agent: nil)
        for key in ["m", "y", "N"] {
            XCTAssertEqual(Reducer.reduce(&state, .key(.char(Character(key)))), [], key)
            XCTAssertEqual(state.flash, state.strings.readOnly, key)
            XCTAssertNil(state.prompt)
        }
    }

    func testJapaneseSuggestionWords() {
        let strings = UIStrings.japanese
        XCTAssertEqual(strings.reason(.mentionsOrder("#1042")), "注文 #1042 に言及")
        XCTAssertEqual(strings.suggestionKeys, "y 統合  n 別人  l 後で")
    }
}
