import Foundation
import MadoCore

/// The report screen: j/k move between its figures, Enter lists the conversations behind one as a
/// view of its own (named "# …", like a search's "/ …"), Esc on that list brings the report back.
enum ReportKeys {
    /// The figures on screen that can be opened, top to bottom: the volumes line (received), the
    /// first-response line and its bars, the resolution line and its bars, closed without reply,
    /// reopened, resolved on first reply, CSAT and the backlog: every line lists its conversations.
    static let figures: [ReportFigure] = [.received, .replied]
        + TimeFigures.bucketNames.indices.map { .firstResponse(bucket: $0) }
        + [.resolved] + TimeFigures.bucketNames.indices.map { .resolution(bucket: $0) }
        + [.closedWithoutReply, .reopened, .resolvedOnFirstReply, .rated, .backlog]

    static func isDrillView(_ view: InboxView) -> Bool { view.name.hasPrefix("# ") }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch key {
        case .escape, .char("q"):
            state.report = nil
        case .char("j"), .down:
            state.reportFigure = min(figures.count - 1, state.reportFigure + 1)
        case .char("k"), .up:
            state.reportFigure = max(0, state.reportFigure - 1)
        case .home, .char("g"):
            state.reportFigure = 0
        case .end, .char("G"):
            state.reportFigure = figures.count - 1
        case .enter, .char("l"), .right:
            return drill(&state)
        case .char("?"), .function(1):
            return HelpKeys.open(&state)
        default:
            break
        }
        return []
    }

    /// Enter: the conversations behind the figure under the cursor become a view; the report waits.
    static func drill(_ state: inout AppState) -> [Effect] {
        guard let report = state.report, figures.indices.contains(state.reportFigure) else { return [] }
        let figure = figures[state.reportFigure]
        let ids = report.conversations(behind: figure)
        guard !ids.isEmpty else {
            state.flash = state.strings.reportNothingBehind
            return []
        }
        state.reportBehind = report
        state.report = nil
        if !isDrillView(state.currentView) { state.reportDrillFrom = state.currentView.name }
        state.views.removeAll { isDrillView($0) }
        state.views.append(InboxView(name: "# " + state.strings.reportFigureName(figure), filter: .conversations(ids)))
        state.viewIndex = -1
        return Reducer.switchView(to: state.views.count - 1, &state) + [.loadCounts(views: state.views)]
    }

    /// Esc on the list of a figure: the list goes, the view before comes back under the report.
    static func leave(_ state: inout AppState) -> [Effect] {
        let from = state.reportDrillFrom
        state.views.removeAll { isDrillView($0) }
        state.reportDrillFrom = nil
        let index = state.views.firstIndex { $0.name == from } ?? 0
        state.viewIndex = -1
        let effects = Reducer.switchView(to: index, &state) + [.loadCounts(views: state.views)]
        state.report = state.reportBehind
        state.reportBehind = nil
        return effects
    }
}
