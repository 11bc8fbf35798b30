import Foundation

/// `mado webhook` at `/line`: a POST whose `x-line-signature` matches the channel secret is
/// written to the LINE spool and answered 200 at once (LINE's console "Verify" sends such a POST
/// with no events); anything else is refused and nothing is stored. Importing is
/// `mado import line SPOOL`'s job.
public struct LINEWebhookEndpoint {
    public var channelSecret: [UInt8]?
    public var spool: WebhookSpool
    /// Where problems go (the web server's error log); never given a secret.
    public var log: (String) -> Void

    public init(channelSecret: [UInt8]?, spool: WebhookSpool, log: @escaping (String) -> Void = { _ in }) {
        self.channelSecret = channelSecret
        self.spool = spool
        self.log = log
    }

    /// From the config: `[line] channel_secret` or `channel_secret_command`, and the spool.
    public static func configured(config: Config, environment: [String: String] = ProcessInfo.processInfo.environment,
                                  log: @escaping (String) -> Void) throws -> LINEWebhookEndpoint {
        LINEWebhookEndpoint(channelSecret: try WebhookSecrets.secret("channel_secret", section: "line", config: config),
                            spool: WebhookSpool.line(config: config, environment: environment), log: log)
    }

    public func respond(to request: CGIRequest) -> CGIResponse {
        guard request.method == "POST" else {
            return CGIResponse(status: 405, body: "POST\n", headers: [("Allow", "POST")])
        }
        guard let channelSecret else {
            log("LINE payload refused: neither [line] channel_secret nor channel_secret_command is set")
            return CGIResponse(status: 500, body: "not configured\n")
        }
        let header = request.headers["HTTP_X_LINE_SIGNATURE"]
        guard LINESignature.isValid(header: header, body: request.body, secret: channelSecret) else {
            log(header == nil ? "LINE payload refused: no x-line-signature" : "LINE payload refused: x-line-signature does not match")
            return CGIResponse(status: 403, body: "forbidden\n")
        }
        do {
            try spool.deliver(request.body)
        } catch {
            log("LINE payload not stored: \(error)")
            return CGIResponse(status: 500, body: "not stored\n")
        }
        return CGIResponse(status: 200, body: "ok\n")
    }
}

extension WebhookSpool {
    /// `[line] spool`, else `[webhook] spool`/line, else `$XDG_DATA_HOME/mado/spool/line`.
    public static func line(config: Config, environment: [String: String] = ProcessInfo.processInfo.environment) -> WebhookSpool {
        if let path = config["line.spool"], !path.isEmpty { return WebhookSpool(root: URL(fileURLWithPath: expand(path, environment))) }
        if let path = config["webhook.spool"], !path.isEmpty {
            return WebhookSpool(root: URL(fileURLWithPath: expand(path, environment)).appendingPathComponent("line"))
        }
        return WebhookSpool(root: URL(fileURLWithPath: Store.dataDirectory(environment: environment) + "/spool/line"))
    }
}
