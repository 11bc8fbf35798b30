import Foundation
import MadoCore
import MadoUI

/// The inbox's idle tick for every chat channel (see ChannelInboxWork): what arrived shows in the
/// list at once, and the status line says what came, on which channel, or what could not be done.
extension InboxSession {
    public func idle(_ state: inout AppState) {
        // A read-only inbox (no agent) writes nothing, imports included.
        guard agent != nil, !channelWork.isEmpty else { return }
        var changed = false
        var words: [String] = []
        for work in channelWork {
            let tick = work.idle(store: store, now: Date())
            changed = changed || tick.changed
            let name = work.channel.adapter.name
            if tick.imported > 0 { words.append(state.strings.chatArrived(name, tick.imported)) }
            words += tick.notImported.map { state.strings.chatNotImported(name, $0) }
            words += tick.problems.map { state.strings.chatBackgroundProblem(name, $0) }
        }
        if changed { run(Reducer.reduce(&state, .storeChanged), on: &state) }
        if !words.isEmpty { run(Reducer.reduce(&state, .flash(words.joined(separator: " "))), on: &state) }
    }
}
