import Foundation
import MadoCore
import XCTest
@testable import MadoUI

/// Pickers: moving, typing where typing means something, saying why an Enter did nothing.
final class PickerTests: XCTestCase {
    let tokyo = TimeZone(identifier: "Asia/Tokyo")!

    func testPickersMoveWithJKAndCtrlNPAsWellAsArrows() {
        var state = Fixtures.state()
        _ = Reducer.reduce(&state, .key(.char("!")))
        _ = Reducer.reduce(&state, .key(.char("j")))
        XCTAssertEqual(state.picker?.selected, 1)
        _ = Reducer.reduce(&state, .key(.ctrl("n")))
        XCTAssertEqual(state.picker?.selected, 2)
        _ = Reducer.reduce(&state, .key(.char("k")))
        _ = Reducer.reduce(&state, .key(.ctrl("p")))
        XCTAssertEqual(state.picker?.selected, 0)
        XCTAssertEqual(state.picker?.filter, "", "j and k move; they are not typed")
    }

    func testTypingALetterFiltersTagsOnly() {
        var state = Fixtures.state()
        _ = Reducer.reduce(&state, .pickerOptionsLoaded(.assign, [PickerItem(label: "Hanako Sato (hanako)", value: "hanako"),
                                                                  PickerItem(label: "Ken Tanaka (ken)", value: "ken")]))
        _ = Reducer.reduce(&state, .key(.char("z")))
        XCTAssertEqual(state.picker?.visibleItems.count, 2, "a letter does not hide agents")
        XCTAssertNotNil(state.flash, "and says what the keys are instead")
        // On the tag picker, j and k are letters of a tag name.
        _ = Reducer.reduce(&state, .key(.escape))
        _ = Reducer.reduce(&state, .pickerOptionsLoaded(.tag, ["jp", "kids"].map { PickerItem(label: "#" + $0, value: $0) }))
        _ = Reducer.reduce(&state, .key(.char("k")))
        XCTAssertEqual(state.picker?.filter, "k")
        XCTAssertEqual(state.picker?.visibleItems.map(\.value), ["kids", "k"], "the matching tag, and a new one named as typed")
    }

    func testAnEnterThatDoesNothingSaysWhy() {
        var state = Fixtures.state()
        _ = Reducer.reduce(&state, .pickerOptionsLoaded(.tag, []))
        XCTAssertEqual(Reducer.reduce(&state, .key(.enter)), [])
        XCTAssertNotNil(state.flash, "no tags yet: the status line says to type one")
        XCTAssertNotNil(state.picker, "the picker stays for typing")
        _ = Reducer.reduce(&state, .key(.escape))
        _ = Reducer.reduce(&state, .pickerOptionsLoaded(.assign, []))
        XCTAssertEqual(Reducer.reduce(&state, .key(.enter)), [])
        XCTAssertTrue(state.flash?.contains("agent add") ?? false, state.flash ?? "")
    }

    func testTheCurrentPriorityAndAssigneeAreMarked() {
        var state = Fixtures.state()   // conversation 1: normal priority, assigned to hanako
        _ = Reducer.reduce(&state, .key(.char("!")))
        XCTAssertEqual(state.picker?.items.filter(\.checked).map(\.value), ["0"])
        _ = Reducer.reduce(&state, .key(.escape))
        _ = Reducer.reduce(&state, .pickerOptionsLoaded(.assign, [PickerItem(label: "Hanako Sato (hanako)", value: "hanako"),
                                                                  PickerItem(label: "Ken Tanaka (ken)", value: "ken"), PickerItem(label: "—", value: "")]))
        XCTAssertEqual(state.picker?.items.filter(\.checked).map(\.value), ["hanako"])
        let text = Renderer.render(state, timeZone: tokyo).text
        XCTAssertTrue(text.contains("✓ Hanako Sato"), text)
    }

    func testTypingInTheSnoozePickerOffersTheParsedTimeFirst() {
        var state = Fixtures.state(width: 80, height: 24)
        state.strings = .japanese
        state.timeZone = tokyo
        _ = Reducer.reduce(&state, .key(.char("s")))
        for character in "明日 10時" { _ = Reducer.reduce(&state, .key(.char(character))) }
        let wake = SnoozeText.parse("明日 10時", now: Fixtures.now, timeZone: tokyo)!
        let text = Renderer.render(state, timeZone: tokyo).text
        XCTAssertTrue(text.contains(state.strings.wakeTime(wake, now: Fixtures.now, timeZone: tokyo)), text)
        XCTAssertEqual(Reducer.reduce(&state, .key(.enter)), [.apply(.snooze(until: wake), conversationIDs: [1])])
    }

