import Foundation
import MadoApp
import MadoCore
import MadoUI

/// `mado bench keys`: replays a recorded sequence of keys on the inbox, headless, and prints the
/// time from each key to its finished frame (reduce, the store loads it asks for, render).
///
/// `mado bench search QUERY…`: for the benchmark scripts, not a test. Runs each query several
/// times in this process, each on a freshly opened store (as a new inbox or command would), and
/// prints the time to the first page and to the exact total: wall clock and this thread's CPU
/// time, because on a shared machine the wall clock also counts other programs' turns.
enum BenchCommand {
    static func run(_ words: [String]) throws -> Int32 {
        guard let what = words.first, ["search", "keys"].contains(what) else {
            throw Arguments.UsageError(description: "Usage: mado bench search QUERY… [--runs N] [--limit N] | mado bench keys [--size WxH] [--runs N]")
        }
        let arguments = try Arguments(Array(words.dropFirst()), valued: Commands.commonValued.union(["runs", "limit", "size"]), flags: ["each"])
        return what == "search" ? try search(arguments) : try keys(arguments)
    }

    struct Timing {
        var wall: Double
        var cpu: Double
    }

    static func measure<T>(_ body: () throws -> T) rethrows -> (T, Timing) {
        let wallStart = DispatchTime.now().uptimeNanoseconds
        let cpuStart = threadCPUNanoseconds()
        let result = try body()
        return (result, Timing(wall: Double(DispatchTime.now().uptimeNanoseconds - wallStart) / 1e6,
                               cpu: Double(threadCPUNanoseconds() - cpuStart) / 1e6))
    }

    static func threadCPUNanoseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int((p * Double(sorted.count - 1)).rounded()))]
    }

    static func search(_ arguments: Arguments) throws -> Int32 {
        let runs = max(1, Int(arguments["runs"] ?? "") ?? 7)
        let limit = Int(arguments["limit"] ?? "") ?? 50
        var pages: [Timing] = []
        print("query                          first page: p50 wall / cpu   p95 wall     total: p50 wall   found")
        for text in arguments.positional {
            let filter = ConversationFilter.search(try SearchQuery(text))
            var page: [Timing] = []
            var total: [Timing] = []
            var found = 0
            for _ in 0..<runs {
                let store = try Commands.openStore(arguments)
                let (_, pageTime) = try measure { try store.conversations(filter, offset: 0, limit: limit) }
                let (count, totalTime) = try measure { try store.countConversations(filter) }
                page.append(pageTime)
                total.append(totalTime)
                found = count
            }
            pages += page
            let label = text.padding(toLength: max(30, text.count), withPad: " ", startingAt: 0)
            print(String(format: "%@ %8.1f / %5.1f ms   %8.1f ms   %10.1f ms   %d", label,
                         percentile(page.map(\.wall), 0.5), percentile(page.map(\.cpu), 0.5),
                         percentile(page.map(\.wall), 0.95), percentile(total.map(\.wall), 0.5), found))
        }
        print(String(format: "all queries, first page (%d runs): p50 %.1f ms, p95 %.1f ms wall; cpu p50 %.1f ms, p95 %.1f ms",
                     pages.count, percentile(pages.map(\.wall), 0.5), percentile(pages.map(\.wall), 0.95),
                     percentile(pages.map(\.cpu), 0.5), percentile(pages.map(\.cpu), 0.95)))
        return 0
    }

    /// What a person does in a minute at the counter: down the list, a page and back, into a
    /// conversation and out, other views and back, the end of the list and the top, a search.
    static let recordedKeys: [Key] = Array(repeating: .char("j"), count: 20) + [.pageDown, .pageDown, .pageUp]
        + Array(repeating: .char("k"), count: 10) + [.enter, .char("j"), .char("j"), .escape, .char("j"), .enter, .escape]
        + [.char("2"), .char("j"), .char("3"), .char("j"), .char("1"), .char("G"), .char("k"), .char("g")]
        + [.char("/")] + "返品".map { .char($0) } + [.enter, .char("j"), .char("j"), .enter, .escape, .escape]

    static func keys(_ arguments: Arguments) throws -> Int32 {
        let size = (arguments["size"] ?? "80x24").split(separator: "x").compactMap { Int($0) }
        guard size.count == 2 else { throw Arguments.UsageError(description: "--size takes WIDTHxHEIGHT") }
        let runs = max(1, Int(arguments["runs"] ?? "") ?? 3)
        let store = try Commands.openStore(arguments)
        let agent = try arguments["agent"].flatMap { try store.agent(login: $0) }
        var times: [(key: Key, timing: Timing)] = []
        var counts: [Timing] = []
        for _ in 0..<runs {
            let session = InboxSession(store: store, agent: agent)
            var state = AppState(width: size[0], height: size[1], now: Date(), views: InboxView.builtIn(agentLogin: agent?.login), agent: agent)
            session.start(&state)
            _ = Renderer.render(state)
            session.loadCounts(&state)
            session.defersCounts = true   // as the inbox does: the counts come after the frame
            for key in recordedKeys {
                let (_, timing) = measure {
                    session.run(Reducer.reduce(&state, .key(key)), on: &state)
                    return Renderer.render(state)
                }
                times.append((key, timing))
                if session.hasPendingWork {
                    counts.append(measure { session.loadPendingCounts(&state); return Renderer.render(state) }.1)
                }
            }
        }
        let walls = times.map(\.timing.wall)
        let slowest = times.sorted { $0.timing.wall > $1.timing.wall }.prefix(3)
            .map { String(format: "%@ %.1f ms", "\($0.key)", $0.timing.wall) }.joined(separator: ", ")
        print(String(format: "key to screen, %d keys (%d runs of a recorded minute) at %dx%d: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.1f ms; cpu p99 %.2f ms",
                     times.count, runs, size[0], size[1], percentile(walls, 0.5), percentile(walls, 0.95), percentile(walls, 0.99),
                     walls.max() ?? 0, percentile(times.map(\.timing.cpu), 0.99)))
        print("slowest: " + slowest)
        print(String(format: "the counts of every view, after the frame (%d times): p50 %.1f ms, max %.1f ms",
                     counts.count, percentile(counts.map(\.wall), 0.5), counts.map(\.wall).max() ?? 0))
        if arguments.has("each") {
            print(times.prefix(recordedKeys.count).map { String(format: "%@ %.1f", "\($0.key)", $0.timing.wall) }.joined(separator: ", "))
        }
        return 0
    }
}
