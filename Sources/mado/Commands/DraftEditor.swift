import Foundation
import MadoCore
import MadoTerminal

/// Opens a draft in $EDITOR (then $VISUAL, then vi) in a private file that outlives a crash, and
/// keeps saying "replying" to other agents while the editor is open.
struct DraftEditor {
    let terminal: Terminal
    let store: Store
    let agent: Agent

    /// Any text (a signature): the same editor, a private file, no presence.
    func editText(_ text: String) -> String? {
        let path = Store.dataDirectory() + "/drafts/signature-\(agent.login).txt"
        try? FileManager.default.createDirectory(atPath: Store.dataDirectory() + "/drafts", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else { return nil }
        terminal.suspend()
        defer { terminal.resume() }
        guard runEditor(path), let data = FileManager.default.contents(atPath: path) else { return nil }
        try? FileManager.default.removeItem(atPath: path)
        return String(decoding: data, as: UTF8.self)
    }

    /// `$EDITOR`, then `$VISUAL`, then `vi`, given the terminal. `tick` runs every 30 s meanwhile.
    func runEditor(_ path: String, tick: () -> Void = {}) -> Bool {
        let environment = ProcessInfo.processInfo.environment
        let editor = [environment["EDITOR"], environment["VISUAL"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        return ForegroundChild.run(shellCommand: editor, arguments: [path], tick: tick) == 0
    }

    func edit(_ draft: ReplyDraft) -> ReplyDraft? {
        let folder = Store.dataDirectory() + "/drafts"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let path = folder + "/conversation-\(draft.conversationID)-\(agent.login).txt"
        // A file left by an editor session that never came back (a crash, a dropped SSH connection)
        // holds the newest words: carry on from it rather than from the stored draft.
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: Data(draft.body.utf8), attributes: [.posixPermissions: 0o600]) else {
                return nil
            }
        }
        terminal.suspend()
        defer { terminal.resume() }
        // Keep saying "replying" to other agents while the editor is open: from this thread and
        // this process's one connection, never a second one.
        let stillReplying = { _ = try? store.setPresence(conversationID: draft.conversationID, agent: agent) }
        guard runEditor(path, tick: stillReplying), let data = FileManager.default.contents(atPath: path) else { return nil }
        var edited = draft
        edited.body = String(decoding: data, as: UTF8.self)
        try? FileManager.default.removeItem(atPath: path)
        return edited
    }
}
