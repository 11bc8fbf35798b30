import Foundation

/// Instagram in the open inbox, without `mado import --watch` running beside it: on the idle tick
/// (no key waiting) it imports what `mado webhook` spooled, a few payloads at a time; then, off
/// the screen's thread, it downloads new pictures and asks who new customers are. The network
/// never touches the store: its answers wait here until the inbox's own thread records them.
public final class InstagramInboxWork: ChannelInboxWork, @unchecked Sendable {
    public var channel: Channel { .instagram }
    let spool: WebhookSpool
    let importer: InstagramImporter
    let followUp: InstagramFollowUp
    /// Payloads imported per idle tick: a burst of webhooks never stalls the keys for long.
    public var payloadsPerTick = 20
    /// How often the store is asked whether pictures or profiles are waiting.
    public var backgroundInterval: TimeInterval = 5
    /// After the API could not be asked (token, network), how long before asking again.
    public var profilePause: TimeInterval = 300

    private let lock = NSLock()
    private var running = false
    private var findings: [Finding] = []
    private var lastRound = Date.distantPast
    private var profilesPausedUntil = Date.distantPast
    private var toldFailures = Set<String>()

    enum Finding {
        case picture(PendingPicture, MediaDownloader.Outcome)
        case profile(String, InstagramProfileFetcher.Outcome)
    }

    public init(spool: WebhookSpool, importer: InstagramImporter, followUp: InstagramFollowUp) {
        self.spool = spool
        self.importer = importer
        self.followUp = followUp
    }

    /// From the config: the spool `mado webhook` writes, the shop's account, the acknowledgement,
    /// and the token (profiles are asked for only with one).
    public static func configured(store: Store, config: Config, templates: [Template]) throws -> InstagramInboxWork {
        let importer = InstagramImporter(store: store, account: config["instagram.account"])
        importer.acknowledger = try Acknowledger.configured(store: store, config: config, templates: templates)
        return InstagramInboxWork(spool: WebhookSpool.instagram(config: config), importer: importer, followUp: InstagramFollowUp(config: config))
    }

    public typealias Tick = ChannelInboxTick

    /// Runs on the inbox's thread between keys.
    public func idle(store: Store, now: Date = Date()) -> Tick {
        var tick = Tick()
        importSpool(into: &tick)
        recordFindings(store: store, into: &tick)
        startRound(store: store, now: now, soon: tick.imported > 0)
        return tick
    }

    /// True while pictures or profiles are being fetched (tests wait on it; the next tick records them).
    public var isBusy: Bool { lock.withLock { running } }

    private func importSpool(into tick: inout Tick) {
        guard WebhookSpool.isSpool(spool.root), !spool.waiting().isEmpty else { return }
        var report = InstagramImporter.Report()
        let failures = WebhookFolder.importSpool(spool, importer: importer, report: &report, limit: payloadsPerTick)
        tick.imported = report.imported.count
        tick.changed = tick.changed || !report.imported.isEmpty || report.updated > 0
        // A payload set aside is said once; one left for the next tick (the store was busy) quietly.
        for failure in failures where failure.movedTo != nil || !toldFailures.contains(failure.file) {
            if failure.movedTo == nil { toldFailures.insert(failure.file) }
            tick.notImported.append(failure.reason)
        }
        tick.notImported += report.refused
    }

    private func recordFindings(store: Store, into tick: inout Tick) {
        let ready = lock.withLock { () -> [Finding] in
            defer { findings.removeAll() }
            return findings
        }
        for (index, finding) in ready.enumerated() {
            do {
                switch finding {
                case .picture(let picture, let outcome):
                    try InstagramPictureFetcher.record(outcome, for: picture, in: store)
                case .profile(_, .found(let profile)):
                    try store.recordInstagramProfile(profile)
                case .profile(let id, .unknown):
                    try store.markInstagramProfileChecked(id)
                case .profile(_, .unavailable(let reason)):
                    tick.problems.append(reason)
                }
                tick.changed = true
            } catch StoreError.busy {
                // Kept for the next tick: the answer is not lost because another mado was writing.
                lock.withLock { findings.insert(contentsOf: ready[index...], at: 0) }
                return
            } catch {
                tick.problems.append("\(error)")
            }
        }
    }

    private func startRound(store: Store, now: Date, soon: Bool) {
        let due = lock.withLock { !running && findings.isEmpty && (soon || now.timeIntervalSince(lastRound) >= backgroundInterval) }
        guard due else { return }
        lastRound = now
        // Without libcurl no picture is tried, so none is marked as failed for good.
        let pictures = (try? NetworkLibrary.require()) == nil ? [] : ((try? store.instagramPicturesToFetch(limit: 10)) ?? [])
        let paused = lock.withLock { now < profilesPausedUntil }
        let profiles = followUp.profiles != nil && !paused ? ((try? store.instagramIDsWithoutProfile(limit: 10)) ?? []) : []
        guard !pictures.isEmpty || !profiles.isEmpty else { return }
        lock.withLock { running = true }
        let followUp = self.followUp
        Thread.detachNewThread { [self] in
            for picture in pictures {
                let outcome = followUp.pictures.downloader.download(picture.url)
                lock.withLock { findings.append(.picture(picture, outcome)) }
            }
            if let fetcher = followUp.profiles {
                for id in profiles {
                    let outcome = fetcher.fetch(id)
                    lock.withLock { findings.append(.profile(id, outcome)) }
                    if case .unavailable = outcome {
                        lock.withLock { profilesPausedUntil = Date().addingTimeInterval(profilePause) }
                        break
                    }
                }
            }
            lock.withLock { running = false }
        }
    }
}
