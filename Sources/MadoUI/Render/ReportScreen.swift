import Foundation
import MadoCore

/// `:report`: the whole screen shows the last days' figures with bar charts and sparklines
/// (▁▂▃▄▅▆▇█, or ASCII when the terminal cannot draw them); it fits 80×24.
enum ReportScreen {
    static func draw(_ report: Report, days: Int, state: AppState, into grid: inout CellGrid) {
        let strings = state.strings
        let width = state.width
        let total = report.total
        Renderer.paneTitle(strings.reportTitle(days: days), in: Rect(x: 0, y: 0, width: width, height: 1), focused: true, into: &grid)
        var y = 1
        let selected = ReportKeys.figures.indices.contains(state.reportFigure) ? ReportKeys.figures[state.reportFigure] : nil
        // The figure under the cursor is a reversed line with a mark, as a selected list row.
        func line(_ text: String, role: StyleRole = .normal, x: Int = 1, figure: ReportFigure? = nil) {
            guard y < state.height - 1 else { return }
            if let figure, figure == selected {
                grid.fill(x: 0, y: y, width: width, height: 1, role: .selected)
                grid.put(state.asciiOnly ? ">" : "▸", x: 0, y: y, role: .selected)
                grid.put(text, x: x, y: y, maxWidth: width - x, role: .selected)
            } else {
                grid.put(text, x: x, y: y, maxWidth: width - x, role: role)
            }
            y += 1
        }
        line(strings.reportVolumes(ReportRowWords(received: total.received, replied: total.replied, closed: total.closed,
                                                  closedWithoutReply: total.closedWithoutReply,
                                                  reopenRate: ReportText.percent(total.reopenRate))), figure: .received)
        let measured: [(String, TimeFigures, ReportFigure, (Int) -> ReportFigure)] = [
            (strings.reportFirstResponse, total.firstResponse.business, .replied, { .firstResponse(bucket: $0) }),
            (strings.reportResolution, total.resolution.business, .resolved, { .resolution(bucket: $0) }),
        ]
        for (title, figures, whole, bucket) in measured {
            line(title + "  " + strings.reportTimeSummary(n: figures.n, median: ReportText.duration(figures.median), p90: ReportText.duration(figures.p90)),
                 role: .header, figure: whole)
            let top = max(figures.buckets.max() ?? 0, 1)
            let barWidth = max(1, min(50, width - 20))
            for (index, (name, count)) in zip(TimeFigures.bucketNames, figures.buckets).enumerated() {
                let length = count == 0 ? 0 : max(1, count * barWidth / top)
                let bar = String(repeating: state.asciiOnly ? "#" : "█", count: length)
                line(TextFit.pad(name, to: 7) + bar + " \(count)", x: 3, figure: bucket(index))
            }
        }
        line(strings.reportClosedWithoutReplyLine(total.closedWithoutReply), figure: .closedWithoutReply)
        line(strings.reportReopenedLine(total.reopened, rate: ReportText.percent(total.reopenRate)), figure: .reopened)
        line(strings.reportFirstReply(ReportText.percent(total.firstReplyResolutionRate)), figure: .resolvedOnFirstReply)
        line(strings.reportCSAT(average: total.csat.average.map { String(format: "%.1f", $0) } ?? "-",
                                satisfied: ReportText.percent(total.csat.satisfied), responseRate: ReportText.percent(total.csat.responseRate)),
             figure: .rated)
        let sparkWidth = max(1, min(60, width - 24))
        line(TextFit.pad(strings.reportBacklog, to: 22) + ReportText.sparkline(report.backlog.map(\.open), width: sparkWidth, ascii: state.asciiOnly)
             + " \(report.backlog.last?.open ?? 0)", figure: .backlog)
        if report.grouping == .day {
            // Days without a figure have no row: each day of the backlog is a mark.
            let byDay = Dictionary(uniqueKeysWithValues: report.rows.map { ($0.key, $0.replied) })
            let replies = report.backlog.map { byDay[$0.day] ?? 0 }
            line(TextFit.pad(strings.reportRepliesPerDay, to: 22) + ReportText.sparkline(replies, width: sparkWidth, ascii: state.asciiOnly))
        }
        grid.fill(x: 0, y: state.height - 1, width: width, height: 1, role: .status)
        // A message (nothing behind a figure, say) takes the hint's place until the next key.
        grid.put(" " + (state.flash ?? strings.reportHint), x: 0, y: state.height - 1, maxWidth: width, role: .status)
    }
}
