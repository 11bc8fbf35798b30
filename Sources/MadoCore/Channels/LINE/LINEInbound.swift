import Foundation

/// LINE's webhooks (`mado webhook` at `/line`), its spool, `mado import line` and the open
/// inbox's idle work.
struct LINEInbound: ChannelInbound {
    var webhookPaths: [String] { ["line"] }
    var importArguments: String { "[SPOOL|FILE|-] [--watch]" }

    func respond(to request: CGIRequest, config: Config, environment: [String: String],
                 log: @escaping (String) -> Void) throws -> CGIResponse {
        try LINEWebhookEndpoint.configured(config: config, environment: environment, log: log).respond(to: request)
    }

    func spool(config: Config, environment: [String: String]) -> WebhookSpool {
        .line(config: config, environment: environment)
    }

    func runImport(_ request: ChannelImportRequest) throws -> Int32 {
        try LINEImportCommand.run(request.paths, store: request.store, json: request.json, watch: request.watch, config: request.config)
    }

    func inboxWork(store: Store, config: Config, templates: [Template]) throws -> any ChannelInboxWork {
        LINEInboxWork(spool: .line(config: config), storePath: store.path) { store in
            try LINEImporter.configured(store: store, config: config, templates: templates)
        }
    }
}
