import Foundation
import MadoCore

/// `mado save-attachment CONVERSATION [--message ID] [--index N] [--to DIR]`.
enum SaveAttachmentCommand {
    static func run(_ words: [String]) throws -> Int32 {
        let arguments = try Arguments(words, valued: Commands.commonValued.union(["message", "index", "to"]), flags: [])
        guard arguments.positional.count == 1, let conversationID = Int64(arguments.positional[0]) else {
            throw Arguments.UsageError(description: "Usage: mado save-attachment CONVERSATION [--message ID] [--index N] [--to DIR]")
        }
        let store = try Commands.openStore(arguments)
        let messages = try store.messages(inConversation: conversationID).filter { !$0.attachments.isEmpty }
        let chosen = arguments["message"].flatMap(Int64.init).map { id in messages.filter { $0.id == id } } ?? messages
        guard !chosen.isEmpty else { throw StoreError.notFound("An attachment in conversation \(conversationID)") }
        let folder = arguments["to"] ?? FileManager.default.currentDirectoryPath
        for message in chosen {
            for path in try AttachmentSaver.save(message, index: arguments["index"].flatMap(Int.init), store: store, folder: folder) {
                print(path)
            }
        }
        return 0
    }
}
