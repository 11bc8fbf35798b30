import Foundation

/// A channel transport that pipes the payload to a configured command (sendmail, or a script that
/// calls a platform's send API) and reads the sent message's id from its output when asked.
public struct CommandChannelTransport: ChannelTransport {
    public var command: String?
    /// Said when no command is configured: which setting to add.
    public var missing: String
    public var readsMessageID: Bool

    public init(command: String?, missing: String, readsMessageID: Bool) {
        self.command = command
        self.missing = missing
        self.readsMessageID = readsMessageID
    }

    public func send(_ item: OutboxItem, timeout: TimeInterval) -> OutboxSender.Delivery.Outcome {
        guard let command else { return .failed(missing) }
        do {
            let result = try CommandTransport(command: command).send(item.payload, timeout: timeout)
            guard result.succeeded else {
                let said = result.standardError.trimmingCharacters(in: .whitespacesAndNewlines)
                return .failed("'\(command)' exited with \(result.status)" + (said.isEmpty ? "" : ": " + said))
            }
            return .sent(externalID: readsMessageID ? OutboxSender.messageID(in: result.standardOutput) : nil)
        } catch {
            return .failed("\(error)")
        }
    }
}
