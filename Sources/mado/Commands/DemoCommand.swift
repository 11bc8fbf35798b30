import Foundation
import MadoCore

enum DemoCommand {
    static func run(_ words: [String]) throws -> Int32 {
        let arguments = try Arguments(words, valued: Commands.commonValued.union(["conversations", "seed", "days"]), flags: ["no-open"])
        let defaultPath = Store.dataDirectory() + "/demo.sqlite"
        let path = arguments["store"] ?? defaultPath
        if FileManager.default.fileExists(atPath: path) {
            // The default demo store is ours to rebuild; a store someone named is never overwritten.
            guard path == defaultPath else {
                throw StoreError.invalid("\(path) already exists; the demo builds a new store, so name a path that does not exist.")
            }
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let store = try Store(path: path, create: true)
        let now = Date()
        if let countText = arguments["conversations"] {
            guard let count = Int(countText), count > 0 else {
                throw Arguments.UsageError(description: "--conversations takes a positive number, not '\(countText)'.")
            }
            let started = Date()
            try DemoGenerator.generate(store, conversations: count, now: now, seed: UInt64(arguments["seed"] ?? "") ?? 42,
                                       days: Int(arguments["days"] ?? "") ?? 60) { done in
                FileHandle.standardError.write(Data("\rgenerating… \(done)/\(count)".utf8))
            }
            FileHandle.standardError.write(Data(String(format: "\rgenerated %d conversations in %.1f s into %@\n", count, Date().timeIntervalSince(started), path).utf8))
        } else {
            try DemoStore.populate(store, now: now)
            FileHandle.standardError.write(Data("demo store: \(path)\n".utf8))
        }
        if arguments.has("no-open") { return 0 }
        var words = ["--store", path]
        words += ["--agent", arguments["agent"] ?? "hanako"]
        if let theme = arguments["theme"] { words += ["--theme", theme] }
        return try InboxCommand.run(words, configOverrides: DemoStore.shopConfig)
    }
}
