import Foundation

/// Sends queued LINE replies with the Messaging API: the reply token while it is fresh, else a
/// push with a retry key. The token is read from `[line] token_command` at each send, never kept.
struct LINETransport: ChannelTransport {
    var config: Config
    var clock: @Sendable () -> Date = { Date() }

    func send(_ item: OutboxItem, timeout: TimeInterval) -> OutboxSender.Delivery.Outcome {
        do {
            guard var api = try LINEAPI.configured(config) else {
                return .failed("No LINE channel access token: set [line] token_command (a command printing it) in the config.")
            }
            api.timeout = timeout
            let outgoing = try LINEOutgoing.decode(item.payload)
            if outgoing.replyToken != nil, let before = outgoing.replyBefore, clock() < before {
                do {
                    return .sent(externalID: try api.send(path: "/v2/bot/message/reply", body: try outgoing.replyBody(), retryKey: nil,
                                                          action: "send the reply"))
                } catch let refusal as LINEAPI.Refusal where refusal.status == 400 && refusal.message.lowercased().contains("reply token") {
                    // Used or expired after all: the same words go as a push.
                }
            }
            return .sent(externalID: try api.send(path: "/v2/bot/message/push", body: try outgoing.pushBody(), retryKey: outgoing.retryKey,
                                                  action: "send the push message"))
        } catch {
            return .failed("\(error)")
        }
    }
}
