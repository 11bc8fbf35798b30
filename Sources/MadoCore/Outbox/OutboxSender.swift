import Foundation

/// Delivers the outbox: each queued reply goes to its channel's command, and the store records
/// what happened. Used by `mado send` and by the open inbox.
public struct OutboxSender {
    public var emailCommand: String
    public var instagramCommand: String?

    public struct Report: Sendable, Equatable {
        public var sent: [Int64] = []
        public var failed: [(id: Int64, error: String)] = []
        /// Left in `sending` by a crash: not sent again until a person requeues them.
        public var interrupted: [Int64] = []

        public static func == (a: Report, b: Report) -> Bool {
            a.sent == b.sent && a.interrupted == b.interrupted && a.failed.map(\.id) == b.failed.map(\.id)
        }
    }

    /// The configured commands: the environment overrides the config file.
    public init(config: Config, environment: [String: String] = ProcessInfo.processInfo.environment) {
        emailCommand = environment["MADO_SENDMAIL"] ?? config["email.sendmail"] ?? "sendmail -t -i"
        instagramCommand = environment["MADO_INSTAGRAM_SEND"] ?? config["instagram.send_command"]
    }

    public init(emailCommand: String, instagramCommand: String?) {
        self.emailCommand = emailCommand
        self.instagramCommand = instagramCommand
    }

    public func deliver(_ store: Store, retryFailed: Bool = false) throws -> Report {
        var report = Report()
        report.interrupted = try store.outbox(states: [.sending]).map(\.id)
        let states: [OutboxItem.State] = retryFailed ? [.queued, .failed] : [.queued]
        for item in try store.outbox(states: states) {
            guard try store.claimForSending(item.id, allowFailed: retryFailed) else { continue }
            let command: String
            switch item.channel {
            case .email:
                command = emailCommand
            case .instagram:
                guard let instagramCommand else {
                    let error = "No Instagram send command: set [instagram] send_command in the config or MADO_INSTAGRAM_SEND."
                    try store.markFailed(item.id, error: error)
                    report.failed.append((item.id, error))
                    continue
                }
                command = instagramCommand
            }
            do {
                let result = try CommandTransport(command: command).send(item.payload)
                if result.succeeded {
                    try store.markSent(item.id, externalID: item.channel == .instagram ? OutboxSender.messageID(in: result.standardOutput) : nil)
                    report.sent.append(item.id)
                } else {
                    let error = "'\(command)' exited with \(result.status): " + result.standardError.trimmingCharacters(in: .whitespacesAndNewlines)
                    try store.markFailed(item.id, error: error)
                    report.failed.append((item.id, error))
                }
            } catch {
                let message = "'\(command)' could not be run: \(error)"
                try store.markFailed(item.id, error: message)
                report.failed.append((item.id, message))
            }
        }
        return report
    }

    /// The Send API answers `{"recipient_id": "…", "message_id": "…"}`; a bare id line is accepted too.
    static func messageID(in output: String) -> String? {
        if let data = output.data(using: .utf8),
           let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
           let id = object["message_id"] as? String {
            return id
        }
        let line = output.split(separator: "\n").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        return line.isEmpty || line.contains(" ") ? nil : line
    }
}
