import Foundation
import MadoApp
import MadoCore
import MadoUI

/// `mado first-screen`: opens a store and draws the inbox's first screen into a cell grid, the
/// way the inbox does at start-up, then prints how long that took and the process's peak memory.
/// For the benchmark script; not a test.
enum FirstScreenCommand {
    static func run(_ words: [String]) throws -> Int32 {
        let arguments = try Arguments(words, valued: Commands.commonValued.union(["size"]), flags: [])
        let size = (arguments["size"] ?? "200x60").split(separator: "x").compactMap { Int($0) }
        guard size.count == 2 else { throw Arguments.UsageError(description: "--size takes WIDTHxHEIGHT") }
        let started = DispatchTime.now()
        let store = try Commands.openStore(arguments)
        let session = InboxSession(store: store, agent: nil)
        var state = AppState(width: size[0], height: size[1], now: Date(), views: InboxView.builtIn(agentLogin: nil))
        session.start(&state)
        let grid = Renderer.render(state)
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e6
        print(String(format: "first screen: %.1f ms  rows loaded: %d of %d  peak memory: %.1f MB  (%@)",
                     elapsed, state.list.rows.count, state.list.total, peakMemoryMB(), grid.line(2).prefix(40).description))
        return 0
    }

    /// VmHWM: the most resident memory this process has had.
    static func peakMemoryMB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kb / 1024
    }
}
