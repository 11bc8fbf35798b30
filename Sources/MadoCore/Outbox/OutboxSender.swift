import Foundation

/// Delivers the outbox: each queued reply goes to its channel's command, and the store records
/// what happened. Used by `mado send` and by the open inbox.
///
/// Delivery has three steps so that nothing outside the store is ever repeated by a retry:
/// `claim` (a store write), `transmit` (the command; no store), `record` (a store write that waits
/// for a busy store as long as it takes, because the reply has already left).
public struct OutboxSender: Sendable {
    /// Each channel's way out, from its adapter (`ChannelAdapter.transport`).
    public var transports: [Channel: any ChannelTransport]
    /// How long a transport may take (`[email] send_timeout`, seconds).
    public var timeout: TimeInterval = 60

    public struct Report: Sendable, Equatable {
        public var sent: [Int64] = []
        public var failed: [(id: Int64, error: String)] = []
        /// Left in `sending` by a crash: not sent again until a person requeues them.
        public var interrupted: [Int64] = []

        public static func == (a: Report, b: Report) -> Bool {
            a.sent == b.sent && a.interrupted == b.interrupted && a.failed.map(\.id) == b.failed.map(\.id)
        }
    }

    /// What one transport attempt came to, before the store knows.
    public struct Delivery: Sendable, Equatable {
        public enum Outcome: Sendable, Equatable {
            case sent(externalID: String?)
            case failed(String)
        }
        public var item: OutboxItem
        public var outcome: Outcome
    }

    /// Every registered channel's transport as configured: the environment overrides the config file.
    public init(config: Config, environment: [String: String] = ProcessInfo.processInfo.environment) {
        transports = Dictionary(uniqueKeysWithValues: Channels.all.map { ($0.channel, $0.transport(config: config, environment: environment)) })
        if let seconds = config["email.send_timeout"].flatMap(DurationText.parse), seconds > 0 { timeout = seconds }
    }

    /// Email and Instagram through commands (tests, and `send_command` setups).
    public init(emailCommand: String, instagramCommand: String?, timeout: TimeInterval = 60) {
        self.init(config: Config(), environment: [:])
        transports[.email] = CommandChannelTransport(command: emailCommand, missing: "", readsMessageID: false)
        transports[.instagram] = CommandChannelTransport(
            command: instagramCommand, missing: "No Instagram send command: set [instagram] send_command in the config or MADO_INSTAGRAM_SEND.",
            readsMessageID: true)
        self.timeout = timeout
    }

    /// Everything queued (and, with `retryFailed`, failed), one after the other: `mado send`.
    public func deliver(_ store: Store, retryFailed: Bool = false) throws -> Report {
        var report = Report()
        report.interrupted = try store.interruptedSends().map(\.id)
        // One at a time: claim, send, record. A crash then leaves at most one item in doubt.
        let states: [OutboxItem.State] = retryFailed ? [.queued, .failed] : [.queued]
        for item in try store.outbox(states: states) where try store.claimForSending(item.id, allowFailed: retryFailed) {
            let delivery = transmit(item)
            try record(delivery, in: store)
            switch delivery.outcome {
            case .sent: report.sent.append(item.id)
            case .failed(let error): report.failed.append((item.id, error))
            }
        }
        return report
    }

    /// Marks every deliverable item `sending` for this process; items another process claimed
    /// first are left to it.
    public func claimAll(_ store: Store, retryFailed: Bool = false) throws -> [OutboxItem] {
        let states: [OutboxItem.State] = retryFailed ? [.queued, .failed] : [.queued]
        var claimed: [OutboxItem] = []
        for item in try store.outbox(states: states) where try store.claimForSending(item.id, allowFailed: retryFailed) {
            claimed.append(item)
        }
        return claimed
    }

    /// Hands one claimed item to its channel's transport. Touches no store: safe on any thread.
    public func transmit(_ item: OutboxItem) -> Delivery {
        guard let transport = transports[item.channel] else {
            return Delivery(item: item, outcome: .failed("No way to send on \(item.channel.displayName) is configured."))
        }
        return Delivery(item: item, outcome: transport.send(item, timeout: timeout))
    }

    /// Writes the outcome to the store. The reply may already be with the customer, so a busy
    /// store is waited for (up to `patience` seconds) rather than reported and forgotten.
    /// With `patience` 0 it makes one attempt that does not wait for the write lock.
    /// Returns the status change a "send & close" made when the reply left (the inbox can undo it).
    @discardableResult
    public func record(_ delivery: Delivery, in store: Store, patience: TimeInterval = 120) throws -> [TriageChange] {
        let deadline = Date().addingTimeInterval(patience)
        let wait = patience > 0
        while true {
            do {
                switch delivery.outcome {
                case .sent(let externalID): return try store.markSent(delivery.item.id, externalID: externalID, waitForLock: wait)
                case .failed(let error):
                    try store.markFailed(delivery.item.id, error: error, waitForLock: wait)
                    return []
                }
            } catch StoreError.busy(let what) {
                if Date() >= deadline { throw StoreError.busy(what) }
                usleep(200_000)
            }
        }
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
