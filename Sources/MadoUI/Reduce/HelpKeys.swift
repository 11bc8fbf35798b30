import Foundation

/// Keys while the help is open: it scrolls; Esc, q or ? close it; any other key closes it without acting.
enum HelpKeys {
    static func open(_ state: inout AppState, topic: HelpTopic? = nil) -> [Effect] {
        state.showHelp = true
        state.helpScroll = 0
        if let topic, let title = HelpTable.sections(for: topic).first?.title(japanese: state.strings.ja) {
            // :help search starts at the search words.
            let index = HelpOverlay.lines(state).firstIndex { $0.isTitle && $0.text.hasPrefix(title) } ?? 0
            state.helpScroll = min(index, HelpOverlay.maxScroll(state))
        }
        return []
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        let page = max(1, HelpOverlay.rows(state) - 1)
        switch key {
        case .char("j"), .down, .ctrl("n"), .enter: scroll(by: 1, &state)
        case .char("k"), .up, .ctrl("p"): scroll(by: -1, &state)
        case .pageDown, .char(" "), .ctrl("f"), .ctrl("d"): scroll(by: page, &state)
        case .pageUp, .char("b"), .ctrl("b"), .ctrl("u"): scroll(by: -page, &state)
        case .char("g"), .home: state.helpScroll = 0
        case .char("G"), .end: state.helpScroll = HelpOverlay.maxScroll(state)
        default:
            state.showHelp = false
        }
        return []
    }

    static func scroll(by lines: Int, _ state: inout AppState) {
        state.helpScroll = max(0, min(state.helpScroll + lines, HelpOverlay.maxScroll(state)))
    }
}
