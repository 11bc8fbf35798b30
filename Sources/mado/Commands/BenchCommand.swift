import Foundation
import MadoCore

/// `mado bench search QUERY…`: for the benchmark scripts, not a test. Runs each query several
/// times in this process, each on a freshly opened store (as a new inbox or command would), and
/// prints the time to the first page and to the exact total: wall clock and this thread's CPU
/// time, because on a shared machine the wall clock also counts other programs' turns.
enum BenchCommand {
    static func run(_ words: [String]) throws -> Int32 {
        guard let what = words.first else { throw Arguments.UsageError(description: "Usage: mado bench search QUERY… [--runs N] [--limit N]") }
        let arguments = try Arguments(Array(words.dropFirst()), valued: Commands.commonValued.union(["runs", "limit"]), flags: [])
        switch what {
        case "search": return try search(arguments)
        default: throw Arguments.UsageError(description: "mado bench takes: search")
        }
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
}
