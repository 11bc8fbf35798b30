import Foundation

/// Sends a queued Instagram reply straight to the Send API: `POST {api_base}/me/messages` with the
/// request body the reply builder made (`recipient`, `message.text`, and inside the 7-day window
/// `messaging_type: MESSAGE_TAG` with `tag: HUMAN_AGENT`).
///
/// Nothing is ever sent twice: a request is repeated only when the API answered that it did
/// nothing and that trying again is fine (a rate limit, an error it marks transient). A request
/// that left without a clear answer is reported as in doubt, never repeated.
public struct InstagramSendAPI: ChannelTransport {
    public var client: GraphAPIClient
    /// The waits before the second, third … attempt of a request the API says may be repeated.
    public var retryDelays: [TimeInterval] = [2, 10]
    public var sleep: @Sendable (TimeInterval) -> Void = { seconds in usleep(useconds_t(max(0, seconds) * 1_000_000)) }

    public init(client: GraphAPIClient) {
        self.client = client
    }

    /// The outbox's way in (`ChannelTransport`). The API's own timeout applies, not the command's.
    public func send(_ item: OutboxItem, timeout: TimeInterval) -> OutboxSender.Delivery.Outcome {
        send(item.payload)
    }

    public func send(_ payload: [UInt8]) -> OutboxSender.Delivery.Outcome {
        if let problem = InstagramSendAPI.check(payload) { return .failed(problem) }
        var attempt = 0
        while true {
            do {
                let answer = try client.post("me/messages", json: Data(payload))
                return .sent(externalID: answer["message_id"] as? String)
            } catch let error as GraphAPIError {
                if error.isSafeToRetry && attempt < retryDelays.count {
                    // A rate limit waits longer each time; the API gives no hint how long.
                    sleep(retryDelays[attempt])
                    attempt += 1
                    continue
                }
                let tries = attempt > 0 ? " (tried \(attempt + 1) times)" : ""
                return .failed(error.description + tries)
            } catch {
                return .failed("\(error)")
            }
        }
    }

    /// The body must be what the reply builder makes, with a text Instagram will take: refused
    /// here, before anything leaves, rather than by the API after the fact.
    static func check(_ payload: [UInt8]) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(payload)) as? [String: Any],
              let recipient = object["recipient"] as? [String: Any], let id = recipient["id"] as? String, !id.isEmpty,
              let message = object["message"] as? [String: Any] else {
            return "This queued Instagram reply is not a Send API request (no recipient or message); nothing was sent."
        }
        if let text = message["text"] as? String, InstagramText.byteCount(text) > InstagramText.maximumBytes {
            return "This Instagram reply has \(InstagramText.byteCount(text)) bytes; Instagram takes \(InstagramText.maximumBytes) per message. Nothing was sent: take it back with E and send it split (m)."
        }
        return nil
    }
}
