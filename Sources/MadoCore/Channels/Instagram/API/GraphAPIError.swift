import Foundation

/// What went wrong talking to Meta's Graph API, in words a shop owner can act on, with the API's
/// own code so a search or Meta's support can find it. Never carries the access token.
public enum GraphAPIError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The API answered with its error object: `{"error": {"message", "code", "error_subcode", "is_transient"}}`.
    case api(status: Int, code: Int, subcode: Int?, message: String, transient: Bool)
    /// No connection could be made: the request never left, nothing was sent.
    case notConnected(String)
    /// The request left but no usable answer came back (a timeout, a cut connection, a gateway
    /// page): it may or may not have been acted on.
    case noAnswer(String)
    /// An answer that is not the JSON the API gives.
    case unreadable(status: Int, detail: String)
    /// No token source configured (`[instagram] token_command`).
    case noToken

    /// Safe to try again: the API said nothing was done (a rate limit, or an error it marks transient).
    public var isSafeToRetry: Bool {
        guard case .api(_, let code, _, _, let transient) = self else { return false }
        return transient || GraphAPIError.rateLimitCodes.contains(code) || code == 1 || code == 2
    }

    public var isRateLimit: Bool {
        guard case .api(_, let code, _, _, _) = self else { return false }
        return GraphAPIError.rateLimitCodes.contains(code)
    }

    /// The token has expired or was revoked: every call fails until it is replaced.
    public var isTokenProblem: Bool {
        guard case .api(_, let code, _, _, _) = self else { return false }
        return code == 190 || code == 102
    }

    /// 4 application, 17 user, 32 page, 613 calls-per-time limits.
    static let rateLimitCodes: Set<Int> = [4, 17, 32, 613]

    public var description: String {
        switch self {
        case .api(let status, let code, let subcode, let message, _):
            let label = "API code \(code)" + (subcode.map { ", subcode \($0)" } ?? "") + ", HTTP \(status)"
            return "\(GraphAPIError.words(code: code, subcode: subcode, message: message)) (\(label))"
        case .notConnected(let detail):
            return "Could not reach Instagram's API: \(detail). Nothing was sent."
        case .noAnswer(let detail):
            return "Instagram's API did not answer (\(detail)); the message may or may not have left. Check the conversation in the Instagram app before sending again."
        case .unreadable(let status, let detail):
            return "Instagram's API gave an answer mado cannot read (HTTP \(status): \(detail)); the message may or may not have left."
        case .noToken:
            return "No Instagram access token: set [instagram] token_command (a command that prints it) in the config."
        }
    }

    /// The error in words; Meta's own message follows so nothing it said is lost.
    static func words(code: Int, subcode: Int?, message: String) -> String {
        let said = message.isEmpty ? "" : " Instagram said: \(message)"
        switch (code, subcode) {
        case (190, _), (102, _):
            return "Instagram refused the access token: it has expired or was revoked. Make a new one and let [instagram] token_command print it." + said
        case (10, 2018278), (10, 2534022), (_, 2018278), (_, 2534022):
            return "Instagram no longer allows a reply here: the customer's last message is older than the messaging window (24 hours, 7 days with the human agent tag). Nothing was sent." + said
        case (10, _), (200, _):
            return "Instagram did not allow this message: the app lacks the permission (instagram_manage_messages) or the window has closed. Nothing was sent." + said
        case (4, _), (17, _), (32, _), (613, _):
            return "Instagram's rate limit was reached: too many calls in a short time. Nothing was sent; try again in a few minutes." + said
        case (551, _):
            return "This person isn't available on Instagram right now (blocked the shop, or deactivated). Nothing was sent." + said
        case (100, 2018001):
            return "Instagram knows no such recipient for this account. Nothing was sent." + said
        case (1, _), (2, _):
            return "Instagram's API had a temporary problem. Nothing was sent." + said
        default:
            return "Instagram's API refused the request." + said
        }
    }

    /// The API's code, subcode and own words in an error this type described ("… Instagram said:
    /// … (API code 10, subcode 2018278, HTTP 400)"): the outbox keeps errors as text, and the
    /// screen words them again in the reader's language.
    public static func parts(of text: String) -> (code: Int, subcode: Int?, said: String?, label: String)? {
        guard let open = text.range(of: " (API code ", options: .backwards),
              let close = text[open.upperBound...].firstIndex(of: ")") else { return nil }
        let label = String(text[text.index(open.lowerBound, offsetBy: 2)..<close])
        let numbers = label.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let code = numbers.first.flatMap({ Int($0.dropFirst("API code ".count)) }) else { return nil }
        let subcode = numbers.first { $0.hasPrefix("subcode ") }.flatMap { Int($0.dropFirst("subcode ".count)) }
        let said = text[..<open.lowerBound].range(of: "Instagram said: ").map { String(text[$0.upperBound..<open.lowerBound]) }
        return (code, subcode, said, label)
    }

    /// The same error with the token taken out of whatever the server said.
    func redacting(_ secret: String) -> GraphAPIError {
        guard case .api(let status, let code, let subcode, let message, let transient) = self else { return self }
        return .api(status: status, code: code, subcode: subcode, message: GraphAPIClient.redact(message, secret), transient: transient)
    }

    /// Reads the API's error object out of a response body, if there is one.
    static func parse(status: Int, body: Data) -> GraphAPIError? {
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any],
              let error = object["error"] as? [String: Any] else { return nil }
        let code = (error["code"] as? NSNumber)?.intValue ?? 0
        let subcode = (error["error_subcode"] as? NSNumber)?.intValue
        let message = CustomerText.line((error["error_user_msg"] as? String) ?? (error["message"] as? String) ?? "")
        let transient = (error["is_transient"] as? Bool) ?? false
        return .api(status: status, code: code, subcode: subcode, message: String(message.prefix(300)), transient: transient)
    }
}
