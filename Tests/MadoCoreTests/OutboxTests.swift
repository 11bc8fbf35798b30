import Foundation
import XCTest
@testable import MadoCore

final class OutboxTests: XCTestCase {
    var store: Store!
    var conversation: Int64 = 0
    var folder = ""

    override func setUpWithError() throws {
        store = try TestStore.make()
        folder = TestStore.folder()
        conversation = try TestStore.conversation(store, name: "Emma", email: "emma@example.com", subject: "Order", minutesAgo: 30)
    }

    func reply(_ id: String) -> NewMessage {
        NewMessage(channel: .email, direction: .outgoing, externalID: id, fromName: "Hanako", fromAddress: "shop@example.jp",
                   toAddress: "emma@example.com", subject: "Re: Order", text: "On its way", sentAt: TestStore.now)
    }

    /// A fake sendmail: records exactly what it was given, and its arguments.
    func fakeSendmail(exit status: Int = 0, stderr: String = "") throws -> String {
        let script = folder + "/fake-sendmail"
        try """
            #!/bin/sh
            n=$(ls \(folder)/sent.* 2>/dev/null | wc -l)
            cat > \(folder)/sent.$n
            printf '%s\\n' "$@" > \(folder)/args.$n
            printf '\(stderr)' >&2
            exit \(status)
            """.write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        return script + " -t -i"
    }

    func testQueuedReplyIsStoredBeforeSendingAndDeliveredByteForByte() throws {
        let payload = Array("To: emma@example.com\nSubject: Re: Order\n\nOn its way\n".utf8)
        let id = try store.queue(reply("<r1@shop>"), payload: payload, to: conversation)
        XCTAssertEqual(try store.outboxItem(id: id)?.state, .queued)
        XCTAssertNotNil(try store.conversation(id: conversation)?.waitingSince, "a queued reply has not answered yet")
        let report = try OutboxSender(emailCommand: try fakeSendmail(), instagramCommand: nil).deliver(store)
        XCTAssertEqual(report.sent, [id])
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: folder + "/sent.0")), Data(payload))
        XCTAssertEqual(try String(contentsOfFile: folder + "/args.0", encoding: .utf8), "-t\n-i\n", "no recipient on the command line")
        XCTAssertEqual(try store.outboxItem(id: id)?.state, .sent)
        XCTAssertNil(try store.conversation(id: conversation)?.waitingSince, "the reply that left answers the customer")
        XCTAssertEqual(try OutboxSender(emailCommand: try fakeSendmail(), instagramCommand: nil).deliver(store).sent, [], "sent once only")
    }

    func testFailedSendKeepsStderrAndStaysForRetry() throws {
        let id = try store.queue(reply("<r2@shop>"), payload: Array("x".utf8), to: conversation)
        let report = try OutboxSender(emailCommand: try fakeSendmail(exit: 75, stderr: "relay refused"), instagramCommand: nil).deliver(store)
        XCTAssertEqual(report.failed.map(\.id), [id])
        let item = try XCTUnwrap(store.outboxItem(id: id))
        XCTAssertEqual(item.state, .failed)
        XCTAssertTrue(item.lastError?.contains("relay refused") ?? false, item.lastError ?? "")
        XCTAssertEqual(try OutboxSender(emailCommand: try fakeSendmail(), instagramCommand: nil).deliver(store).sent, [], "not without --retry")
        XCTAssertEqual(try OutboxSender(emailCommand: try fakeSendmail(), instagramCommand: nil).deliver(store, retryFailed: true).sent, [id])
    }

    func testSendInterruptedByACrashIsReportedAndNeverSentTwiceSilently() throws {
        let id = try store.queue(reply("<r3@shop>"), payload: Array("x".utf8), to: conversation)
        XCTAssertTrue(try store.claimForSending(id, allowFailed: false))   // ... and then mado died
        let report = try OutboxSender(emailCommand: try fakeSendmail(), instagramCommand: nil).deliver(store, retryFailed: true)
        XCTAssertEqual(report.interrupted, [id])
        XCTAssertEqual(report.sent, [])
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/sent.0"))
        try store.requeue(id)
        XCTAssertEqual(try OutboxSender(emailCommand: try fakeSendmail(), instagramCommand: nil).deliver(store).sent, [id])
    }

    func testInstagramReplyRecordsTheMessageIDTheCommandPrints() throws {
        let dm = try store.addConversation(customerID: 1, channel: .instagram, subject: "", at: TestStore.now)
        let message = NewMessage(channel: .instagram, direction: .outgoing, externalID: "local-1", text: "ありがとうございます", sentAt: TestStore.now)
        let id = try store.queue(message, payload: Array("{}".utf8), to: dm)
        let command = "cat > /dev/null; echo '{\"recipient_id\":\"1784\",\"message_id\":\"m_ABC\"}'"
        XCTAssertEqual(try OutboxSender(emailCommand: "false", instagramCommand: command).deliver(store).sent, [id])
        XCTAssertEqual(try store.messages(inConversation: dm).last?.externalID, "m_ABC")
    }

    func testEnvironmentOverridesConfiguredSendmail() throws {
        let config = try Config.parse("[email]\nsendmail = msmtp -t\n", file: "c")
        func command(_ sender: OutboxSender) -> String? { (sender.transports[.email] as? CommandChannelTransport)?.command }
        XCTAssertEqual(command(OutboxSender(config: config, environment: [:])), "msmtp -t")
        XCTAssertEqual(command(OutboxSender(config: config, environment: ["MADO_SENDMAIL": "/usr/sbin/sendmail -t -i"])), "/usr/sbin/sendmail -t -i")
        XCTAssertEqual(command(OutboxSender(config: Config(), environment: [:])), "sendmail -t -i")
    }
}
