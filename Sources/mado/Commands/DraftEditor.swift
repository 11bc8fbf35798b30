import Foundation
import MadoCore
import MadoTerminal

/// Opens a draft in $EDITOR (then $VISUAL, then vi) in a private file that outlives a crash, and
/// keeps saying "replying" to other agents while the editor is open.
struct DraftEditor {
    let terminal: Terminal
    let storePath: String
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

    func runEditor(_ path: String) -> Bool {
        let environment = ProcessInfo.processInfo.environment
        let editor = [environment["EDITOR"], environment["VISUAL"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", editor + " \"$1\"", "mado-editor", path]
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            return false
        }
        return process.terminationStatus == 0
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
        let heartbeat = PresenceHeartbeat(storePath: storePath, conversationID: draft.conversationID, agent: agent)
        heartbeat.start()
        terminal.suspend()
        defer {
            terminal.resume()
            heartbeat.stop()
        }
        guard runEditor(path), let data = FileManager.default.contents(atPath: path) else { return nil }
        var edited = draft
        edited.body = String(decoding: data, as: UTF8.self)
        try? FileManager.default.removeItem(atPath: path)
        return edited
    }
}

/// Refreshes the "replying" presence from its own connection while the main thread waits on the editor.
final class PresenceHeartbeat: @unchecked Sendable {
    let storePath: String
    let conversationID: Int64
    let agent: Agent
    private let done = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)

    init(storePath: String, conversationID: Int64, agent: Agent) {
        self.storePath = storePath
        self.conversationID = conversationID
        self.agent = agent
    }

    func start() {
        Thread.detachNewThread { [self] in
            let store = try? Store(path: storePath, create: false)
            while done.wait(timeout: .now() + 30) == .timedOut {
                try? store?.setPresence(conversationID: conversationID, agent: agent)
            }
            finished.signal()
        }
    }

    func stop() {
        done.signal()
        finished.wait()
    }
}
