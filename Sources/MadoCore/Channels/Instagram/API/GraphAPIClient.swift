import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Calls Meta's Graph API over HTTPS with Foundation's URLSession: one request, one answer, on the
/// calling thread (callers run it off the screen's thread). The token travels only in the
/// `Authorization` header, never in a URL, so no log line or error message can carry it.
public struct GraphAPIClient: Sendable {
    /// Meta's Graph API host and version; `[instagram] api_base` points tests at a local server.
    public static let defaultBase = "https://graph.facebook.com/v21.0"

    public var base: String
    public var token: InstagramToken
    public var timeout: TimeInterval

    public init(base: String = GraphAPIClient.defaultBase, token: InstagramToken, timeout: TimeInterval = 30) {
        self.base = base.hasSuffix("/") ? String(base.dropLast()) : base
        self.token = token
        self.timeout = timeout
    }

    /// From `[instagram] api_base` and the token settings; nil when no token is configured.
    public init?(config: Config) {
        guard let token = InstagramToken(config: config) else { return nil }
        self.init(base: config["instagram.api_base"].flatMap { $0.isEmpty ? nil : $0 } ?? GraphAPIClient.defaultBase, token: token)
    }

    /// `GET {base}/{path}?query`: the answer's JSON object.
    public func get(_ path: String, query: [String: String] = [:]) throws -> [String: Any] {
        try send(method: "GET", url: try url(path, query: query), body: nil)
    }

    /// A `paging.next` link as the API gave it. Meta puts the token into these links: it is taken
    /// out (the header carries it) so it never appears in an error or a log.
    public func get(link: String) throws -> [String: Any] {
        guard var parts = URLComponents(string: link) else { throw GraphAPIError.unreadable(status: 200, detail: "a paging link that is not a URL") }
        parts.queryItems = parts.queryItems?.filter { $0.name != "access_token" }
        guard let url = parts.url else { throw GraphAPIError.unreadable(status: 200, detail: "a paging link that is not a URL") }
        return try send(method: "GET", url: url, body: nil)
    }

    /// `POST {base}/{path}` with a JSON body.
    public func post(_ path: String, json: Data) throws -> [String: Any] {
        try send(method: "POST", url: try url(path, query: [:]), body: json)
    }

    func url(_ path: String, query: [String: String]) throws -> URL {
        let trimmed = path.hasPrefix("/") ? String(path.dropFirst()) : path
        guard var parts = URLComponents(string: base + "/" + trimmed) else {
            throw GraphAPIError.notConnected("[instagram] api_base is not a URL: \(base)")
        }
        if !query.isEmpty { parts.queryItems = query.sorted { $0.key < $1.key }.map { URLQueryItem(name: $0.key, value: $0.value) } }
        guard let url = parts.url, url.scheme == "https" || url.scheme == "http" else {
            throw GraphAPIError.notConnected("[instagram] api_base must start with https:// (it is \(base))")
        }
        return url
    }

    func send(method: String, url: URL, body: Data?) throws -> [String: Any] {
        let secret = try token.value()
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.httpMethod = method
        request.setValue("Bearer " + secret, forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        if let body {
            request.httpBody = body
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        try NetworkLibrary.require()
        let answer = HTTPExchange.run(request, timeout: timeout)
        if let error = answer.error {
            throw GraphAPIClient.classify(error, redacting: secret)
        }
        guard let status = answer.status else { throw GraphAPIError.noAnswer("no HTTP answer") }
        let data = answer.data
        if !(200..<300).contains(status) {
            if let apiError = GraphAPIError.parse(status: status, body: data) {
                if apiError.isTokenProblem { token.forget() }
                throw apiError.redacting(secret)
            }
            throw GraphAPIError.unreadable(status: status, detail: GraphAPIClient.snippet(data, redacting: secret))
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw GraphAPIError.unreadable(status: status, detail: "not a JSON object: " + GraphAPIClient.snippet(data, redacting: secret))
        }
        if let apiError = GraphAPIError.parse(status: status, body: data) { throw apiError.redacting(secret) }
        return object
    }

    /// A connection that never opened sent nothing; anything after that is in doubt.
    static func classify(_ error: Error, redacting secret: String) -> GraphAPIError {
        let detail = redact((error as NSError).localizedDescription, secret)
        if let urlError = error as? URLError {
            switch urlError.code {
            case .cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet,
                 .badURL, .unsupportedURL, .secureConnectionFailed, .serverCertificateUntrusted,
                 .serverCertificateHasBadDate, .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot:
                return .notConnected(detail)
            default:
                return .noAnswer(detail)
            }
        }
        return .noAnswer(detail)
    }

    static func snippet(_ data: Data, redacting secret: String) -> String {
        redact(CustomerText.line(String(decoding: data.prefix(200), as: UTF8.self)), secret)
    }

    /// Belt and braces: whatever a server echoes back, the token is not repeated.
    static func redact(_ text: String, _ secret: String) -> String {
        secret.count < 4 ? text : text.replacingOccurrences(of: secret, with: "[token]")
    }
}

/// One HTTP request run to its end on the calling thread.
enum HTTPExchange {
    struct Answer {
        var status: Int?
        var headers: [String: String] = [:]
        var data = Data()
        var error: Error?
    }

    final class Box: @unchecked Sendable {
        var answer = Answer()
    }

    static func run(_ request: URLRequest, timeout: TimeInterval) -> Answer {
        do { try NetworkLibrary.require() } catch { return Answer(error: error) }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 2
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        let task = session.dataTask(with: request) { data, response, error in
            if let http = response as? HTTPURLResponse {
                box.answer.status = http.statusCode
                for (key, value) in http.allHeaderFields {
                    if let key = key as? String, let value = value as? String { box.answer.headers[key.lowercased()] = value }
                }
            }
            box.answer.data = data ?? Data()
            box.answer.error = error
            done.signal()
        }
        task.resume()
        done.wait()
        return box.answer
    }
}
