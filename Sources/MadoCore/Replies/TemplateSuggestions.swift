import Foundation

/// One template as the picker offers it for a conversation: what suggested it and what it lacks.
public struct TemplateSuggestion: Sendable, Equatable {
    public var template: Template
    /// Its keywords found in the customer's last message.
    public var matched: [String]
    /// Variables that cannot be filled now, or "channel:email" for a template of another channel.
    public var needs: [String]
    public var languageMatches: Bool
    public var usable: Bool { needs.isEmpty }
}

/// Orders templates for the reply being written: usable ones first; among them the ones whose
/// keywords the customer used, in the customer's language. Plain matching on text folded as search
/// folds it — no network, no model.
public enum TemplateSuggestions {
    /// "ja" when the text has kana or kanji, else "en".
    public static func language(of text: String) -> String {
        let japanese = text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x3040...0x30FF, 0x31F0...0x31FF, 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xFF66...0xFF9F: return true
            default: return false
            }
        }
        return japanese ? "ja" : "en"
    }

    /// The template's keywords that occur in the text.
    public static func matches(_ template: Template, in text: String) -> [String] {
        let folded = SearchText.fold(text)
        return template.keywords.filter { keyword in
            let word = SearchText.fold(keyword)
            return !word.isEmpty && folded.contains(word)
        }
    }

    public static func rank(_ templates: [Template], channel: Channel, customerText: String,
                            missing: (Template) -> [String]) -> [TemplateSuggestion] {
        let language = language(of: customerText)
        let suggestions = templates.map { template in
            TemplateSuggestion(template: template, matched: matches(template, in: customerText),
                               needs: template.fits(channel) ? missing(template) : ["channel:" + template.channel],
                               languageMatches: template.language == language)
        }
        // Sorting by a tuple of ranks, ties kept in the library's order.
        return suggestions.enumerated().sorted { a, b in
            let left = (a.element.usable ? 0 : 1, a.element.matched.isEmpty ? 1 : 0, a.element.languageMatches ? 0 : 1, -a.element.matched.count, a.offset)
            let right = (b.element.usable ? 0 : 1, b.element.matched.isEmpty ? 1 : 0, b.element.languageMatches ? 0 : 1, -b.element.matched.count, b.offset)
            return left < right
        }.map(\.element)
    }
}

extension ReplyBuilder {
    /// The variables a template would lack for this conversation now (nothing is written).
    public func missing(_ template: Template, conversationID: Int64, agent: Agent, hours: BusinessHours?, now: Date = Date()) throws -> [String] {
        guard let conversation = try store.conversation(id: conversationID) else { throw StoreError.notFound("Conversation \(conversationID)") }
        let last = try store.messages(inConversation: conversationID).last { $0.direction == .incoming }?.sentAt
        let values = ReplyVariables.values(conversation: conversation, lastFromCustomer: last, agent: agent, shop: shop, hours: hours,
                                           language: template.language, now: now, order: try store.order(aboutConversation: conversationID),
                                           customerSuppressed: try store.isSuppressed(customerID: conversation.customerID))
        if case .missing(let names) = TemplateRenderer.render(template, variables: values) { return names }
        return []
    }
}
