import Foundation
import MadoCore
import XCTest
@testable import MadoUI

/// Issue 13, "a day at the counter": reading, the customer pane, search, where you are, mutt keys,
/// and counts that stay true.
final class FlowTests: XCTestCase {
    let tokyo = TimeZone(identifier: "Asia/Tokyo")!

    func reading(_ index: Int, _ state: inout AppState) {
        state.list.selected = index
        state.list.selectedID = state.list.selectedConversation?.id
        state.reader.detail = Fixtures.detail(for: state.list.selectedConversation!, messages: [Fixtures.message(.incoming, "hello")])
        state.focus = .reader
    }

    // MARK: 1 — reading marks as read

    func testNextConversationFromTheReaderIsMarkedRead() {
        var state = Fixtures.state(width: 80, height: 24)
        reading(1, &state)
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("J"))), [.loadConversation(id: 3)])
        let effects = Reducer.reduce(&state, .conversationLoaded(Fixtures.detail(for: Fixtures.mixed[2], messages: [])))
        XCTAssertEqual(effects, [.markRead(conversationID: 3)])
        XCTAssertEqual(state.list.selectedConversation?.unread, false)
        XCTAssertEqual(state.reader.detail?.conversation.unread, false)
    }

    func testAConversationOpenedFromSearchResultsIsMarkedRead() {
        var state = Fixtures.state(width: 80, height: 24)
        _ = Reducer.reduce(&state, .key(.char("/")))
        for character in "story" { _ = Reducer.reduce(&state, .key(.char(character))) }
        _ = Reducer.reduce(&state, .key(.enter))
        _ = Reducer.reduce(&state, .listLoaded(ListPage(viewName: "/ story", total: 1, offset: 0, rows: [Fixtures.mixed[2]])))
        let effects = Reducer.reduce(&state, .key(.enter))
        XCTAssertTrue(effects.contains(.markRead(conversationID: 3)), "\(effects)")
    }

    func testSendingAReplyMarksTheConversationRead() {
        var state = Fixtures.state(width: 80, height: 24)
        state.list.selected = 2
        state.list.selectedID = 3
        let effects = Reducer.reduce(&state, .replyQueued(conversationID: 3, message: "Sending the reply…"))
        XCTAssertEqual(effects.first, .markRead(conversationID: 3))
        XCTAssertEqual(state.list.selectedConversation?.unread, false)
    }

    // MARK: 2 — the customer pane is a way in

    func customerState() -> AppState {
        var state = Fixtures.state(width: 80, height: 24)
        let older = Fixtures.conversation(7, name: "山田 太郎", subject: "前回の返品", status: .closed)
        let oldest = Fixtures.conversation(8, name: "山田 太郎", subject: "サイズ交換", status: .closed)
        var detail = Fixtures.detail(for: Fixtures.mixed[0], messages: [Fixtures.message(.incoming, "hello")])
        detail.customerConversations = [Fixtures.mixed[0], older, oldest]
        state.reader.detail = detail
        state.focus = .reader
        return state
    }

    func testHistoryMarkerMovesAndEnterOpensThatConversation() {
        var state = customerState()
        _ = Reducer.reduce(&state, .key(.tab))
        XCTAssertEqual(state.focus, .customer)
        _ = Reducer.reduce(&state, .key(.char("j")))
        _ = Reducer.reduce(&state, .key(.char("j")))
        let grid = Renderer.render(state, timeZone: tokyo)
        let marked = (0..<24).map(grid.line).first { $0.contains("▶") } ?? ""
        XCTAssertTrue(grid.text.contains("サイズ交換"), grid.text)
        XCTAssertEqual(Reducer.reduce(&state, .key(.enter)), [.loadConversation(id: 8)], marked)
        XCTAssertEqual(state.focus, .reader)
        var eight = Fixtures.detail(for: Fixtures.conversation(8, name: "山田 太郎", subject: "サイズ交換", status: .closed), messages: [])
        eight.customerConversations = state.reader.detail!.customerConversations
        _ = Reducer.reduce(&state, .conversationLoaded(eight))
        XCTAssertEqual(state.reader.detail?.conversation.id, 8, "the opened conversation is shown though it is not in the list")
        XCTAssertTrue(Renderer.render(state, timeZone: tokyo).line(1).contains("#8"))
    }

    func testEscapeFromAConversationOpenedInTheHistoryComesBack() {
        var state = customerState()
        _ = Reducer.reduce(&state, .key(.tab))
        _ = Reducer.reduce(&state, .key(.down))
        _ = Reducer.reduce(&state, .key(.enter))
        _ = Reducer.reduce(&state, .conversationLoaded(Fixtures.detail(for: Fixtures.conversation(7, name: "山田 太郎", subject: "前回の返品"), messages: [])))
        XCTAssertEqual(Reducer.reduce(&state, .key(.escape)), [.loadConversation(id: 1)])
        XCTAssertEqual(state.focus, .customer, "back in the history, where Enter was pressed")
        _ = Reducer.reduce(&state, .conversationLoaded(customerState().reader.detail!))
        XCTAssertEqual(state.reader.detail?.conversation.id, 1)
        _ = Reducer.reduce(&state, .key(.escape))
        XCTAssertEqual(state.focus, .reader, "Esc in the history goes back to the pane Tab came from")
    }

    // MARK: 5 — search is easy to leave and to redo

    func search(_ text: String, _ state: inout AppState) {
        _ = Reducer.reduce(&state, .key(.char("/")))
        for character in text { _ = Reducer.reduce(&state, .key(.char(character))) }
        _ = Reducer.reduce(&state, .key(.enter))
    }

    func testEscapeLeavesSearchResultsForTheViewYouCameFrom() {
        var state = Fixtures.state(width: 80, height: 24)
        _ = Reducer.reduce(&state, .key(.char("3")))
        XCTAssertEqual(state.currentView.name, "Unassigned")
        search("refund", &state)
        XCTAssertEqual(state.currentView.name, "/ refund")
        let effects = Reducer.reduce(&state, .key(.escape))
        XCTAssertEqual(state.currentView.name, "Unassigned")
        XCTAssertFalse(state.views.contains { $0.name == "/ refund" })
        XCTAssertFalse(effects.isEmpty, "the view is loaded again")
    }

    func testSlashStartsEmptyAndArrowsWalkThePreviousQueries() {
        var state = Fixtures.state(width: 80, height: 24)
        search("refund", &state)
        search("tag:return", &state)
        _ = Reducer.reduce(&state, .key(.char("/")))
        XCTAssertEqual(state.prompt?.text, "")
        _ = Reducer.reduce(&state, .key(.up))
        XCTAssertEqual(state.prompt?.text, "tag:return")
        _ = Reducer.reduce(&state, .key(.up))
        XCTAssertEqual(state.prompt?.text, "refund")
        _ = Reducer.reduce(&state, .key(.up))
        XCTAssertEqual(state.prompt?.text, "refund", "the oldest stays")
        _ = Reducer.reduce(&state, .key(.down))
        XCTAssertEqual(state.prompt?.text, "tag:return")
        _ = Reducer.reduce(&state, .key(.down))
        XCTAssertEqual(state.prompt?.text, "")
    }

    func testStatusLineShowsTheQueryAndTheCount() {
        var state = Fixtures.state(width: 80, height: 24)
        search("wrong colour", &state)
        _ = Reducer.reduce(&state, .listLoaded(ListPage(viewName: "/ wrong colour", total: 12, offset: 0, rows: [Fixtures.mixed[1]])))
        let status = Renderer.render(state, timeZone: tokyo).line(23)
        XCTAssertTrue(status.contains("/wrong colour") && status.contains("12"), status)
        XCTAssertTrue(status.contains("Esc"), "says how to leave: \(status)")
    }

    // MARK: 6 — 80×24 shows where you are

    func testHeaderShowsTheCurrentViewEvenPastTheFirstTabs() {
        var state = Fixtures.state(width: 80, height: 24)
        for view in state.views { state.viewCounts[view.name] = 12 }
        _ = Reducer.reduce(&state, .key(.char("9")))
        XCTAssertEqual(state.currentView.name, "Auto")
        XCTAssertTrue(Renderer.render(state, timeZone: tokyo).line(0).contains("[9 Auto 12]"), Renderer.render(state, timeZone: tokyo).line(0))
        state.views.append(InboxView(name: "VIP customers", filter: .search(try! SearchQuery("vip"))))
        state.viewCounts["VIP customers"] = 4
        state.viewIndex = state.views.count - 1
        let header = Renderer.render(state, timeZone: tokyo).line(0)
        XCTAssertTrue(header.contains("VIP customers 4"), header)
        XCTAssertTrue(header.contains("Hanako"), "the agent stays: \(header)")
    }

    func testALongStatusMessageIsShownWhole() {
        var state = Fixtures.state(width: 80, height: 24)
        let message = "Sending failed (the reply is kept in the outbox): sendmail exited with status 75: "
            + "temporary failure, the mail server at mail.example.jp did not answer in time (END)"
        _ = Reducer.reduce(&state, .flash(message))
        let text = Renderer.render(state, timeZone: tokyo).text
        XCTAssertTrue(text.contains("(END)"), text)
    }

    func testMessagesCommandListsTheRecentOnes() {
        var state = Fixtures.state(width: 80, height: 24)
        for number in 1...60 { _ = Reducer.reduce(&state, .flash("message number \(number)")) }
        _ = Reducer.reduce(&state, .key(.char(":")))
        for character in "messages" { _ = Reducer.reduce(&state, .key(.char(character))) }
        _ = Reducer.reduce(&state, .key(.enter))
        let text = Renderer.render(state, timeZone: tokyo).text
        XCTAssertTrue(text.contains("message number 60"), text)
        XCTAssertFalse(text.contains("message number 5\n"), text)
    }

    func testConfirmScreenKeyBarFitsEightyColumnsInBothLanguages() {
        for strings in [UIStrings.english, UIStrings.japanese] {
            var state = Fixtures.state(width: 80, height: 24)
            state.strings = strings
            state.composer = Composer(draft: ReplyDraft(conversationID: 1, channel: .email, to: "taro@example.jp", subject: "Re: x", body: "ok"))
            let bar = Renderer.render(state, timeZone: tokyo).line(22)
            XCTAssertTrue(bar.contains(strings.language == "ja" ? "d 破棄" : "d discard"), bar)
            XCTAssertTrue(bar.contains("q "), "q is on the bar: \(bar)")
        }
    }

    // MARK: 8 — a mutt/aerc user lands softly

    func testQInTheReaderGoesBackAndQuitsFromTheList() {
        var state = Fixtures.state(width: 80, height: 24)
        reading(0, &state)
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("q"))), [])
        XCTAssertEqual(state.focus, .list)
        XCTAssertFalse(state.quitting)
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("q"))), [.quit])
        var reader = Fixtures.state(width: 80, height: 24)
        reading(0, &reader)
        XCTAssertEqual(Reducer.reduce(&reader, .key(.char("Q"))), [.quit])
    }

    func testCtrlZSuspendsAndCtrlLRedraws() {
        var state = Fixtures.state(width: 80, height: 24)
        XCTAssertEqual(Reducer.reduce(&state, .key(.ctrl("z"))), [.suspend])
        XCTAssertEqual(Reducer.reduce(&state, .key(.ctrl("l"))), [.redraw])
        reading(0, &state)
        XCTAssertEqual(Reducer.reduce(&state, .key(.ctrl("l"))), [.redraw])
    }

    func draftState() -> (AppState, ReplyDraft) {
        var state = Fixtures.state(width: 80, height: 24)
        let draft = ReplyDraft(conversationID: 1, channel: .email, to: "taro@example.jp", subject: "Re: x", body: "ok")
        state.composer = Composer(draft: draft)
        return (state, draft)
    }

    func testYSendsFromTheConfirmScreen() {
        var (state, draft) = draftState()
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("y"))), [.sendReply(draft, then: .open)])
    }

    func testQOnTheConfirmScreenAsksWhetherToKeepTheDraft() {
        var (state, draft) = draftState()
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("q"))), [])
        XCTAssertTrue(Renderer.render(state, timeZone: tokyo).line(22).contains("Keep"), Renderer.render(state, timeZone: tokyo).line(22))
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("y"))).first, .postponeDraft(draft))
        XCTAssertNil(state.composer)

        (state, draft) = draftState()
        _ = Reducer.reduce(&state, .key(.char("q")))
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("n"))), [], "n asks once more before throwing it away")
        XCTAssertTrue(state.composer?.confirmingDiscard ?? false)
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("y"))).first, .discardDraft(draft))

        (state, draft) = draftState()
        _ = Reducer.reduce(&state, .key(.char("q")))
        XCTAssertEqual(Reducer.reduce(&state, .key(.escape)), [])
        XCTAssertEqual(state.composer, Composer(draft: draft), "Esc goes back to the confirm screen")
    }

    func testTheKeyListShowsTheNewKeysAtEightyByTwentyFourInBothLanguages() {
        for strings in [UIStrings.english, UIStrings.japanese] {
            var state = Fixtures.state(width: 80, height: 24)
            state.strings = strings
            _ = Reducer.reduce(&state, .key(.char("?")))
            // The help scrolls: read it page by page to its end.
            var text = Renderer.render(state, timeZone: tokyo).text
            for _ in 0..<10 {
                _ = Reducer.reduce(&state, .key(.pageDown))
                text += Renderer.render(state, timeZone: tokyo).text
            }
            XCTAssertTrue(text.contains("Ctrl-Z") && text.contains(":messages") && text.contains("Q"), text)
        }
    }

    // MARK: 11 — counts and lists stay true

    func testKeepingOrDiscardingADraftRecountsTheViews() {
        var (state, _) = draftState()
        XCTAssertTrue(Reducer.reduce(&state, .key(.char("l"))).contains { if case .loadCounts = $0 { return true } else { return false } })
        (state, _) = draftState()
        _ = Reducer.reduce(&state, .key(.char("d")))
        XCTAssertTrue(Reducer.reduce(&state, .key(.char("y"))).contains { if case .loadCounts = $0 { return true } else { return false } })
        (state, _) = draftState()
        XCTAssertTrue(Reducer.reduce(&state, .draftReady(ReplyDraft(conversationID: 1, channel: .email, to: "t", subject: "s", body: ""), window: nil))
            .contains { if case .loadCounts = $0 { return true } else { return false } }, "a new draft counts in Drafts at once")
    }

    func testANewTagReloadsTheViewsForV() {
        var state = Fixtures.state(width: 80, height: 24)
        let effects = Reducer.reduce(&state, .applied([TriageChange(conversationID: 1, action: .addTag("vip"), undo: .removeTag("vip"))], .addTag("vip")))
        XCTAssertTrue(effects.contains(.loadViews), "\(effects)")
    }

    func testAConversationRemovedElsewhereKeepsTheCursorAndSaysSo() {
        var state = Fixtures.state(width: 80, height: 24)
        state.list.selected = 1
        state.list.selectedID = 2
        _ = Reducer.reduce(&state, .storeChangedElsewhere)
        var rows = Fixtures.mixed
        rows.remove(at: 1)
        _ = Reducer.reduce(&state, .listLoaded(ListPage(viewName: "Inbox", total: 3, offset: 0, rows: rows)))
        XCTAssertEqual(state.list.selected, 1, "same position")
        XCTAssertTrue(state.flash?.contains("Emma Wilson") ?? false, state.flash ?? "no message")
    }
}
