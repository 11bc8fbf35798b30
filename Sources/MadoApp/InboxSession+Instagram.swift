import Foundation
import MadoCore
import MadoUI

/// The inbox's idle tick for Instagram (see InstagramInboxWork): what arrived shows in the list
/// at once, and the status line says what came or what could not be done.
extension InboxSession {
    public func idle(_ state: inout AppState) {
        // A read-only inbox (no agent) writes nothing, imports included.
        guard let instagram, agent != nil else { return }
        let tick = instagram.idle(store: store)
        if tick.changed { run(Reducer.reduce(&state, .storeChanged), on: &state) }
        var words: [String] = []
        if tick.imported > 0 { words.append(state.strings.instagramArrived(tick.imported)) }
        words += tick.notImported.map(state.strings.instagramNotImported)
        words += tick.problems.map(state.strings.instagramBackgroundProblem)
        if !words.isEmpty { run(Reducer.reduce(&state, .flash(words.joined(separator: " "))), on: &state) }
    }
}
