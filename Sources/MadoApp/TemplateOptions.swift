import Foundation
import MadoCore
import MadoUI

extension InboxSession {
    /// The template picker for a draft: templates that can be used now first — the ones the
    /// customer's last message suggests, in their language and channel — then the ones that
    /// cannot, greyed with what they need (orders, the shop's name, another channel).
    func templateOptions(for draft: ReplyDraft) throws -> [PickerItem] {
        let messages = try store.messages(inConversation: draft.conversationID)
        let last = messages.last { $0.direction == .incoming && !$0.auto } ?? messages.last { $0.direction == .incoming }
        let text = [last?.subject ?? "", last?.text ?? ""].joined(separator: "\n")
        let builder = ReplyBuilder(store: store, shop: shop)
        let ranked = TemplateSuggestions.rank(templates, channel: draft.channel, customerText: text) { template in
            guard let agent else { return [] }
            return (try? builder.missing(template, conversationID: draft.conversationID, agent: agent, hours: hours)) ?? []
        }
        return ranked.map { suggestion in
            let template = suggestion.template
            return PickerItem(label: "\(template.name) (\(template.language)) — \(template.description)", value: "\(template.name)|\(template.language)",
                              preview: template.body, needs: suggestion.needs, matched: suggestion.matched)
        }
    }
}
