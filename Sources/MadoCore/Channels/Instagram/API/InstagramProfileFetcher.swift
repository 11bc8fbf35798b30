import Foundation

/// Asks the Graph API who wrote, once per new Instagram-scoped id:
/// `GET {api_base}/{igsid}?fields=name,username`. Runs off the screen's thread (the network part
/// touches no store); without a token it is never made, and the number stays.
public struct InstagramProfileFetcher: Sendable {
    public var client: GraphAPIClient

    public init(client: GraphAPIClient) {
        self.client = client
    }

    public enum Outcome: Sendable, Equatable {
        case found(InstagramProfile)
        /// The API answered about this id and has nothing (not available, no such user).
        case unknown(String)
        /// The API could not be asked (token, network, rate limit): try again later, and stop this round.
        case unavailable(String)
    }

    public func fetch(_ scopedID: String) -> Outcome {
        // An id is digits; anything else must not become part of a URL path.
        guard !scopedID.isEmpty, scopedID.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .unknown(scopedID) }
        do {
            let answer = try client.get(scopedID, query: ["fields": "name,username"])
            return .found(InstagramProfile(scopedID: scopedID, name: answer["name"] as? String, username: answer["username"] as? String))
        } catch let error as GraphAPIError {
            if case .api(_, let code, _, _, _) = error, !error.isTokenProblem, !error.isSafeToRetry, code == 100 || code == 551 {
                return .unknown(error.description)
            }
            return .unavailable(error.description)
        } catch {
            return .unavailable("\(error)")
        }
    }

    /// Network first, store after: each outcome recorded as it comes. Returns how many customers
    /// got a name, and the first reason the round stopped early (nil when it did not).
    @discardableResult
    public func run(store: Store, limit: Int = 20) throws -> (named: Int, stoppedBecause: String?) {
        var named = 0
        for id in try store.instagramIDsWithoutProfile(limit: limit) {
            switch fetch(id) {
            case .found(let profile):
                try store.recordInstagramProfile(profile)
                named += 1
            case .unknown:
                try store.markInstagramProfileChecked(id)
            case .unavailable(let reason):
                return (named, reason)
            }
        }
        return (named, nil)
    }
}
