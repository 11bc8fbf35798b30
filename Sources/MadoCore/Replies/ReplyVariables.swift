import Foundation

/// The values templates can use, worked out for one conversation, agent and language.
public enum ReplyVariables {
    public static func values(conversation: Conversation, lastFromCustomer: Date?, agent: Agent, shop: ShopSettings,
                              hours: BusinessHours?, language: String, now: Date, order: ShopOrder? = nil,
                              customerSuppressed: Bool = false) -> [String: String?] {
        // A suppressed customer's data is not used: a template that needs their name is refused.
        var values: [String: String?] = [
            "customer.name": customerSuppressed ? nil : conversation.customerName,
            "customer.first_name": customerSuppressed ? nil : TemplateRenderer.firstName(conversation.customerName),
            "agent.name": agent.name,
            "shop.name": shop.name,
            "conversation.subject": conversation.subject.isEmpty ? nil : conversation.subject,
            // With no order for this conversation a template that needs one is refused, not sent with a blank.
            "order.number": order?.name,
            "order.status": order.map { OrderText.status($0, language: language) },
            "order.items": order.flatMap(OrderText.items),
        ]
        if let hours {
            values["reply_by"] = hours.describeDeadline(hours.replyBy(receivedAt: lastFromCustomer ?? now), now: now, language: language)
            values["business_hours"] = hours.describe(language: language)
        }
        return values
    }
}

extension ReplyBuilder {
    /// Puts a template's text at the top of the draft (above the signature and quote). Refused, with
    /// the names of what is missing, when a variable is unknown or empty.
    public func apply(_ template: Template, to draft: ReplyDraft, agent: Agent, hours: BusinessHours?, now: Date = Date()) throws -> (ReplyDraft?, missing: [String]) {
        guard let conversation = try store.conversation(id: draft.conversationID) else { throw StoreError.notFound("Conversation \(draft.conversationID)") }
        let last = try store.messages(inConversation: draft.conversationID).last { $0.direction == .incoming }?.sentAt
        let values = ReplyVariables.values(conversation: conversation, lastFromCustomer: last, agent: agent, shop: shop, hours: hours,
                                           language: template.language, now: now, order: try store.order(aboutConversation: draft.conversationID),
                                           customerSuppressed: try store.isSuppressed(customerID: conversation.customerID))
        switch TemplateRenderer.render(template, variables: values) {
        case .missing(let names):
            return (nil, names)
        case .text(let text):
            var result = draft
            result.body = text.trimmingCharacters(in: .newlines) + "\n" + draft.body
            // The quote's attribution follows the template's language (Japanese style under Japanese templates).
            if let last = try store.messages(inConversation: draft.conversationID).last(where: { $0.direction == .incoming }) {
                let author = last.fromName.isEmpty ? last.fromAddress : last.fromName
                let styles: [(Quote.Style, String)] = [(.english, "en"), (.japanese, "ja")]
                for (style, language) in styles where language != template.language {
                    let other = Quote.attribution(author: author, date: last.sentAt, style: style, timeZone: shop.timeZone)
                    let wanted = Quote.attribution(author: author, date: last.sentAt, style: template.language == "ja" ? .japanese : .english,
                                                   timeZone: shop.timeZone)
                    result.body = result.body.replacingOccurrences(of: other, with: wanted)
                }
            }
            return (result, [])
        }
    }
}
