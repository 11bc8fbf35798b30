import Foundation

/// Reads LINE's webhook JSON. Each event is read on its own: a bad one is reported with its
/// position and the rest still import.
public enum LINEWebhookParser {
    /// The readable events and an error for each unreadable one; throws when the payload itself
    /// is not a LINE webhook body.
    public static func parseEach(_ data: Data, source: String) throws -> (events: [LINEEvent], errors: [LINEImportError]) {
        guard let object = try? JSONSerialization.jsonObject(with: data), let body = object as? [String: Any] else {
            throw LINEImportError(source: source, reason: "not a JSON object")
        }
        guard let events = body["events"] as? [Any] else {
            throw LINEImportError(source: source, reason: "no \"events\" list: not a LINE webhook payload")
        }
        var parsed: [LINEEvent] = []
        var errors: [LINEImportError] = []
        for (index, item) in events.enumerated() {
            let place = "\(source) event \(index + 1)"
            do {
                guard let event = item as? [String: Any] else { throw LINEImportError(source: place, reason: "not an object") }
                parsed.append(try parse(event, source: place))
            } catch let error as LINEImportError {
                errors.append(error)
            }
        }
        return (parsed, errors)
    }

    static func parse(_ event: [String: Any], source: String) throws -> LINEEvent {
        func fail(_ reason: String) -> LINEImportError { LINEImportError(source: source, reason: reason) }
        guard let type = event["type"] as? String else { throw fail("no \"type\"") }
        guard let id = event["webhookEventId"] as? String, !id.isEmpty else { throw fail("no \"webhookEventId\"") }
        guard let milliseconds = (event["timestamp"] as? NSNumber)?.int64Value, milliseconds > 0, milliseconds < 32_503_680_000_000 else {
            throw fail("no usable \"timestamp\"")
        }
        let source = event["source"] as? [String: Any]
        guard let userID = source?["userId"] as? String, !userID.isEmpty else {
            throw fail("no \"source.userId\" (a group member who has not agreed to share it cannot be answered)")
        }
        let redelivery = ((event["deliveryContext"] as? [String: Any])?["isRedelivery"] as? Bool) ?? false
        let raw = Array((try? JSONSerialization.data(withJSONObject: event, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data())
        let kind: LINEEvent.Kind
        switch type {
        case "message":
            guard let message = event["message"] as? [String: Any] else { throw fail("a message event without \"message\"") }
            kind = .message(try parseMessage(message, fail: fail))
        case "follow":
            kind = .follow(unblocked: ((event["follow"] as? [String: Any])?["isUnblocked"] as? Bool) ?? false)
        case "unfollow":
            kind = .unfollow
        case "postback":
            guard let postback = event["postback"] as? [String: Any], let data = postback["data"] as? String else {
                throw fail("a postback event without \"postback.data\"")
            }
            let params = postback["params"] as? [String: Any]
            let picked = ["datetime", "date", "time"].lazy.compactMap { params?[$0] as? String }.first
            kind = .postback(data: data, picked: picked)
        case "unsend":
            guard let messageID = (event["unsend"] as? [String: Any])?["messageId"] as? String else { throw fail("an unsend event without \"unsend.messageId\"") }
            kind = .unsend(messageID: messageID)
        default:
            kind = .ignored(type)
        }
        return LINEEvent(id: id, isRedelivery: redelivery, timestamp: Date(timeIntervalSince1970: Double(milliseconds) / 1000),
                         userID: userID, replyToken: event["replyToken"] as? String, kind: kind, raw: raw)
    }

    static func parseMessage(_ message: [String: Any], fail: (String) -> LINEImportError) throws -> LINEMessage {
        guard let id = message["id"] as? String, !id.isEmpty else { throw fail("a message without \"id\"") }
        guard let type = message["type"] as? String else { throw fail("a message without \"type\"") }
        var parsed = LINEMessage(id: id, type: type)
        parsed.text = message["text"] as? String
        switch type {
        case "text":
            guard parsed.text != nil else { throw fail("a text message without \"text\"") }
        case "sticker":
            parsed.stickerID = message["stickerId"] as? String
            parsed.packageID = message["packageId"] as? String
            parsed.keywords = (message["keywords"] as? [Any])?.compactMap { $0 as? String } ?? []
        case "location":
            parsed.title = message["title"] as? String
            parsed.address = message["address"] as? String
            parsed.latitude = (message["latitude"] as? NSNumber)?.doubleValue
            parsed.longitude = (message["longitude"] as? NSNumber)?.doubleValue
        case "file":
            parsed.fileName = message["fileName"] as? String
            parsed.fileSize = (message["fileSize"] as? NSNumber)?.intValue
        case "image", "video", "audio":
            // "line": the content is fetched from LINE; "external": it lives at the sender's URL.
            let provider = (message["contentProvider"] as? [String: Any])?["type"] as? String
            parsed.contentFromLINE = provider == nil || provider == "line"
        default:
            break
        }
        return parsed
    }
}
