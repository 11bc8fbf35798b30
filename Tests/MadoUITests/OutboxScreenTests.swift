import Foundation
import MadoCore
import XCTest
@testable import MadoUI

/// The confirm screen shows what leaves; a reply that did not leave is visible and can be retried or edited.
final class OutboxScreenTests: XCTestCase {
    let instagramDraft = ReplyDraft(conversationID: 3, channel: .instagram, to: "17841450407102141", subject: "", body: "はい、ご用意できます！")

    func instagramPreview(_ text: String, split: [String] = []) -> ReplyPreview {
        ReplyPreview(from: "@flourist.kyoto", to: "@yui.hygge (Yui Tanaka)", subject: nil,
                     whole: .init(text: text, bytes: InstagramText.byteCount(text)), limit: InstagramText.maximumBytes,
                     split: split.map { .init(text: $0, bytes: InstagramText.byteCount($0)) })
    }

    func testConfirmScreenShowsFromToAndTheTextWithItsSignatureAndBytes() {
        var state = Fixtures.state()
        let sent = "はい、ご用意できます！\n— Hanako"
        _ = Reducer.reduce(&state, .draftReady(instagramDraft, window: "reply within 3h 12m"))
        XCTAssertEqual(Reducer.reduce(&state, .key(.enter)), [.previewReply(instagramDraft)])
        _ = Reducer.reduce(&state, .draftEdited(instagramDraft, preview: instagramPreview(sent)))
        let text = Renderer.render(state).text
        XCTAssertTrue(text.contains("From: @flourist.kyoto"), text)
        XCTAssertTrue(text.contains("To: @yui.hygge (Yui Tanaka)"), text)
        XCTAssertFalse(text.contains("17841450407102141"), "no scoped id when the username is known")
        XCTAssertTrue(text.contains("— Hanako"), "the signature that is sent is shown")
        XCTAssertTrue(text.contains("\(sent.utf8.count)/1000 bytes"), text)
    }

    func testEmailConfirmScreenShowsTheFromTheMailCarries() {
        var state = Fixtures.state()
        let draft = ReplyDraft(conversationID: 1, channel: .email, to: "taro@example.jp", subject: "Re: x", body: "本日発送しました。\n-- \nHanako")
        let preview = ReplyPreview(from: "Hanako Sato (Flourist) <hanako@flourist.example.jp>", replyTo: "Flourist <support@flourist.example.jp>",
                                   to: "山田 太郎 <taro@example.jp>", subject: "Re: x", whole: .init(text: draft.body))
        _ = Reducer.reduce(&state, .draftEdited(draft, preview: preview))
        let text = Renderer.render(state).text
        XCTAssertTrue(text.contains("From: Hanako Sato (Flourist) <hanako@flourist.example.jp>"), text)
        XCTAssertTrue(text.contains("Reply-To: Flourist <support@flourist.example.jp>"), text)
        XCTAssertTrue(text.contains("To: 山田 太郎 <taro@example.jp>"), text)
    }

