import Foundation
import MadoCore

/// `mado backup FILE`: a consistent copy of the store, taken while inboxes stay open.
/// `mado restore FILE`: puts a backup in the store's place, only while no `mado` has it open.
enum BackupCommand {
    static func backup(_ words: [String]) throws -> Int32 {
        let arguments = try Arguments(words, valued: Commands.commonValued, flags: [])
        guard arguments.positional.count == 1 else { throw Arguments.UsageError(description: "Usage: mado backup FILE") }
        let store = try Commands.openStore(arguments)
        let destination = arguments.positional[0]
        try store.backup(to: destination)
        print("backed up \(store.path) to \(destination)")
        return 0
    }

    static func restore(_ words: [String]) throws -> Int32 {
        let arguments = try Arguments(words, valued: Commands.commonValued, flags: [])
        guard arguments.positional.count == 1 else { throw Arguments.UsageError(description: "Usage: mado restore FILE") }
        let source = arguments.positional[0]
        let target = Commands.storePath(arguments)
        // An open connection (or one a crash left behind) keeps -wal/-shm beside the store. Copying
        // over the store then would let SQLite replay that old WAL onto the restored file and
        // corrupt it, and an open inbox would lose its footing: refuse instead. Only looked at
        // with stat: the store file belongs to SQLite.
        var info = stat()
        for suffix in ["-wal", "-shm"] where stat(target + suffix, &info) == 0 {
            throw StoreError.invalid("""
                The store \(target) is in use (\(target + suffix) exists): quit every mado using it and try again. \
                If none is running, one stopped without closing it: run 'mado list --store \(target)' once to close it cleanly.
                """)
        }
        // Copy beside the store, check the copy through SQLite, then rename it into place: the
        // store is either the old one or the whole backup, never half of each.
        let directory = (target as NSString).deletingLastPathComponent
        let staging = (directory.isEmpty ? "." : directory) + "/.mado-restore-\(getpid()).sqlite"
        guard let data = FileManager.default.contents(atPath: source) else {
            throw StoreError.unreadable(path: source, reason: "no such file or no permission")
        }
        unlink(staging)
        guard FileManager.default.createFile(atPath: staging, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw StoreError.unreadable(path: staging, reason: "cannot write beside the store")
        }
        do {
            let check = try Store(path: staging, create: false)
            let verdict = try check.integrityCheck()
            guard verdict == "ok" else { throw StoreError.invalid("The backup \(source) is damaged: \(verdict)") }
        } catch {
            unlink(staging); unlink(staging + "-wal"); unlink(staging + "-shm")
            throw error
        }
        // The checking connection is closed: its -wal/-shm are gone with it.
        if rename(staging, target) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(staging)
            throw StoreError.unreadable(path: target, reason: reason)
        }
        print("restored \(source) to \(target)")
        return 0
    }
}
