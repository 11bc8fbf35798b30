import Foundation

/// `mado customer export`: everything the store holds about one person, in a new private folder —
/// what a GDPR access request or a Japanese APPI disclosure request asks for.
///
///     manifest.json                      what is included, counts, when, by whom
///     customer.json                      the record, identities, alternatives, notes, merges, Shopify record
///     conversations/<id>.json            each conversation with its messages as JSON
///     messages/<conversation>/<id>.eml   each mail exactly as it arrived (the stored raw bytes)
///     messages/<conversation>/<id>.json  messages with no raw mail (Instagram, replies not yet sent, notes)
///     attachments/<message>/<name>       attachments, taken out of the raw mail
///     orders.json                        orders with their line items
///     audit.json                         audit events about them
///
/// Folders are 0700 and files 0600; an existing non-empty folder is refused.
public enum CustomerExport {
    public struct Summary: Sendable, Equatable {
        public var folder: String
        public var counts: [String: Int]
        public var files: Int
    }

    public enum ExportError: Error, CustomStringConvertible {
        case folderNotEmpty(String)
        case cannotWrite(String, String)

        public var description: String {
            switch self {
            case .folderNotEmpty(let path): return "\(path) already exists and is not empty; choose a new folder (an export never mixes with other files)."
            case .cannotWrite(let path, let reason): return "Cannot write \(path): \(reason)."
            }
        }
    }

    public static func export(customerID: Int64, store: Store, to folder: String, by actor: String, now: Date = Date()) throws -> Summary {
        guard let customer = try store.customer(id: customerID) else { throw StoreError.notFound("Customer \(customerID)") }
        if let into = customer.mergedInto {
            throw StoreError.invalid("Customer \(customerID) was merged into customer \(into); export customer \(into) (the whole person) instead.")
        }
        try makeFolder(folder)
        var files: [String] = []
        func write(_ relative: String, _ bytes: [UInt8]) throws {
            let path = folder + "/" + relative
            try makeFolder((path as NSString).deletingLastPathComponent, mustBeEmpty: false)
            guard FileManager.default.createFile(atPath: path, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
                throw ExportError.cannotWrite(path, "the folder is not writable")
            }
            files.append(relative)
        }
        func writeJSON(_ relative: String, _ object: Any) throws { try write(relative, Array(try ConversationJSON.encode(object).utf8) + [10]) }

        let identities = try store.identities(ofCustomer: customerID)
        let alternatives = try store.alternatives(ofCustomer: customerID)
        let orders = try store.allOrders(ofCustomer: customerID)
        let conversations = try store.allConversations(ofCustomer: customerID)
        let merges = try store.customerMerges(ofCustomer: customerID)
        var record = CustomerJSON.full(customer, identities: identities, alternatives: alternatives, orders: orders,
                                       conversations: conversations, merges: merges)
        record["suppressed"] = try store.isSuppressed(customerID: customerID)
        record["merged_customers"] = try store.customersOfPerson(customerID).filter { $0.id != customerID }.map {
            ["id": $0.id, "name": $0.name, "notes": $0.notes, "created_at": ConversationJSON.time($0.createdAt)] as [String: Any]
        }
        if let shop = try store.shopCustomer(ofCustomer: customerID) { record["shopify_customer"] = shopJSON(shop) }
        try writeJSON("customer.json", record)

        var messageCount = 0, emlCount = 0, attachmentCount = 0
        for conversation in conversations {
            let messages = try store.messages(inConversation: conversation.id)
            try writeJSON("conversations/\(conversation.id).json",
                          ConversationJSON.full(conversation, customer: customer, identities: identities, messages: messages))
            for message in messages {
                messageCount += 1
                if message.channel == .email, let raw = try store.rawMessage(id: message.id) {
                    try write("messages/\(conversation.id)/\(message.id).eml", raw)
                    emlCount += 1
                    if !message.attachments.isEmpty {
                        let target = folder + "/attachments/\(message.id)"
                        let saved = try AttachmentSaver.save(message, store: store, folder: target)
                        attachmentCount += saved.count
                        files += saved.map { "attachments/\(message.id)/" + ($0 as NSString).lastPathComponent }
                    }
                } else {
                    var object = ConversationJSON.message(message)
                    object["reactions"] = message.reactions
                    try writeJSON("messages/\(conversation.id)/\(message.id).json", object)
                    // Content kept as files beside the store (LINE's pictures and files).
                    if message.attachments.contains(where: { $0.locator.hasPrefix("file:") }) {
                        let saved = try AttachmentSaver.save(message, store: store, folder: folder + "/attachments/\(message.id)")
                        attachmentCount += saved.count
                        files += saved.map { "attachments/\(message.id)/" + ($0 as NSString).lastPathComponent }
                    }
                }
            }
        }
        try writeJSON("orders.json", ["orders": orders.map(OrderJSON.order), "total": orders.count])
        let events = try store.auditEvents(aboutCustomer: customerID)
        try writeJSON("audit.json", ["events": events.map(eventJSON), "total": events.count])

        let counts: [String: Int] = [
            "identities": identities.count, "alternatives": alternatives.count, "notes": customer.notes.isEmpty ? 0 : 1,
            "conversations": conversations.count, "messages": messageCount, "eml_files": emlCount,
            "message_json_files": messageCount - emlCount, "attachments": attachmentCount, "orders": orders.count,
            "order_items": orders.reduce(0) { $0 + $1.items.count }, "audit_events": events.count,
        ]
        let manifest: [String: Any] = [
            "customer": customerID, "exported_at": ConversationJSON.time(now), "exported_by": actor, "store": store.path,
            "counts": counts,
            "includes": [
                "customer.json": "the customer record: name, notes, identities, alternatives, merges, Shopify customer record",
                "conversations/": "every conversation, with its messages as JSON",
                "messages/": "every message as its original file: .eml (the mail's stored bytes) or .json (Instagram, notes, unsent replies)",
                "attachments/": "attachments taken out of the stored mail, by message id",
                "orders.json": "orders and their line items",
                "audit.json": "audit events on their conversations and about the customer",
            ],
            "files": files.sorted(),
        ]
        try writeJSON("manifest.json", manifest)
        return Summary(folder: folder, counts: counts, files: files.count)
    }

    static func eventJSON(_ event: AuditEvent) -> [String: Any] {
        ["id": event.id, "at": ConversationJSON.time(event.at), "by": event.agentLogin as Any? ?? NSNull(),
         "conversation": event.conversationID as Any? ?? NSNull(), "kind": event.kind,
         "before": event.before as Any? ?? NSNull(), "after": event.after as Any? ?? NSNull()]
    }

    static func shopJSON(_ shop: Store.ShopCustomer) -> [String: Any] {
        let fields: [(String, String?)] = [
            ("shopify_id", shop.shopifyID), ("email", shop.email), ("phone", shop.phone), ("note", shop.note), ("tags", shop.tags),
            ("total_spent", shop.totalSpent), ("total_orders", shop.totalOrders.map(String.init)), ("city", shop.city),
            ("province", shop.province), ("country", shop.country),
        ]
        var object: [String: Any] = [:]
        for (key, value) in fields { object[key] = value ?? NSNull() }
        return object
    }

    /// A new folder (0700), or an existing empty one; anything else is refused.
    static func makeFolder(_ path: String, mustBeEmpty: Bool = true) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw ExportError.folderNotEmpty(path) }
            if mustBeEmpty, !(try FileManager.default.contentsOfDirectory(atPath: path)).isEmpty { throw ExportError.folderNotEmpty(path) }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw ExportError.cannotWrite(path, error.localizedDescription)
        }
    }
}
