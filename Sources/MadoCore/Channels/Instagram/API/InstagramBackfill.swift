import Foundation

/// `mado instagram backfill`: the direct messages from before the webhook was set up, read from
/// the conversations API — `GET /me/conversations?platform=instagram`, then each conversation's
/// `/{id}/messages` with their fields — following `paging.next` to the end. Every message goes
/// through the same importer as the webhook, so a message both delivered and backfilled is one
/// message (the mid is unique), and a customer is the same customer (the scoped id).
public struct InstagramBackfill {
    public var client: GraphAPIClient
    /// The shop's own account (`[instagram] account`, a username or id), when known.
    public var account: String?
    public var pageSize = 50
    /// A guard against a server that sends the same page forever.
    public var maximumPages = 10_000

    public init(client: GraphAPIClient, account: String?) {
        self.client = client
        self.account = account
    }

    public struct Report: Sendable, Equatable {
        public var conversations = 0
        public var imported = 0
        public var duplicates = 0
        public var refused: [String] = []
        public init() {}
    }


    /// One participant or sender as the API names it.
    struct Person: Equatable {
        var id: String
        var username: String?
    }

    /// Reads everything and imports it conversation by conversation (each in its own transaction,
    /// so a failure halfway keeps what came before). `progress` hears one line per conversation.
    public func run(importer: InstagramImporter, progress: (String) -> Void = { _ in }) throws -> Report {
        var report = Report()
        var conversations: [(id: String, participants: [Person])] = []
        try pages(first: client.get("me/conversations", query: ["platform": "instagram", "fields": "id,participants,updated_time",
                                                                 "limit": String(pageSize)])) { item in
            guard let id = item["id"] as? String else { return }
            conversations.append((id, InstagramBackfill.people(item["participants"])))
        }
        let shop = try shopAccount(among: conversations.map(\.participants))
        for conversation in conversations {
            var events: [InstagramEvent] = []
            let path = try InstagramBackfill.pathSegment(conversation.id)
            try pages(first: client.get(path + "/messages", query: ["fields": "id,created_time,from,to,message,attachments",
                                                                    "limit": String(pageSize)])) { item in
                if let message = InstagramBackfill.message(item, shopID: shop.id) { events.append(.message(message)) }
            }
            // The API lists newest first; the store takes them in the order they were written.
            events.sort { InstagramBackfill.time($0) < InstagramBackfill.time($1) }
            var imported = InstagramImporter.Report()
            try importer.importEvents(events, report: &imported)
            report.conversations += 1
            report.imported += imported.imported.count
            report.duplicates += imported.duplicates
            report.refused += imported.refused
            let customer = conversation.participants.first { $0.id != shop.id }
            progress("\(customer.map { $0.username.map { "@" + $0 } ?? $0.id } ?? conversation.id): \(events.count) messages, \(imported.imported.count) new")
        }
        return report
    }

    /// Calls `body` for every item of a list answer and of each page after it.
    func pages(first: [String: Any], _ body: ([String: Any]) throws -> Void) throws {
        var page = first
        var seen = Set<String>()
        for _ in 0..<maximumPages {
            for item in (page["data"] as? [[String: Any]]) ?? [] { try body(item) }
            guard let next = (page["paging"] as? [String: Any])?["next"] as? String, !next.isEmpty, seen.insert(next).inserted else { return }
            page = try client.get(link: next)
        }
        throw InstagramBackfillError.endlessPaging(pages: maximumPages)
    }

    /// The shop is `[instagram] account` when set, else who `/me` says the token belongs to, else
    /// the one participant every conversation has.
    func shopAccount(among participants: [[Person]]) throws -> Person {
        let everyone = participants.flatMap { $0 }
        if let account, !account.isEmpty {
            let wanted = account.hasPrefix("@") ? String(account.dropFirst()) : account
            if let match = everyone.first(where: { $0.id == wanted || $0.username?.lowercased() == wanted.lowercased() }) { return match }
            if everyone.isEmpty { return Person(id: wanted, username: nil) }
        }
        if let me = try? client.get("me", query: ["fields": "id,username"]) {
            let ids = [me["id"] as? String, me["user_id"] as? String].compactMap { $0 }
            let name = (me["username"] as? String)?.lowercased()
            if let match = everyone.first(where: { ids.contains($0.id) || (name != nil && $0.username?.lowercased() == name) }) { return match }
        }
        if let first = participants.first {
            let common = first.filter { person in participants.allSatisfy { $0.contains { $0.id == person.id } } }
            if common.count == 1 || (participants.count == 1 && first.count == 1) { return common[0] }
        }
        if participants.isEmpty { return Person(id: "", username: nil) }
        throw InstagramBackfillError.unknownShop
    }

    static func people(_ value: Any?) -> [Person] {
        let list = ((value as? [String: Any])?["data"] as? [[String: Any]]) ?? []
        return list.compactMap { item in (item["id"] as? String).map { Person(id: $0, username: item["username"] as? String) } }
    }

    /// A conversation id from the API becomes one path segment, never more.
    static func pathSegment(_ id: String) throws -> String {
        guard !id.isEmpty, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "_-=".contains($0)) }) else {
            throw InstagramBackfillError.oddConversationID(CustomerText.line(String(id.prefix(60))))
        }
        return id
    }

    /// One message of the conversations API as the webhook would have brought it.
    static func message(_ item: [String: Any], shopID: String) -> InstagramMessage? {
        guard let mid = item["id"] as? String,
              let from = (item["from"] as? [String: Any])?["id"] as? String,
              let created = (item["created_time"] as? String).flatMap(parseTime) else { return nil }
        let to = people(item["to"]).first?.id ?? shopID
        let text = (item["message"] as? String).flatMap { $0.isEmpty ? nil : $0 }
        var message = InstagramMessage(mid: mid, senderID: from, recipientID: to, timestamp: created, text: text)
        message.isEcho = from == shopID
        for attachment in ((item["attachments"] as? [String: Any])?["data"] as? [[String: Any]]) ?? [] {
            if let image = (attachment["image_data"] as? [String: Any])?["url"] as? String {
                message.attachments.append(InstagramAttachment(type: "image", url: image))
            } else if let video = (attachment["video_data"] as? [String: Any])?["url"] as? String {
                message.attachments.append(InstagramAttachment(type: "video", url: video))
            } else if let file = attachment["file_url"] as? String {
                message.attachments.append(InstagramAttachment(type: "file", url: file, title: attachment["name"] as? String))
            }
        }
        return message
    }

    /// "2026-11-18T09:12:30+0000", as the Graph API writes times.
    static func parseTime(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ssZ"
        return formatter.date(from: text) ?? ISO8601DateFormatter().date(from: text)
    }

    static func time(_ event: InstagramEvent) -> Date {
        if case .message(let message) = event { return message.timestamp }
        return .distantPast
    }
}

/// Why a backfill stopped, apart from the API's own errors (GraphAPIError).
public enum InstagramBackfillError: Error, CustomStringConvertible, Equatable {
    case endlessPaging(pages: Int)
    case unknownShop
    case oddConversationID(String)

    public var description: String {
        switch self {
        case .endlessPaging(let pages): return "Instagram's API kept sending more pages after \(pages); stopped."
        case .unknownShop: return "Cannot tell which participant is the shop: set [instagram] account to the shop's Instagram username."
        case .oddConversationID(let id): return "Instagram's API gave a conversation id mado will not use in a URL: \(id)"
        }
    }
}
