import Foundation
import MadoCore

/// Scrolling the thread and the customer history.
enum ReaderNavigation {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        let page = state.layout.readerRows
        switch key {
        case .char("j"), .down: state.reader.scroll += 1
        case .char("k"), .up: state.reader.scroll -= 1
        case .char("g"), .home: state.reader.scroll = 0
        case .char("G"), .end: state.reader.scroll = Int.max / 2
        case .pageDown, .char(" "), .ctrl("f"): state.reader.scroll += max(1, page - 1)
        case .pageUp, .ctrl("b"): state.reader.scroll -= max(1, page - 1)
        case .ctrl("d"): state.reader.scroll += page / 2
        case .ctrl("u"): state.reader.scroll -= page / 2
        case .char("J"): return ListNavigation.move(to: state.list.selected + 1, &state)
        case .char("K"): return ListNavigation.move(to: state.list.selected - 1, &state)
        default: return []
        }
        return clamp(&state)
    }

    /// Keeps the scroll inside the thread: the last line can reach the bottom of the pane, no further.
    static func clamp(_ state: inout AppState) -> [Effect] {
        guard let detail = state.reader.detail else {
            state.reader.scroll = 0
            return []
        }
        let layout = state.layout
        let total = ThreadLines.lines(detail, width: layout.readerWidth - 1, strings: state.strings, asciiOnly: state.asciiOnly, now: state.now).count
        state.reader.scroll = max(0, min(state.reader.scroll, total - layout.readerRows))
        return []
    }
}
