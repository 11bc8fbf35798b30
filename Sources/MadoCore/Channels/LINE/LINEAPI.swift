import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// LINE's Messaging API as the inbox uses it: who a user is, a message's content, sending, and
/// the month's push quota. `[line] api_base` and `data_api_base` point tests at a local fake;
/// the channel access token comes from `[line] token_command` (run without a shell) and is
/// never logged or stored.
public struct LINEAPI: Sendable {
    public static let defaultBase = "https://api.line.me"
    public static let defaultDataBase = "https://api-data.line.me"

    public var base: String
    public var dataBase: String
    public var token: String
    public var timeout: TimeInterval = 20

    public init(base: String = defaultBase, dataBase: String = defaultDataBase, token: String, timeout: TimeInterval = 20) {
        self.base = base.hasSuffix("/") ? String(base.dropLast()) : base
        self.dataBase = dataBase.hasSuffix("/") ? String(dataBase.dropLast()) : dataBase
        self.token = token
        self.timeout = timeout
    }

    /// From the config; nil when no token is configured (then nothing asks LINE).
    public static func configured(_ config: Config) throws -> LINEAPI? {
        guard let token = try WebhookSecrets.secret("token", section: "line", config: config) else { return nil }
        return LINEAPI(base: config["line.api_base"] ?? defaultBase, dataBase: config["line.data_api_base"] ?? defaultDataBase,
                       token: String(decoding: token, as: UTF8.self))
    }

    /// What LINE said when it refused, in words, with its status and message.
    public struct Refusal: Error, CustomStringConvertible, Equatable {
        public var status: Int
        public var message: String
        public var details: [String]
        public var action: String

        public var description: String {
            let said = ([message] + details).filter { !$0.isEmpty }.joined(separator: "; ")
            return "LINE refused to \(action) (\(status)\(said.isEmpty ? "" : ": " + said))" + (Self.advice(status, message).map { ". " + $0 } ?? "")
        }

        /// What a person can do about it.
        public static func advice(_ status: Int, _ message: String) -> String? {
            switch status {
            case 401: return "The channel access token is wrong or expired: issue a new one in the LINE Developers console and check [line] token_command"
            case 403: return "This channel is not allowed to do that (check the plan of the LINE Official Account)"
            case 404: return "LINE does not know this user or message (they may have blocked the account)"
            case 409: return nil
            case 429 where message.lowercased().contains("monthly"): return "The month's message quota is used up: replies within a minute of the customer's message still go, or raise the plan in LINE Official Account Manager"
            case 429: return "Too many requests: try again in a minute (mado send --retry)"
            case 500...599: return "LINE had a problem on its side: try again later (mado send --retry)"
            default: return nil
            }
        }

        static func from(_ response: LINEHTTP.Response, action: String) -> Refusal {
            let object = (try? JSONSerialization.jsonObject(with: response.body)) as? [String: Any]
            let message = object?["message"] as? String ?? String(decoding: response.body.prefix(200), as: UTF8.self)
            let details = (object?["details"] as? [[String: Any]] ?? []).map {
                [($0["property"] as? String), ($0["message"] as? String)].compactMap { $0 }.joined(separator: ": ")
            }
            return Refusal(status: response.status, message: CustomerText.line(message), details: details.map(CustomerText.line), action: action)
        }
    }

