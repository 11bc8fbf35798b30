import Foundation

/// What the chat channels' `mado import` commands share: which paths they take and how each is
/// read, the one spool `--watch` follows, and the imported messages as JSON.
enum ChannelImportPaths {
    /// `--watch` follows one spool folder (the one `mado webhook` writes into). One that no payload
    /// has reached yet is created, so watching can start first.
    static func prepareWatched(_ paths: [String]) throws {
        guard paths.count == 1, paths[0] != "-" else {
            throw UsageError(description: "--watch takes one spool folder (the one mado webhook writes into).")
        }
        guard !WebhookSpool.isSpool(URL(fileURLWithPath: paths[0])) else { return }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: paths[0])) ?? []
        guard contents.isEmpty else {
            throw UsageError(description: "\(paths[0]) is not a spool (no new/ folder): --watch follows the folder mado webhook writes into.")
        }
        try WebhookSpool(root: URL(fileURLWithPath: paths[0])).create()
    }

    /// Each path in turn: `-` is one payload on standard input, a file is one payload, and a
    /// folder is the channel's own business (a spool, a folder of payloads, an export).
    static func walk(_ paths: [String], payload: (Data, _ source: String) -> Void, folder: (URL) throws -> Void) throws {
        for path in paths {
            if path == "-" {
                payload(FileHandle.standardInput.readDataToEndOfFile(), "stdin")
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw MailError.unreadable(path, "no such file or folder") }
            if isDirectory.boolValue {
                try folder(URL(fileURLWithPath: path))
            } else {
                guard let data = FileManager.default.contents(atPath: path) else { throw MailError.unreadable(path, "no permission") }
                payload(data, path)
            }
        }
    }

    /// `--json`: the imported messages, each with its conversation, in the envelope `mado show` uses.
    static func printJSON(importedMessages ids: [Int64], store: Store) throws {
        var objects: [[String: Any]] = []
        for id in ids {
            if let conversationID = try store.conversationID(ofMessage: id),
               let message = try store.messages(inConversation: conversationID).first(where: { $0.id == id }) {
                var object = ConversationJSON.message(message)
                object["conversation_id"] = conversationID
                objects.append(object)
            }
        }
        print(try ConversationJSON.encode(ConversationJSON.envelope("messages", objects)))
    }
}
