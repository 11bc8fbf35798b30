import Foundation
import MadoApp
import MadoCore
import MadoTerminal
import MadoUI

/// The full-screen inbox: read a key, reduce, perform the effects, render, draw.
enum InboxCommand {
    /// `configOverrides` ("section.key" → value) are laid over the user's config (the demo's shop).
    static func run(_ words: [String], configOverrides: [String: String] = [:]) throws -> Int32 {
        let arguments = try Arguments(words, valued: Commands.commonValued, flags: [])
        guard arguments.positional.isEmpty else {
            throw Arguments.UsageError(description: "Unknown command '\(arguments.positional[0])'. Run 'mado help' for the list.")
        }
        let environment = ProcessInfo.processInfo.environment
        let strings = UIStrings.forEnvironment(environment)
        var problems: [String] = []
        // A broken config stops the inbox before the screen opens, like every other command: a
        // status-line note is easily missed, and the inbox would otherwise send with half the settings.
        var config = try Config.load()
        config.values.merge(configOverrides) { _, override in override }
        let explicitPath = arguments["store"] ?? environment["MADO_STORE"]
        let store = try Store(path: explicitPath ?? Store.defaultPath(), create: explicitPath == nil)
        let agent = try Commands.agent(arguments, store: store, config: config)
        let (theme, themeProblem) = ThemeLoader.load(arguments["theme"] ?? config["theme"] ?? "dark")
        if let themeProblem { problems.append(strings.describe(themeProblem)) }
        guard isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0 else {
            throw StoreError.invalid("The inbox needs a terminal; for scripts use 'mado list' and 'mado show'.")
        }

        let terminal = Terminal(theme: theme)
        defer {
            // Whatever was being written stays as a draft; only the "replying" mark goes.
            if let agent { try? store.clearPresenceOfThisProcess(agent: agent) }
            terminal.stop()
        }
        let replyTarget = DurationText.parse(config["inbox.reply_target"] ?? "") ?? 4 * 3600
        let session = InboxSession(store: store, agent: agent, replyTarget: replyTarget)
        session.shop = ShopSettings(config: config)
        session.sender = OutboxSender(config: config)
        session.quota = { try? $0.adapter.quota(config: config) }
        let (templates, templateErrors) = TemplateLibrary.load(folders: TemplateLibrary.folders(config: config))
        session.templates = templates
        // Each chat channel's spool, imported between keys (and what it fetches after, in the background).
        session.channelWork = try Channels.inbound.map { try $0.inbound.inboxWork(store: store, config: config, templates: templates) }
        problems += templateErrors.map(strings.describe)
        do { session.hours = try BusinessHours(config: config) } catch { problems.append(strings.describe(error)) }
        if let folder = config["attachments.folder"] { session.attachmentsFolder = (folder as NSString).expandingTildeInPath }
        if let agent {
            let editor = DraftEditor(terminal: terminal, store: store, agent: agent)
            session.editDraft = { editor.edit($0) }
            session.editText = { editor.editText($0) }
        }
        session.suspendTerminal = { terminal.suspendToShell() }
        session.redrawTerminal = { terminal.forceFullRedraw() }
        var state = AppState(width: terminal.width, height: terminal.height, now: Date(),
                             views: InboxView.builtIn(agentLogin: agent?.login),
                             strings: strings, agent: agent)
        if let note = state.strings.localeNote(terminal.localeChoice) { problems.insert(note, at: 0) }
        state.flash = problems.isEmpty ? nil : problems.joined(separator: " ")
        // Each one whole in :messages too: a long note at 80 columns is easily cut.
        state.messageLog = problems
        // ASCII marks when the terminal cannot show ✉ ▶ │ (no UTF-8 locale), or when asked to.
        state.asciiOnly = terminal.asciiOnly || ["1", "yes", "true"].contains((environment["MADO_ASCII"] ?? config["ascii"] ?? "").lowercased())
        session.start(&state)
        terminal.draw(Renderer.render(state))
        session.loadCounts(&state)
        session.defersCounts = true
        var lastTick = Date()
        var drawn: AppState?
        var stoppedBy: Int32?
        while !state.quitting {
            // Idle half-seconds with nothing new cost nothing: render only when the state changed.
            if drawn != state || terminal.needsFullDraw {
                terminal.draw(Renderer.render(state))
                drawn = state
            }
            // The key's answer is on screen: now the counts of every view, drawn at once after.
            if session.hasPendingWork {
                session.loadPendingCounts(&state)
                continue
            }
            // While a reply is on its way, look more often so its outcome shows at once.
            if let event = terminal.read(timeoutMilliseconds: session.isDelivering ? 50 : 500,
                                         multiline: state.prompt?.isMultiline ?? false) {
                let input: Input
                switch event {
                case .key(let key): input = .key(key)
                case .resize(let width, let height): input = .resize(width: width, height: height)
                }
                let wasInInstagramBox = state.prompt?.kind == .instagramReply
                session.run(Reducer.reduce(&state, input), on: &state)
                if wasInInstagramBox && state.prompt == nil && state.composer != nil { terminal.discardTypeahead() }
            } else {
                // No key waiting: the spool mado webhook fills, and pictures and profiles.
                session.idle(&state)
            }
            session.recordFinishedDeliveries(&state)
            // Another mado (a second SSH session) or an import changed the store: show it.
            if session.storeChangedElsewhere() {
                session.run(Reducer.reduce(&state, .storeChangedElsewhere), on: &state)
            }
            if let signal = terminal.stopSignal {
                // Hung up or told to stop: close what is open the way Ctrl-C would (a draft being
                // written is kept for later), then leave as if q was pressed.
                for _ in 0..<4 where state.prompt != nil || state.composer != nil || state.picker != nil {
                    session.run(Reducer.reduce(&state, .key(.ctrl("c"))), on: &state)
                }
                stoppedBy = signal
                break
            }
            if Date().timeIntervalSince(lastTick) >= 20 {
                lastTick = Date()
                session.run(Reducer.reduce(&state, .tick(lastTick)), on: &state)
            }
        }
        // A reply handed to sendmail is recorded before we go, whatever the person pressed.
        session.finishDeliveries(&state)
        return stoppedBy.map { 128 + $0 } ?? 0
    }
}
