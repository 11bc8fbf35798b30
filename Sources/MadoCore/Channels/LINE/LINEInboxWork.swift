import Foundation

/// LINE in the open inbox, without `mado import line --watch` beside it: on the idle tick (no key
/// waiting) it starts importing what `mado webhook` spooled, a few payloads at a time, on a thread
/// of its own with its own connection to the store. LINE's import asks LINE first (the profile
/// of a new customer, the content of a picture or file), so the screen's thread never waits on
/// the network; the next tick says what arrived.
public final class LINEInboxWork: ChannelInboxWork, @unchecked Sendable {
    public var channel: Channel { .line }
    let spool: WebhookSpool
    let storePath: String
    /// Builds the importer on the worker's own connection (the API, the acknowledgement).
    let makeImporter: @Sendable (Store) throws -> LINEImporter
    /// Payloads imported per round: a burst of webhooks is brought in a little at a time.
    public var payloadsPerTick = 20

    private let lock = NSLock()
    private var running = false
    private var finished: [ChannelInboxTick] = []
    /// Used by the worker thread only, one round at a time.
    private var importer: LINEImporter?
    private var toldFailures = Set<String>()
    /// The last reason the worker could not start (a bad setting): said once, not on every tick.
    private var toldSetup: String?

    public init(spool: WebhookSpool, storePath: String, makeImporter: @escaping @Sendable (Store) throws -> LINEImporter) {
        self.spool = spool
        self.storePath = storePath
        self.makeImporter = makeImporter
    }

    /// True while a round runs on the worker thread (tests wait on it; the next tick says what it brought).
    public var isBusy: Bool { lock.withLock { running } }

    /// Runs on the inbox's thread between keys: says what the last round brought, starts the next.
    public func idle(store: Store, now: Date = Date()) -> ChannelInboxTick {
        var tick = ChannelInboxTick()
        for round in lock.withLock({ () -> [ChannelInboxTick] in defer { finished.removeAll() }; return finished }) {
            tick.changed = tick.changed || round.changed
            tick.imported += round.imported
            tick.notImported += round.notImported
            tick.problems += round.problems
        }
        let idle = lock.withLock { !running }
        guard idle, WebhookSpool.isSpool(spool.root), !spool.waiting().isEmpty else { return tick }
        lock.withLock { running = true }
        Thread.detachNewThread { [self] in
            let round = importRound()
            lock.withLock {
                finished.append(round)
                running = false
            }
        }
        return tick
    }

    /// One round on the worker thread: what `mado import line SPOOL` does, for the oldest few.
    private func importRound() -> ChannelInboxTick {
        var round = ChannelInboxTick()
        do {
            if importer == nil { importer = try makeImporter(try Store(path: storePath, create: false)) }
            var report = LINEImporter.Report()
            let failures = LINEWebhookFolder.importSpool(spool, importer: importer!, report: &report, limit: payloadsPerTick)
            round.imported = report.imported.count
            round.changed = !report.imported.isEmpty || report.updated > 0
            // A payload set aside is said once; one left for the next round (the store was busy) quietly.
            for failure in failures where failure.movedTo != nil || !toldFailures.contains(failure.file) {
                if failure.movedTo == nil { toldFailures.insert(failure.file) }
                round.notImported.append(failure.reason)
            }
            round.notImported += report.refused
            round.problems += report.problems
        } catch {
            let reason = "\(error)"
            if reason != toldSetup { round.problems.append(reason) }
            toldSetup = reason
        }
        return round
    }
}