    func testUnreadableSnoozeTextSaysSoOnEnter() {
        var state = Fixtures.state()
        _ = Reducer.reduce(&state, .key(.char("s")))
        for character in "someday" { _ = Reducer.reduce(&state, .key(.char(character))) }
        XCTAssertEqual(Reducer.reduce(&state, .key(.enter)), [], "never the first fixed choice instead")
        XCTAssertTrue(state.flash?.contains("someday") ?? false, state.flash ?? "")
        XCTAssertNotNil(state.picker)
    }

    func testSnoozeUsesTheShopsOpeningHours() {
        var state = Fixtures.state()
        state.hours = BusinessHours(spans: Dictionary(uniqueKeysWithValues: (1...7).map { ($0, [660...1080]) }), timeZone: tokyo)
        _ = Reducer.reduce(&state, .key(.char(":")))
        for character in "snooze tomorrow" { _ = Reducer.reduce(&state, .key(.char(character))) }
        let expected = SnoozeText.parse("tomorrow", now: Fixtures.now, timeZone: tokyo, hours: state.hours)!
        XCTAssertEqual(Calendar.tokyo.component(.hour, from: expected), 11)
        XCTAssertEqual(Reducer.reduce(&state, .key(.enter)), [.apply(.snooze(until: expected), conversationIDs: [1])])
    }

    func testASnoozedConversationShowsWhenItWakesInTheListAndTheThread() {
        var rows = Fixtures.mixed
        let wake = Fixtures.now.addingTimeInterval(26 * 3600)
        rows[0].snoozedUntil = wake
        var state = Fixtures.state(width: 120, height: 30, rows: rows)
        state.reader.detail = Fixtures.detail(for: rows[0], messages: [Fixtures.message(.incoming, "届きません")])
        let label = state.strings.wakeTime(wake, now: Fixtures.now, timeZone: tokyo)
        let text = Renderer.render(state, timeZone: tokyo).text
        let lines = text.split(separator: "\n")
        XCTAssertTrue(lines.contains { $0.contains("山田 太郎") && $0.contains(label) }, text)
        let thread = ThreadLines.lines(state.reader.detail!, width: 60, strings: state.strings, asciiOnly: false, timeZone: tokyo, now: Fixtures.now)
        XCTAssertTrue(thread.contains { $0.text.contains(label) }, "\(thread)")
    }

    func testTemplatePickerStartsOnTheFirstUsableAndGreysTheRest() {
        var state = Fixtures.state()
        state.composer = Composer(draft: ReplyDraft(conversationID: 1, channel: .email, to: "taro@example.jp", subject: "Re:", body: ""))
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("t"))), [.loadTemplateOptions(state.composer!.draft)])
        let items = [PickerItem(label: "damaged-item (ja)", value: "damaged-item|ja", matched: ["破損"]),
                     PickerItem(label: "thanks (ja)", value: "thanks|ja"),
                     PickerItem(label: "where-is-my-order (ja)", value: "where-is-my-order|ja", needs: ["order.number", "order.status"])]
        _ = Reducer.reduce(&state, .pickerOptionsLoaded(.template, items))
        let text = Renderer.render(state, timeZone: tokyo).text
        XCTAssertTrue(text.contains("破損"), "the words that matched are shown: \(text)")
        XCTAssertTrue(text.contains(state.strings.templateNeeds(["order.number", "order.status"])), text)
        _ = Reducer.reduce(&state, .key(.char("j")))
        _ = Reducer.reduce(&state, .key(.char("j")))
        XCTAssertEqual(Reducer.reduce(&state, .key(.enter)), [], "a template that cannot be filled is not inserted")
        XCTAssertEqual(state.flash, state.strings.templateNeeds(["order.number", "order.status"]))
        _ = Reducer.reduce(&state, .key(.ctrl("p")))
        _ = Reducer.reduce(&state, .key(.ctrl("p")))
        XCTAssertEqual(Reducer.reduce(&state, .key(.enter)), [.insertTemplate(state.composer!.draft, key: "damaged-item|ja")])
    }
}

extension Calendar {
    static var tokyo: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Tokyo")!
        return calendar
    }
}
