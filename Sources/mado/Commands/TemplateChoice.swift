import Foundation
import MadoCore

/// `--template NAME` (the customer's language) or `--template NAME:ja`: filled exactly as the
/// composer fills it, and refused with the names of missing variables.
enum TemplateChoice {
    static func fill(_ spec: String, draft: ReplyDraft, builder: ReplyBuilder, agent: Agent, config: Config) throws -> ReplyDraft {
        let (templates, _) = TemplateLibrary.load(folders: TemplateLibrary.folders(config: config))
        let parts = spec.split(separator: ":").map(String.init)
        let last = try builder.store.messages(inConversation: draft.conversationID).last { $0.direction == .incoming }
        let language = parts.count > 1 ? parts[1] : (Quote.style(for: last?.text ?? "") == .japanese ? "ja" : "en")
        let candidates = templates.filter { $0.name == parts[0] && $0.fits(draft.channel) }
        guard let template = candidates.first(where: { $0.language == language }) ?? candidates.first else {
            let known = Set(templates.map(\.name)).sorted().joined(separator: ", ")
            throw StoreError.invalid("No template '\(parts[0])' for \(draft.channel.rawValue) (known: \(known)).")
        }
        let (filled, missing) = try builder.apply(template, to: draft, agent: agent, hours: try? BusinessHours(config: config))
        guard let filled else {
            throw StoreError.invalid("Template '\(template.name)' needs \(missing.joined(separator: ", ")), which this conversation does not have; nothing was queued.")
        }
        return filled
    }
}
