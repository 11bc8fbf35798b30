import Foundation

/// What a channel that receives webhooks declares (the chat channels; email has none), so that
/// `mado webhook`, `mado import NAME` and the open inbox find it in the registry instead of
/// naming it: its webhook path and signature check, its spool, its importer, and the work the
/// open inbox does for it between keys.
public protocol ChannelInbound: Sendable {
    /// The `PATH_INFO` segments of `mado webhook` that name the channel ("line" for `/line`).
    var webhookPaths: [String] { get }
    /// Answers one CGI request for the channel: checks its signature and spools the body.
    func respond(to request: CGIRequest, config: Config, environment: [String: String],
                 log: @escaping (String) -> Void) throws -> CGIResponse
    /// The spool `mado webhook` writes the channel's payloads into.
    func spool(config: Config, environment: [String: String]) -> WebhookSpool
    /// What `mado import NAME` takes after the name, for the usage lines ("[SPOOL|FILE|-] [--watch]").
    var importArguments: String { get }
    /// `mado import NAME [SPOOL|FILE|-] [--watch]`: the exit status.
    func runImport(_ request: ChannelImportRequest) throws -> Int32
    /// The open inbox's idle work: the spool's payloads imported a few at a time, and what the
    /// channel fetches afterwards (profiles, pictures, content) away from the screen's thread.
    func inboxWork(store: Store, config: Config, templates: [Template]) throws -> any ChannelInboxWork
}

/// `mado import NAME …` as typed: the paths after the name and the options.
public struct ChannelImportRequest {
    public var paths: [String]
    public var store: Store
    public var config: Config
    public var json: Bool
    public var watch: Bool
    /// `--account`: which participant is the shop, where the channel's input needs it (Instagram exports).
    public var account: String?

    public init(paths: [String], store: Store, config: Config, json: Bool, watch: Bool, account: String?) {
        self.paths = paths
        self.store = store
        self.config = config
        self.json = json
        self.watch = watch
        self.account = account
    }
}

/// One channel's share of the open inbox's idle tick. Runs on the inbox's thread; the network
/// and anything slow happen elsewhere, and only their results are handed back here.
public protocol ChannelInboxWork: AnyObject {
    var channel: Channel { get }
    func idle(store: Store, now: Date) -> ChannelInboxTick
    /// True while work a tick started still runs away from the screen's thread (tests wait on it).
    var isBusy: Bool { get }
}

/// What one idle tick did: whether the store changed, and what to say on the status line.
public struct ChannelInboxTick: Equatable {
    public var changed = false
    public var imported = 0
    /// Payloads that could not be imported (moved to failed/ with their reason, or left for later).
    public var notImported: [String] = []
    /// Background work that could not be done (profiles without a working token, a busy store).
    public var problems: [String] = []

    public init() {}
}

/// A mistake in how a command was typed, said with the right usage (`mado` prints it and exits 2).
public struct UsageError: Error, CustomStringConvertible {
    public var description: String
    public init(description: String) { self.description = description }
}

extension Channels {
    /// The channels `mado webhook`, `mado import NAME` and the inbox's idle tick serve.
    public static var inbound: [(channel: Channel, inbound: any ChannelInbound)] {
        all.compactMap { adapter in adapter.inbound.map { (adapter.channel, $0) } }
    }

    /// The channel `mado webhook`'s `PATH_INFO` names; nil for a path no channel claims.
    public static func inbound(webhookPath path: String) -> (channel: Channel, inbound: any ChannelInbound)? {
        let segment = path.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        return inbound.first { $0.inbound.webhookPaths.contains(segment) }
    }

    /// The chat channels' part of `mado import`'s usage line ("instagram [SPOOL|PATH|-] … | line …").
    public static var importUsage: String {
        inbound.map { "\($0.channel.rawValue) \($0.inbound.importArguments)" }.joined(separator: " | ")
    }

    /// The chat channels' import commands, for a sentence ("mado import instagram, mado import line").
    public static var importCommands: String {
        inbound.map { "mado import \($0.channel.rawValue)" }.joined(separator: ", ")
    }

    /// The `PATH_INFO`s `mado webhook`'s usage line names ("/instagram or /line").
    public static var webhookPathsUsage: String {
        inbound.compactMap { $0.inbound.webhookPaths.last { !$0.isEmpty }.map { "/" + $0 } }.joined(separator: " or ")
    }

    /// The channel `mado import NAME` names.
    public static func inbound(named name: String) -> (channel: Channel, inbound: any ChannelInbound)? {
        inbound.first { $0.channel.rawValue == name }
    }
}
