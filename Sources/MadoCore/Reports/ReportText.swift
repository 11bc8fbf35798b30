import Foundation

/// `mado report` as a person reads it: the figures under the names the README defines them by.
public enum ReportText {
    /// "45m", "3h 20m", "2d 4h"; "-" when there is nothing to show.
    public static func duration(_ seconds: Double?) -> String {
        guard let seconds else { return "-" }
        let minutes = Int((seconds / 60).rounded())
        if minutes < 60 { return "\(minutes)m" }
        if minutes < 48 * 60 { return "\(minutes / 60)h \(String(format: "%02d", minutes % 60))m" }
        return "\(minutes / 1440)d \(minutes % 1440 / 60)h"
    }

    public static func percent(_ share: Double?) -> String {
        share.map { String(format: "%.0f%%", $0 * 100) } ?? "-"
    }

    /// ▁▂▃▄▅▆▇█ scaled to the largest value; ASCII `_.-=#` under `ascii`. More values than `width`
    /// are folded into `width` marks, each the largest of its run (a backlog peak is not averaged away).
    public static func sparkline(_ values: [Int], width: Int = 40, ascii: Bool = false) -> String {
        let levels: [Character] = ascii ? ["_", ".", "-", "=", "#"] : ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        var shown = values
        if values.count > width {
            shown = (0..<width).map { mark in
                values[(mark * values.count / width)..<((mark + 1) * values.count / width)].max() ?? 0
            }
        }
        let top = max(shown.max() ?? 0, 1)
        return String(shown.map { levels[min(levels.count - 1, $0 * (levels.count - 1) / top)] })
    }

    static func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let gap = String(repeating: " ", count: max(0, width - text.count))
        return left ? gap + text : text + gap
    }

    public static func render(_ report: Report, timeZone: TimeZone, ascii: Bool = false) -> String {
        let total = report.total
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        var lines = ["Report \(formatter.string(from: report.since)) – \(formatter.string(from: report.until)) (\(timeZone.identifier), until not included)", ""]
        func line(_ name: String, _ value: String) { lines.append(pad(name, 34) + value) }
        lines.append("Volumes")
        line("  Conversations received", "\(total.received)")
        line("  Conversations replied", "\(total.replied)")
        line("  Conversations closed", "\(total.closed)  (closed without reply: \(total.closedWithoutReply))")
        line("  Messages in / out", "\(total.messagesIn) / \(total.messagesOut)")
        let header = pad("", 34) + pad("n", 6, left: true) + pad("median", 10, left: true) + pad("90th pct", 10, left: true)
            + TimeFigures.bucketNames.map { pad($0, 7, left: true) }.joined()
        for (title, time) in [("First response time", total.firstResponse), ("Resolution time", total.resolution)] {
            lines.append("")
            lines.append(title)
            lines.append(header)
            for (name, figures) in [("  wall time", time.wall), ("  business hours", time.business)] {
                lines.append(pad(name, 34) + pad("\(figures.n)", 6, left: true) + pad(duration(figures.median), 10, left: true)
                             + pad(duration(figures.p90), 10, left: true) + figures.buckets.map { pad("\($0)", 7, left: true) }.joined())
            }
        }
        lines.append("")
        line("Resolved on first reply", "\(percent(total.firstReplyResolutionRate))  (\(total.resolvedOnFirstReply) of \(total.resolved) closed with a reply)")
        line("Reopen rate", "\(percent(total.reopenRate))  (\(total.reopened) of \(total.closed) closed)")
        let csat = total.csat
        line("Satisfaction (CSAT)", csat.asked == 0 && csat.rated == 0 ? "not asked"
             : "average \(csat.average.map { String(format: "%.1f", $0) } ?? "-"), rated 4–5: \(percent(csat.satisfied)), response rate \(percent(csat.responseRate)) (\(csat.rated) of \(csat.asked) asked)")
        if let first = report.backlog.first, let last = report.backlog.last {
            let counts = report.backlog.map(\.open)
            line("Backlog at end of day", "\(sparkline(counts, ascii: ascii))  \(first.day) \(first.open) → \(last.day) \(last.open), max \(counts.max() ?? 0)")
        }
        if let grouping = report.grouping {
            lines.append("")
            let columns = ["recv", "repl", "closed", "no-reply", "FRT med", "FRT p90", "res med", "res p90", "1st-reply", "reopen", "CSAT", "in", "out"]
                + (grouping == .day ? ["backlog"] : [])
            lines.append(pad("By \(grouping.rawValue)", 16) + columns.map { pad($0, 10, left: true) }.joined())
            for row in report.rows {
                var cells = ["\(row.received)", "\(row.replied)", "\(row.closed)", "\(row.closedWithoutReply)",
                             duration(row.firstResponse.business.median), duration(row.firstResponse.business.p90),
                             duration(row.resolution.business.median), duration(row.resolution.business.p90),
                             percent(row.firstReplyResolutionRate), percent(row.reopenRate),
                             row.csat.average.map { String(format: "%.1f", $0) } ?? "-", "\(row.messagesIn)", "\(row.messagesOut)"]
                if grouping == .day { cells.append(row.backlog.map(String.init) ?? "-") }
                lines.append(pad(String(row.key.prefix(15)), 16) + cells.map { pad($0, 10, left: true) }.joined())
            }
            lines.append("(times per row in business hours; FRT = first response time, res = resolution time)")
        }
        return lines.joined(separator: "\n")
    }
}
