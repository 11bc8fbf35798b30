import Foundation

/// Meta's Instagram messaging webhook bodies: `{"object":"instagram","entry":[{"messaging":[…]}]}`.
/// Events under `standby` count the same. Unknown fields are ignored; a missing or out-of-range
/// required field is an error with its JSON path, never a guess (a half-read event would lose
/// words silently).
public enum WebhookParser {
    /// Every event, or the first problem: for callers that take a payload whole or not at all.
    public static func parse(_ data: Data, source: String) throws -> [InstagramEvent] {
        let (events, errors) = try parseEach(data, source: source)
        if let first = errors.first { throw first }
        return events
    }

    /// The events that could be read, and one error per event (or entry) that could not: one bad
    /// event in a batch of twenty does not hold back the other nineteen. Throws only when the
    /// payload as a whole is unreadable.
    public static func parseEach(_ data: Data, source: String) throws -> (events: [InstagramEvent], errors: [InstagramImportError]) {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw InstagramImportError(source: source, path: "", message: "not valid JSON")
        }
        var reader = JSONPath(source: source)
        let object = try reader.object(root, at: "")
        if let kind = object["object"] as? String, kind != "instagram" {
            throw InstagramImportError(source: source, path: "object", message: "expected \"instagram\", got \"\(kind)\"")
        }
        var events: [InstagramEvent] = []
        var errors: [InstagramImportError] = []
        func attempt(_ body: () throws -> Void) {
            do { try body() } catch let error as InstagramImportError { errors.append(error) } catch {
                errors.append(InstagramImportError(source: source, path: "", message: "\(error)"))
            }
        }
        let entries = try reader.array(object["entry"], at: "entry")
        for (e, entryValue) in entries.enumerated() {
            attempt {
                let entry = try reader.object(entryValue, at: "entry[\(e)]")
                for list in ["messaging", "standby"] {
                    guard let items = entry[list] else { continue }
                    for (i, item) in try reader.array(items, at: "entry[\(e)].\(list)").enumerated() {
                        attempt {
                            if let event = try parseItem(item, at: "entry[\(e)].\(list)[\(i)]", reader: &reader) { events.append(event) }
                        }
                    }
                }
            }
        }
        return (events, errors)
    }

    static func parseItem(_ value: Any, at path: String, reader: inout JSONPath) throws -> InstagramEvent? {
        let item = try reader.object(value, at: path)
        let sender = try reader.string(try reader.object(item["sender"], at: path + ".sender")["id"], at: path + ".sender.id")
        let recipient = try reader.string(try reader.object(item["recipient"], at: path + ".recipient")["id"], at: path + ".recipient.id")
        // Meta sends milliseconds; older payloads and hand-made tests send seconds.
        let stamp = try reader.number(item["timestamp"], at: path + ".timestamp")
        let time = try reader.time(stamp, at: path + ".timestamp") { $0 > 10_000_000_000 ? $0 / 1000 : $0 }
        if let messageValue = item["message"] {
            let message = try reader.object(messageValue, at: path + ".message")
            let mid = try reader.string(message["mid"], at: path + ".message.mid")
            if message["is_deleted"] as? Bool == true {
                return .deletion(mid: mid, senderID: sender, recipientID: recipient, timestamp: time)
            }
            var result = InstagramMessage(mid: mid, senderID: sender, recipientID: recipient, timestamp: time, text: message["text"] as? String)
            result.isEcho = message["is_echo"] as? Bool == true
            result.isUnsupported = message["is_unsupported"] as? Bool == true
            if let reply = message["reply_to"] as? [String: Any] {
                result.replyToMID = reply["mid"] as? String
                if let story = reply["story"] as? [String: Any] { result.storyReplyURL = (story["url"] as? String) ?? "" }
            }
            for (a, attachmentValue) in ((message["attachments"] as? [Any]) ?? []).enumerated() {
                let attachment = try reader.object(attachmentValue, at: path + ".message.attachments[\(a)]")
                let payload = attachment["payload"] as? [String: Any] ?? [:]
                result.attachments.append(InstagramAttachment(
                    type: (attachment["type"] as? String) ?? "unknown",
                    url: (payload["url"] as? String) ?? "", title: (payload["title"] as? String) ?? (attachment["title"] as? String)))
            }
            return .message(result)
        }
        if let reactionValue = item["reaction"] {
            let reaction = try reader.object(reactionValue, at: path + ".reaction")
            let mid = try reader.string(reaction["mid"], at: path + ".reaction.mid")
            let action = (reaction["action"] as? String) ?? "react"
            let emoji = (reaction["emoji"] as? String) ?? (reaction["reaction"] as? String).map(emojiFor) ?? "❤️"
            return .reaction(mid: mid, senderID: sender, recipientID: recipient, react: action != "unreact", emoji: emoji, timestamp: time)
        }
        if let readValue = item["read"] {
            let read = try reader.object(readValue, at: path + ".read")
            return .read(mid: (read["mid"] as? String) ?? "", senderID: sender, recipientID: recipient, timestamp: time)
        }
        if let postbackValue = item["postback"] {
            let postback = try reader.object(postbackValue, at: path + ".postback")
            return .postback(mid: (postback["mid"] as? String) ?? "postback-\(sender)-\(Int(stamp))", senderID: sender,
                             recipientID: recipient, title: (postback["title"] as? String) ?? "", payload: (postback["payload"] as? String) ?? "",
                             timestamp: time)
        }
        if let referralValue = item["referral"] {
            let referral = try reader.object(referralValue, at: path + ".referral")
            return .referral(senderID: sender, recipientID: recipient, source: (referral["source"] as? String) ?? "",
                             type: (referral["type"] as? String) ?? "", ref: (referral["ref"] as? String) ?? "", timestamp: time)
        }
        return nil   // a kind of event we do not know: ignored, like unknown fields
    }

    static func emojiFor(_ name: String) -> String {
        ["love": "❤️", "like": "👍", "haha": "😆", "wow": "😮", "sad": "😢", "angry": "😠"][name] ?? name
    }
}

