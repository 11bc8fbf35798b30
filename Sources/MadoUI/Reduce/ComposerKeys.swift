import Foundation
import MadoCore

/// r starts a reply; after the editor (or the inline Instagram box) the confirm screen decides.
enum ComposerKeys {
    static func reply(_ state: inout AppState) -> [Effect] {
        guard state.agent != nil else {
            state.flash = state.strings.noAgent
            return []
        }
        guard let id = state.focus == .list ? state.list.selectedConversation?.id : (state.reader.detail?.conversation.id ?? state.list.selectedConversation?.id)
        else { return [] }
        return [.beginReply(conversationID: id, force: false)]
    }

    static func draftReady(_ draft: ReplyDraft, window: String?, preview: ReplyPreview?, _ state: inout AppState) -> [Effect] {
        // A mail (subject, quote, signature) is written in the editor; a chat reply in the one-line box.
        if draft.channel.adapter.rules.hasSubject {
            state.composer = Composer(draft: draft, preview: preview)
            return [.editDraft(draft)]
        }
        state.composer = Composer(draft: draft, window: window, preview: preview)
        state.prompt = Prompt(kind: .instagramReply, text: draft.body)
        if let window { state.flash = window }
        return []
    }

    /// Keys on the confirm screen.
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var composer = state.composer else { return [] }
        if composer.confirmingDiscard {
            composer.confirmingDiscard = false
            if key == .char("y") {
                state.composer = nil
                state.flash = state.strings.draftDiscarded
                return [.discardDraft(composer.draft), .loadCounts(views: state.views)]
            }
            state.composer = composer
            return []
        }
        if composer.askingKeep {
            // q asked: y keeps the draft, n discards it (after one more question), anything else goes back.
            composer.askingKeep = false
            switch key {
            case .char("y"): return keep(composer, &state)
            case .char("n"): composer.confirmingDiscard = true
            default: break
            }
            state.composer = composer
            return []
        }
        switch key {
        case .char("c"): return send(composer, then: .closed, &state)
        case .char("p"): return send(composer, then: .pending, &state)
        case .char("s"), .char("y"): return send(composer, then: .open, &state)
        case .char("e"):
            if !composer.draft.channel.adapter.rules.hasSubject {
                state.prompt = Prompt(kind: .instagramReply, text: composer.draft.body)
                return []
            }
            return [.editDraft(composer.draft)]
        case .char("t"):
            return [.loadTemplateOptions(composer.draft)]
        case .char("l"), .escape:
            return keep(composer, &state)
        case .char("q"):
            composer.askingKeep = true
        case .char("m") where composer.draft.channel.adapter.rules.limit != nil:
            // Too long for one chat message: the parts are on screen, m sends them all.
            guard let preview = composer.preview, !preview.split.isEmpty else { break }
            state.composer = nil
            return [.sendReply(composer.draft, then: .open, split: true)]
        case .char("d"):
            composer.confirmingDiscard = true
        case .char("j"), .down: composer.scroll += 1
        case .char("k"), .up: composer.scroll = max(0, composer.scroll - 1)
        default: break
        }
        state.composer = composer
        return []
    }

    /// The draft stays in the store for later; Drafts counts it.
    static func keep(_ composer: Composer, _ state: inout AppState) -> [Effect] {
        state.composer = nil
        state.flash = state.strings.draftKept
        return [.postponeDraft(composer.draft), .loadCounts(views: state.views)]
    }

    static func send(_ composer: Composer, then status: ConversationStatus, _ state: inout AppState) -> [Effect] {
        if let parts = composer.preview?.split, !parts.isEmpty {
            // The screen shows the parts: one message cannot go, and m is the key that sends them.
            state.flash = state.strings.ja ? "1通には長すぎます：m で\(parts.count)通に分けて送信" : "Too long for one message: m sends it as \(parts.count)."
            return []
        }
        state.composer = nil
        return [.sendReply(composer.draft, then: status)]
    }
}
