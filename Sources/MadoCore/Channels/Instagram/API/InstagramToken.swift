import Foundation

/// Where the Graph API access token comes from: `[instagram] token_command` (e.g.
/// `pass show shop/instagram`), run without a shell, its first line of output; or `[instagram]
/// token` in a config file nobody else can read. Read when first needed, kept only in memory,
/// never written anywhere or logged.
public final class InstagramToken: @unchecked Sendable {
    private let lock = NSLock()
    private var cached: String?
    private let fetch: @Sendable () throws -> String

    public init(fetch: @escaping @Sendable () throws -> String) {
        self.fetch = fetch
    }

    /// A fixed token (tests, the smoke script's environment).
    public convenience init(_ token: String) {
        self.init(fetch: { token })
    }

    /// Nil when the config names no token source: Instagram then works without the API.
    public convenience init?(config: Config) {
        let command = config["instagram.token_command"] ?? ""
        let inline = config["instagram.token"] ?? ""
        guard !command.isEmpty || !inline.isEmpty else { return nil }
        self.init(fetch: {
            guard let bytes = try WebhookSecrets.secret("token", section: "instagram", config: config) else { throw GraphAPIError.noToken }
            return String(decoding: bytes, as: UTF8.self)
        })
    }

    /// After Instagram refused the token: the next call asks the command again, so a token
    /// renewed in `pass` (or wherever the command reads it) works without restarting mado.
    public func forget() {
        lock.withLock { cached = nil }
    }

    /// The token, asking its command only the first time. A command that fails throws its
    /// `WebhookSecrets.Problem` (naming the setting, never the secret).
    public func value() throws -> String {
        try lock.withLock {
            if let cached { return cached }
            let token = try fetch()
            cached = token
            return token
        }
    }
}