/// Typed reads out of `JSONSerialization` output that fail with the JSON path.
struct JSONPath {
    let source: String

    func fail(_ path: String, _ message: String) -> InstagramImportError {
        InstagramImportError(source: source, path: path, message: message)
    }

    func object(_ value: Any?, at path: String) throws -> [String: Any] {
        guard let value else { throw fail(path, "missing") }
        guard let object = value as? [String: Any] else { throw fail(path, "expected an object") }
        return object
    }

    func array(_ value: Any?, at path: String) throws -> [Any] {
        guard let value else { throw fail(path, "missing") }
        guard let array = value as? [Any] else { throw fail(path, "expected a list") }
        return array
    }

    func string(_ value: Any?, at path: String) throws -> String {
        guard let value else { throw fail(path, "missing") }
        if let string = value as? String { return string }
        if let number = value as? NSNumber { return number.stringValue }
        throw fail(path, "expected a string")
    }

    func number(_ value: Any?, at path: String) throws -> Double {
        guard let value else { throw fail(path, "missing") }
        guard let number = value as? NSNumber else { throw fail(path, "expected a number") }
        return number.doubleValue
    }

    /// A point in time from a JSON number (`seconds` converts its unit), within 1970…9999: anything
    /// else (1e300, -1, a 30-digit integer) would trap when stored as whole seconds.
    func time(_ raw: Double, at path: String, seconds: (Double) -> Double) throws -> Date {
        let value = seconds(raw)
        guard value.isFinite, (0...JSONPath.latestSecond).contains(value) else {
            throw fail(path, "time \(raw) is out of range (expected a time between 1970 and 9999)")
        }
        return Date(timeIntervalSince1970: value)
    }

    /// 9999-12-31T23:59:59Z.
    static let latestSecond: Double = 253_402_300_799
}