    func testASplitShowsEveryPartBeforeMSendsThemAll() {
        var state = Fixtures.state(width: 120, height: 40)
        let parts = [String(repeating: "あ", count: 300), String(repeating: "い", count: 50) + "\n— Hanako"]
        var draft = instagramDraft
        draft.body = String(repeating: "あ", count: 300) + String(repeating: "い", count: 50)
        _ = Reducer.reduce(&state, .draftEdited(draft, preview: instagramPreview(parts.joined(), split: parts)))
        let text = Renderer.render(state).text
        XCTAssertTrue(text.contains("Part 1/2 — 900/1000 bytes"), text)
        XCTAssertTrue(text.contains("Part 2/2 — \(parts[1].utf8.count)/1000 bytes"), text)
        XCTAssertTrue(text.contains("m send as 2 messages"), text)
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("s"))), [], "one message over the limit cannot go")
        XCTAssertTrue(state.flash?.contains("m sends it as 2") ?? false)
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("m"))), [.sendReply(draft, then: .open, split: true)])
    }

    func testMSendsNothingWhenNoSplitIsShown() {
        var state = Fixtures.state()
        _ = Reducer.reduce(&state, .draftEdited(instagramDraft, preview: nil))
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("m"))), [])
        XCTAssertNotNil(state.composer)
    }

    func testTypedInstagramReplyAsksForAFreshPreview() {
        var state = Fixtures.state()
        var draft = instagramDraft
        draft.body = ""
        _ = Reducer.reduce(&state, .draftReady(draft, window: nil, preview: instagramPreview("\n— Hanako")))
        for character in "はい" { _ = Reducer.reduce(&state, .key(.char(character))) }
        draft.body = "はい"
        XCTAssertEqual(Reducer.reduce(&state, .key(.enter)), [.previewReply(draft)])
        XCTAssertNil(state.composer?.preview, "the old preview no longer says what leaves")
    }

    func reply(_ outbox: OutboxStatus?) -> Message {
        var message = Fixtures.message(.outgoing, "本日発送しました。", from: "Hanako", minutesAgo: 1)
        message.outbox = outbox
        return message
    }

    func reading(_ messages: [Message], asciiOnly: Bool = false, agent: Agent? = Agent(id: 1, login: "hanako", name: "Hanako")) -> AppState {
        var state = Fixtures.state(width: 120, height: 30)
        state.asciiOnly = asciiOnly
        state.agent = agent
        state.reader.detail = Fixtures.detail(for: Fixtures.mixed[0], messages: [Fixtures.message(.incoming, "いつ届きますか？")] + messages)
        state.focus = .reader
        return state
    }

    func testFailedReplyIsMarkedInTheThreadWithTheWholeError() {
        let error = "'/usr/sbin/sendmail -t -i' exited with 1: sendmail: fatal: relay access denied for <taro@example.jp> by mail.flourist.example.jp"
        var state = reading([reply(OutboxStatus(id: 7, state: .failed, error: error))])
        var text = Renderer.render(state).text
        XCTAssertTrue(text.contains("⚠ not sent: '/usr/sbin/sendmail"), text)
        XCTAssertTrue(text.contains("mail.flourist.example.jp"), "the whole error, wrapped, not cut at the width")
        state.asciiOnly = true
        text = Renderer.render(state).text
        XCTAssertTrue(text.contains("! not sent: "), text)
    }

    func testQueuedAndSendingRepliesAreMarkedAndASentOneIsNot() {
        XCTAssertTrue(Renderer.render(reading([reply(OutboxStatus(id: 7, state: .sending))])).text.contains("… sending"))
        XCTAssertTrue(Renderer.render(reading([reply(OutboxStatus(id: 7, state: .queued))])).text.contains("… queued"))
        XCTAssertTrue(Renderer.render(reading([reply(OutboxStatus(id: 7, state: .queued))], asciiOnly: true)).text.contains("... queued"))
        let sent = Renderer.render(reading([reply(OutboxStatus(id: 7, state: .sent))])).text
        XCTAssertFalse(sent.contains("queued") || sent.contains("sending") || sent.contains("not sent"), sent)
    }

    func testRAndERetryOrEditTheFailedReply() {
        var state = reading([reply(OutboxStatus(id: 7, state: .failed, error: "exit 1"))])
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("R"))), [.retryReply(outboxID: 7)])
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("E"))), [.editFailedReply(outboxID: 7)])
        state = reading([reply(OutboxStatus(id: 7, state: .sent))])
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("R"))), [])
        XCTAssertTrue(state.flash?.contains("No failed reply") ?? false)
        state = reading([reply(OutboxStatus(id: 7, state: .failed))], agent: nil)
        XCTAssertEqual(Reducer.reduce(&state, .key(.char("E"))), [], "editing needs an agent")
    }

    func testKeyListNamesRetryAndEditInBothLanguages() {
        var state = Fixtures.state(width: 120, height: 30)
        state.showHelp = true
        XCTAssertTrue(Renderer.render(state).text.contains("failed reply: send again; edit it"))
        state.strings = .japanese
        XCTAssertTrue(Renderer.render(state).text.contains("送信失敗の返信：再送信・編集"))
    }

    func testOutboxViewIsBuiltIn() {
        XCTAssertTrue(InboxView.builtIn(agentLogin: nil).contains { $0.name == "Outbox" && $0.filter.unsentRepliesOnly })
        XCTAssertEqual(UIStrings.japanese.viewName("Outbox"), "送信待ち")
    }
}
