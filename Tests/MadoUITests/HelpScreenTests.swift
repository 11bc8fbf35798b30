import Foundation
import MadoCore
import XCTest
@testable import MadoUI

/// `?` and `:help`: every key of the screen underneath and every `:` command, scrolled at any size.
final class HelpScreenTests: XCTestCase {
    /// Everything the help shows, collected by paging through it with PgDn.
    func pagedText(_ state: AppState) -> String {
        var state = state
        var text = Renderer.render(state).text
        for _ in 0..<40 {
            _ = Reducer.reduce(&state, .key(.pageDown))
            XCTAssertTrue(state.showHelp, "PgDn scrolls the help, it does not close it")
            text += "\n" + Renderer.render(state).text
        }
        return text
    }

    func testHelpScrollsToTheLastCommandAtFortyByTen() {
        var state = Fixtures.state(width: 40, height: 10)
        _ = Reducer.reduce(&state, .key(.char("?")))
        let first = Renderer.render(state).text
        XCTAssertFalse(first.contains(":quit"), "the end does not fit at 40×10\n\(first)")
        let all = pagedText(state)
        XCTAssertTrue(all.contains(":quit"), all)
        for y in 0..<10 { XCTAssertEqual(CellWidth.of(Renderer.render(state).line(y)), 40) }
        _ = Reducer.reduce(&state, .key(.char("j")))
        XCTAssertTrue(state.showHelp)
        _ = Reducer.reduce(&state, .key(.escape))
        XCTAssertFalse(state.showHelp)
    }

    func testHelpListsEveryCommandWithItsArguments() {
        for strings in [UIStrings.english, UIStrings.japanese] {
            var state = Fixtures.state(width: 80, height: 24)
            state.strings = strings
            _ = Reducer.reduce(&state, .key(.char("?")))
            let all = pagedText(state)
            for command in [":close", ":assign [LOGIN|me|none]", ":tag NAME", ":priority urgent|high|normal|low",
                            ":snooze [WHEN]", ":select all|none", ":view NAME|N", ":agent add LOGIN NAME", ":help [TOPIC]"] {
                XCTAssertTrue(all.contains(command), "\(strings.language): \(command) missing")
            }
            for command in CommandSpec.all { XCTAssertTrue(all.contains(command.usage), "\(command.usage) missing") }
        }
    }

    func testQuestionMarkOnTheConfirmScreenListsItsKeys() {
        var state = Fixtures.state(width: 80, height: 24)
        state.composer = Composer(draft: ReplyDraft(conversationID: 1, channel: .email, to: "taro@example.jp", subject: "Re: x", body: "はい"))
        _ = Reducer.reduce(&state, .key(.char("?")))
        XCTAssertTrue(state.showHelp)
        let text = Renderer.render(state).text
        XCTAssertTrue(text.contains("send and close") && text.contains("discard the draft"), text)
        _ = Reducer.reduce(&state, .key(.escape))
        XCTAssertNotNil(state.composer, "closing the help leaves the confirm screen as it was")
    }

    func testQuestionMarkInAPickerListsThePickerKeys() {
        var state = Fixtures.state(width: 80, height: 24)
        state.picker = Picker(kind: .priority, title: "Priority", items: [PickerItem(label: "High", value: "1")])
        _ = Reducer.reduce(&state, .key(.char("?")))
        XCTAssertTrue(state.showHelp)
        XCTAssertTrue(Renderer.render(state).text.contains("choose (a checked tag is removed)"))
    }

    func testF1InTheInstagramBoxListsTheLineKeys() {
        var state = Fixtures.state(width: 80, height: 24)
        state.prompt = Prompt(kind: .instagramReply, text: "?")
        _ = Reducer.reduce(&state, .key(.char("?")))
        XCTAssertEqual(state.prompt?.text, "??", "? is text in the box")
        _ = Reducer.reduce(&state, .key(.function(1)))
        XCTAssertTrue(state.showHelp)
        XCTAssertTrue(Renderer.render(state).text.contains("Ctrl-W"))
    }

    func testReaderHelpStartsWithTheReadersKeys() {
        var state = Fixtures.state(width: 80, height: 24)
        state.focus = .reader
        _ = Reducer.reduce(&state, .key(.char("?")))
        XCTAssertTrue(Renderer.render(state).text.contains("next, previous conversation"))
    }

    func testColonHelpOpensTheHelpAtATopic() {
        var state = Fixtures.state(width: 80, height: 24)
        for character in ":help search" { _ = Reducer.reduce(&state, .key(.char(character))) }
        _ = Reducer.reduce(&state, .key(.enter))
        XCTAssertTrue(state.showHelp)
        XCTAssertTrue(Renderer.render(state).text.contains("is:unread"))
        state.showHelp = false
        for character in ":help nope" { _ = Reducer.reduce(&state, .key(.char(character))) }
        _ = Reducer.reduce(&state, .key(.enter))
        XCTAssertFalse(state.showHelp)
        XCTAssertTrue(state.flash?.contains("nope") ?? false)
    }

    func type(_ text: String, _ state: inout AppState) {
        for character in text { _ = Reducer.reduce(&state, .key(.char(character))) }
    }

    func testTabCompletesCommandNamesThenTheirArguments() {
        var state = Fixtures.state(width: 80, height: 24)
        type(":pri", &state)
        _ = Reducer.reduce(&state, .key(.tab))
        XCTAssertEqual(state.prompt?.text, "priority ")
        type("u", &state)
        _ = Reducer.reduce(&state, .key(.tab))
        XCTAssertEqual(state.prompt?.text, "priority urgent ")
        _ = Reducer.reduce(&state, .key(.escape))

        type(":tag sh", &state)
        _ = Reducer.reduce(&state, .key(.tab))
        XCTAssertEqual(state.prompt?.text, "tag shipping ", "tags already loaded complete")
        _ = Reducer.reduce(&state, .key(.escape))

        type(":assign m", &state)
        _ = Reducer.reduce(&state, .key(.tab))
        XCTAssertEqual(state.prompt?.text, "assign m", "me and mia: nothing in common to add")
        XCTAssertEqual(state.completions, ["me", "mia"])
        XCTAssertTrue(Renderer.render(state).line(22).contains("me  mia"), "candidates are shown above the line")
        _ = Reducer.reduce(&state, .key(.tab))
        XCTAssertEqual(state.prompt?.text, "assign me")
        _ = Reducer.reduce(&state, .key(.tab))
        XCTAssertEqual(state.prompt?.text, "assign mia")
        _ = Reducer.reduce(&state, .key(.escape))

        type(":view pen", &state)
        _ = Reducer.reduce(&state, .key(.tab))
        XCTAssertEqual(state.prompt?.text, "view Pending ")
        _ = Reducer.reduce(&state, .key(.escape))

        type(":s", &state)
        _ = Reducer.reduce(&state, .key(.tab))
        XCTAssertEqual(state.completions, ["snooze", "select", "search", "save"])
    }

    func testEveryListedCommandIsOneTheCommandLineRuns() {
        for command in CommandSpec.all {
            var state = Fixtures.state()
            _ = CommandPrompt.run(command.name, &state)
            XCTAssertFalse(state.flash?.contains("Unknown command") ?? false, command.name)
        }
    }
}
