import Foundation

/// What the outbox holds for a LINE reply: everything both ways of sending need, because which
/// one is used is decided when it leaves (a reply token is good for a minute).
struct LINEOutgoing: Codable, Equatable {
    var to: String
    var replyToken: String?
    /// Unix seconds after which the reply token is no longer tried.
    var replyBefore: Date?
    /// Sent as X-Line-Retry-Key with a push, so a retry after a lost answer cannot deliver twice.
    var retryKey: String
    var texts: [String]

    func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .secondsSince1970
        return Array(try encoder.encode(self))
    }

    static func decode(_ payload: [UInt8]) throws -> LINEOutgoing {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return try decoder.decode(LINEOutgoing.self, from: Data(payload))
    }

    /// The message objects of the request body.
    var messages: [[String: String]] { texts.map { ["type": "text", "text": $0] } }

    func replyBody() throws -> Data {
        try JSONSerialization.data(withJSONObject: ["replyToken": replyToken ?? "", "messages": messages], options: [.sortedKeys, .withoutEscapingSlashes])
    }

    func pushBody() throws -> Data {
        try JSONSerialization.data(withJSONObject: ["to": to, "messages": messages], options: [.sortedKeys, .withoutEscapingSlashes])
    }
}