    func request(_ url: String, method: String = "GET", body: Data? = nil, headers: [String: String] = [:]) throws -> URLRequest {
        guard let target = URL(string: url) else { throw LINEHTTP.Failure(description: "not a URL: \(url)") }
        var request = URLRequest(url: target)
        request.httpMethod = method
        request.setValue("Bearer " + token, forHTTPHeaderField: "Authorization")
        if let body {
            request.httpBody = body
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        return request
    }

    func exchange(_ request: URLRequest, action: String) throws -> LINEHTTP.Response {
        let response: LINEHTTP.Response
        do {
            response = try LINEHTTP(timeout: timeout).send(request)
        } catch let error as NetworkLibraryError {
            throw error
        } catch {
            throw LINEHTTP.Failure(description: "LINE could not be reached to \(action): \(error)")
        }
        guard (200..<300).contains(response.status) else { throw Refusal.from(response, action: action) }
        return response
    }

    func json(_ response: LINEHTTP.Response, action: String) throws -> [String: Any] {
        guard let object = (try? JSONSerialization.jsonObject(with: response.body)) as? [String: Any] else {
            throw LINEHTTP.Failure(description: "LINE answered \(action) with something that is not JSON")
        }
        return object
    }

    // MARK: - Who wrote

    public struct Profile: Sendable, Equatable {
        public var displayName: String
        public var language: String?
    }

    /// `GET /v2/bot/profile/{userId}`: the name the customer shows on LINE and their app's language.
    public func profile(userID: String) throws -> Profile {
        let action = "give the profile of \(userID)"
        let object = try json(try exchange(try request(base + "/v2/bot/profile/" + Self.pathSegment(userID)), action: action), action: action)
        guard let name = object["displayName"] as? String else { throw LINEHTTP.Failure(description: "LINE's profile of \(userID) has no displayName") }
        return Profile(displayName: CustomerText.line(name), language: (object["language"] as? String).map(CustomerText.line))
    }

    // MARK: - Content

    public struct Content: Sendable, Equatable {
        public var bytes: [UInt8]
        public var contentType: String
    }

    public struct TooLarge: Error, CustomStringConvertible {
        public var size: Int
        public var limit: Int
        public var description: String { "the content is \(size) bytes, over the \(limit)-byte limit ([line] max_attachment_bytes)" }
    }

    /// `GET {data_api_base}/v2/bot/message/{messageId}/content`, refused above `limit` bytes.
    public func content(messageID: String, limit: Int) throws -> Content {
        let response = try exchange(try request(dataBase + "/v2/bot/message/" + Self.pathSegment(messageID) + "/content"),
                                    action: "give the content of message \(messageID)")
        guard response.body.count <= limit else { throw TooLarge(size: response.body.count, limit: limit) }
        return Content(bytes: Array(response.body), contentType: response.contentType ?? "application/octet-stream")
    }

    // MARK: - Sending

    /// `POST /v2/bot/message/reply` or `push`; returns the first sent message's id. A push carries
    /// `X-Line-Retry-Key`: LINE accepts one key once, so sending again after a lost answer cannot
    /// deliver twice (a 409 says it was already accepted).
    public func send(path: String, body: Data, retryKey: String?, action: String) throws -> String? {
        var headers: [String: String] = [:]
        if let retryKey { headers["X-Line-Retry-Key"] = retryKey }
        let response: LINEHTTP.Response
        do {
            response = try exchange(try request(base + path, method: "POST", body: body, headers: headers), action: action)
        } catch let refusal as Refusal where refusal.status == 409 && retryKey != nil {
            return nil
        }
        let object = try? json(response, action: action)
        return ((object?["sentMessages"] as? [[String: Any]])?.first?["id"] as? String)
    }

    // MARK: - Quota

    public struct Quota: Sendable, Equatable {
        /// nil: no monthly limit.
        public var limit: Int?
        public var used: Int
        public var remaining: Int? { limit.map { max(0, $0 - used) } }
    }

    /// `GET /v2/bot/message/quota` and `/v2/bot/message/quota/consumption`.
    public func quota() throws -> Quota {
        let limitAction = "give the message quota", usedAction = "give the quota used this month"
        let limit = try json(try exchange(try request(base + "/v2/bot/message/quota"), action: limitAction), action: limitAction)
        let used = try json(try exchange(try request(base + "/v2/bot/message/quota/consumption"), action: usedAction), action: usedAction)
        guard let total = (used["totalUsage"] as? NSNumber)?.intValue else { throw LINEHTTP.Failure(description: "LINE's quota consumption has no totalUsage") }
        return Quota(limit: limit["type"] as? String == "limited" ? (limit["value"] as? NSNumber)?.intValue : nil, used: total)
    }

    /// Ids are letters and digits; anything else is percent-encoded so it cannot change the path.
    static func pathSegment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }
}
