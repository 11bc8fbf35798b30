import Foundation

/// Instagram's webhooks (`mado webhook` at `/instagram`, or no path: it came first), its spool,
/// `mado import instagram` and the open inbox's idle work.
struct InstagramInbound: ChannelInbound {
    var webhookPaths: [String] { ["", "instagram"] }
    var importArguments: String { "[SPOOL|PATH|-] [--watch] [--account NAME_OR_ID]" }

    func respond(to request: CGIRequest, config: Config, environment: [String: String],
                 log: @escaping (String) -> Void) throws -> CGIResponse {
        try WebhookEndpoint.instagram(config: config, environment: environment, log: log).respond(to: request)
    }

    func spool(config: Config, environment: [String: String]) -> WebhookSpool {
        .instagram(config: config, environment: environment)
    }

    func runImport(_ request: ChannelImportRequest) throws -> Int32 {
        let config = request.config
        return try InstagramImportCommand.run(request.paths, store: request.store,
                                              account: request.account ?? config["instagram.account"] ?? config["shop.instagram"],
                                              json: request.json, watch: request.watch, config: config)
    }

    func inboxWork(store: Store, config: Config, templates: [Template]) throws -> any ChannelInboxWork {
        try InstagramInboxWork.configured(store: store, config: config, templates: templates)
    }
}
