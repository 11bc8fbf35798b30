import Foundation

/// Count, median, 90th percentile and buckets of a list of durations (seconds).
public struct TimeFigures: Sendable, Equatable, Codable {
    public static let bucketNames = ["0-1h", "1-4h", "4-8h", "8-24h", ">24h"]
    static let bucketLimits: [Double] = [3600, 4 * 3600, 8 * 3600, 24 * 3600]

    public var n: Int
    /// The middle value; with an even count, the mean of the two middle values. nil when n = 0.
    public var median: Double?
    /// Nearest rank: the value at position ⌈0.9·n⌉ of the sorted list. nil when n = 0.
    public var p90: Double?
    /// How many fall in 0–1 h, 1–4 h, 4–8 h, 8–24 h, > 24 h (a bucket includes its lower edge).
    public var buckets: [Int]

    public init(_ durations: [Double]) {
        let sorted = durations.sorted()
        n = sorted.count
        if sorted.isEmpty {
            median = nil
            p90 = nil
        } else {
            let middle = sorted.count / 2
            median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
            let rank = Int((0.9 * Double(sorted.count)).rounded(.up))
            p90 = sorted[max(0, rank - 1)]
        }
        buckets = Array(repeating: 0, count: TimeFigures.bucketNames.count)
        for value in sorted {
            buckets[TimeFigures.bucketLimits.firstIndex { value < $0 } ?? TimeFigures.bucketLimits.count] += 1
        }
    }
}

/// One measured time, in wall-clock time and counted in business hours only.
public struct MeasuredTime: Sendable, Equatable, Codable {
    public var wall: TimeFigures
    public var business: TimeFigures

    public init(wall: [Double], business: [Double]) {
        self.wall = TimeFigures(wall)
        self.business = TimeFigures(business)
    }
}
