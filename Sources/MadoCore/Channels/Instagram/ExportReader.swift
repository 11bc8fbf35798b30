import Foundation

/// Instagram's "Download your information" messages: `…/messages/inbox/<thread>/message_N.json`,
/// newest first, every non-ASCII string written as its UTF-8 bytes escaped one by one.
public enum ExportReader {
    public struct Thread: Sendable {
        public var id: String
        public var title: String
        public var customerName: String
        public var messages: [Message]
    }

    public struct Message: Sendable {
        public var id: String
        public var senderName: String
        public var fromAccount: Bool
        public var timestamp: Date
        public var text: String
        public var attachments: [InstagramAttachment]
        public var reactions: [String]
    }

    /// Every thread under `root` (an export, its inbox folder, or one thread folder), with the
    /// problems found in files that could not be read; one bad file never stops the others.
    public static func read(root: URL, account: String) -> (threads: [Thread], errors: [InstagramImportError]) {
        var threads: [Thread] = []
        var errors: [InstagramImportError] = []
        for folder in threadFolders(root) {
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
                .filter { $0.hasPrefix("message_") && $0.hasSuffix(".json") }
                .sorted { number($0) < number($1) }
            var messages: [Message] = []
            var title = folder.lastPathComponent
            var participants: [String] = []
            for file in files {
                let url = folder.appendingPathComponent(file)
                let source = folder.lastPathComponent + "/" + file
                do {
                    let (fileTitle, fileParticipants, fileMessages) = try parse(url, source: source, thread: folder.lastPathComponent, account: account)
                    title = fileTitle ?? title
                    participants = participants.isEmpty ? fileParticipants : participants
                    messages += fileMessages
                } catch let error as InstagramImportError {
                    errors.append(error)
                } catch {
                    errors.append(InstagramImportError(source: source, path: "", message: "\(error)"))
                }
            }
            guard !messages.isEmpty else { continue }
            messages.sort { ($0.timestamp, $0.id) < ($1.timestamp, $1.id) }
            let customer = participants.first { $0 != account } ?? messages.first { !$0.fromAccount }?.senderName ?? title
            threads.append(Thread(id: folder.lastPathComponent, title: title, customerName: customer, messages: messages))
        }
        return (threads, errors)
    }

    static func number(_ file: String) -> Int { Int(file.dropFirst(8).dropLast(5)) ?? 0 }

    /// Accepts both export layouts (`your_instagram_activity/messages/inbox`, older `messages/inbox`),
    /// an inbox folder, or a single thread folder.
    static func threadFolders(_ root: URL) -> [URL] {
        let manager = FileManager.default
        for inbox in ["your_instagram_activity/messages/inbox", "messages/inbox", "inbox"] {
            let folder = root.appendingPathComponent(inbox)
            if let names = try? manager.contentsOfDirectory(atPath: folder.path) {
                return names.sorted().map { folder.appendingPathComponent($0) }
            }
        }
        if (try? manager.contentsOfDirectory(atPath: root.path))?.contains(where: { $0.hasPrefix("message_") }) == true { return [root] }
        return ((try? manager.contentsOfDirectory(atPath: root.path)) ?? []).sorted().map { root.appendingPathComponent($0) }
            .filter { (try? manager.contentsOfDirectory(atPath: $0.path))?.contains(where: { $0.hasPrefix("message_") }) == true }
    }

    static func parse(_ url: URL, source: String, thread: String, account: String) throws -> (String?, [String], [Message]) {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw InstagramImportError(source: source, path: "", message: "cannot be read")
        }
        let root: Any
        do { root = try JSONSerialization.jsonObject(with: data) } catch {
            throw InstagramImportError(source: source, path: "", message: "not valid JSON")
        }
        let reader = JSONPath(source: source)
        let object = try reader.object(root, at: "")
        let participants = ((object["participants"] as? [[String: Any]]) ?? []).compactMap { ($0["name"] as? String).map(MojibakeRepair.repair) }
        var messages: [Message] = []
        for (index, value) in try reader.array(object["messages"], at: "messages").enumerated() {
            let path = "messages[\(index)]"
            let item = try reader.object(value, at: path)
            let sender = MojibakeRepair.repair(try reader.string(item["sender_name"], at: path + ".sender_name"))
            let milliseconds = try reader.number(item["timestamp_ms"], at: path + ".timestamp_ms")
            let time = try reader.time(milliseconds, at: path + ".timestamp_ms") { $0 / 1000 }
            var attachments: [InstagramAttachment] = []
            for kind in ["photos", "videos", "audio_files", "files", "gifs"] {
                for media in (item[kind] as? [[String: Any]]) ?? [] {
                    attachments.append(InstagramAttachment(type: kind == "audio_files" ? "audio" : String(kind.dropLast()), url: (media["uri"] as? String) ?? ""))
                }
            }
            if let share = item["share"] as? [String: Any] {
                attachments.append(InstagramAttachment(type: "share", url: (share["link"] as? String) ?? "",
                                                       title: (share["share_text"] as? String).map(MojibakeRepair.repair)))
            }
            let reactions = ((item["reactions"] as? [[String: Any]]) ?? []).compactMap { ($0["reaction"] as? String).map(MojibakeRepair.repair) }
            let text = (item["content"] as? String).map(MojibakeRepair.repair) ?? ""
            // Stable across re-imports: the thread, the time, and the content.
            let id = "export:\(thread):\(Int64(milliseconds)):" + String(SHA256.hex(Array((sender + text).utf8)).prefix(12))
            messages.append(Message(id: id, senderName: sender, fromAccount: sender == account, timestamp: time,
                                    text: text, attachments: attachments, reactions: reactions))
        }
        return ((object["title"] as? String).map(MojibakeRepair.repair), participants, messages)
    }
}

/// The export writes み as "\u00e3\u0081\u00bf": each UTF-8 byte as its own character. A string
/// made only of such characters that forms valid UTF-8 is read again as UTF-8.
public enum MojibakeRepair {
    public static func repair(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.contains(where: { $0.value >= 0x80 }), scalars.allSatisfy({ $0.value <= 0xFF }) else { return text }
        return String(validating: scalars.map { UInt8($0.value) }, as: UTF8.self) ?? text
    }
}
