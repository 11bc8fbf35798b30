import Foundation

/// `mado webhook`'s decisions, apart from the CGI plumbing: Meta's verification GET, and a POST
/// whose signature is checked before anything is stored. Answers at once; importing is
/// `mado import instagram SPOOL`'s job.
public struct WebhookEndpoint {
    public var verifyToken: String?
    public var appSecret: [UInt8]?
    public var spool: WebhookSpool
    /// Where problems go (the web server's error log); never given a secret.
    public var log: (String) -> Void

    public init(verifyToken: String?, appSecret: [UInt8]?, spool: WebhookSpool, log: @escaping (String) -> Void = { _ in }) {
        self.verifyToken = verifyToken
        self.appSecret = appSecret
        self.spool = spool
        self.log = log
    }

    /// The endpoint for Instagram from the config: `[instagram] verify_token`, `app_secret` or
    /// `app_secret_command`, `spool`.
    public static func instagram(config: Config, environment: [String: String] = ProcessInfo.processInfo.environment,
                                 log: @escaping (String) -> Void) throws -> WebhookEndpoint {
        WebhookEndpoint(verifyToken: config["instagram.verify_token"].flatMap { $0.isEmpty ? nil : $0 },
                        appSecret: try WebhookSecrets.secret("app_secret", section: "instagram", config: config),
                        spool: WebhookSpool.instagram(config: config, environment: environment), log: log)
    }

    /// The channels `PATH_INFO` may name; "" is Instagram, the first.
    public static func channel(path: String) -> String? {
        switch path.trimmingCharacters(in: CharacterSet(charactersIn: "/")) {
        case "", "instagram": return "instagram"
        case "line": return "line"
        default: return nil
        }
    }

    public func respond(to request: CGIRequest) -> CGIResponse {
        switch request.method {
        case "GET", "HEAD": return verify(request)
        case "POST": return receive(request)
        default: return CGIResponse(status: 405, body: "GET or POST\n", headers: [("Allow", "GET, POST")])
        }
    }

    /// Meta's subscription check: `hub.mode=subscribe`, our verify token, and the challenge echoed.
    func verify(_ request: CGIRequest) -> CGIResponse {
        guard request.query["hub.mode"] == "subscribe", let given = request.query["hub.verify_token"],
              let challenge = request.query["hub.challenge"] else {
            return CGIResponse(status: 400, body: "expected hub.mode=subscribe, hub.verify_token and hub.challenge\n")
        }
        guard let verifyToken else {
            log("verification refused: [instagram] verify_token is not set")
            return CGIResponse(status: 403, body: "forbidden\n")
        }
        guard HMACSHA256.constantTimeEqual(Array(given.utf8), Array(verifyToken.utf8)) else {
            log("verification refused: wrong hub.verify_token")
            return CGIResponse(status: 403, body: "forbidden\n")
        }
        // The challenge is a number; anything else is not echoed back.
        guard !challenge.isEmpty, challenge.count <= 200, challenge.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }) else {
            return CGIResponse(status: 400, body: "bad hub.challenge\n")
        }
        return CGIResponse(status: 200, body: challenge)
    }

    func receive(_ request: CGIRequest) -> CGIResponse {
        guard let appSecret else {
            log("payload refused: neither [instagram] app_secret nor app_secret_command is set")
            return CGIResponse(status: 500, body: "not configured\n")
        }
        guard WebhookSignature.isValid(header: request.headers["HTTP_X_HUB_SIGNATURE_256"], body: request.body, secret: appSecret) else {
            log(request.headers["HTTP_X_HUB_SIGNATURE_256"] == nil ? "payload refused: no X-Hub-Signature-256" : "payload refused: X-Hub-Signature-256 does not match")
            return CGIResponse(status: 403, body: "forbidden\n")
        }
        do {
            try spool.deliver(request.body)
        } catch {
            log("payload not stored: \(error)")
            return CGIResponse(status: 500, body: "not stored\n")
        }
        return CGIResponse(status: 200, body: "ok\n")
    }
}
