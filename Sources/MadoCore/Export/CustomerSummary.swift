import Foundation

/// `mado customer show` as text: who the customer is on each channel, what merges left in sight,
/// the shared notes, orders and every conversation, newest first.
public enum CustomerSummary {
    public static func lines(customer: Customer, identities: [Identity], alternatives: [CustomerAlternative], orders: [ShopOrder],
                             conversations: [Conversation], merges: [CustomerMerge], timeZone: TimeZone = .current) -> [String] {
        let day = formatter("yyyy-MM-dd", timeZone), minute = formatter("yyyy-MM-dd HH:mm", timeZone)
        var lines = ["Customer \(customer.id): \(customer.name)"]
        if let into = customer.mergedInto { lines.append("Merged into customer \(into) (undo: mado customer unmerge \(customer.id))") }
        lines.append("Identities:")
        if identities.isEmpty { lines.append("  none") }
        for identity in identities {
            var line = "  " + identity.channel.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0) + identity.shownAddress
            if case .accountID = identity.channel.adapter.identity { line += "  (id \(identity.address))" }
            if let name = identity.displayName, !name.isEmpty, name != customer.name { line += "  \(name)" }
            lines.append(line)
        }
        if !alternatives.isEmpty {
            lines.append("Alternatives (kept from merged customers):")
            for alternative in alternatives {
                let from = alternative.fromCustomerID.map { " (from customer \($0))" } ?? ""
                lines.append("  \(alternative.field): \(alternative.value.replacingOccurrences(of: "\n", with: " / "))\(from)")
            }
        }
        if customer.notes.isEmpty {
            lines.append("Notes: none")
        } else {
            let by = [customer.notesBy, customer.notesAt.map(minute.string)].compactMap { $0 }.joined(separator: ", ")
            lines.append("Notes" + (by.isEmpty ? "" : " (last changed by \(by))") + ":")
            lines += customer.notes.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
        }
        lines.append("Orders (\(orders.count)):")
        for order in orders {
            let total = [order.total, order.currency].compactMap { $0 }.joined(separator: " ")
            let parts = [order.name, order.createdAt.map(day.string) ?? "-", total.isEmpty ? "-" : total,
                         order.financialStatus ?? "-", order.fulfillmentStatus ?? "unfulfilled"]
            lines.append("  " + parts.joined(separator: "  "))
        }
        lines.append("Conversations, newest first (\(conversations.count)):")
        for conversation in conversations {
            let subject = conversation.subject.isEmpty ? conversation.preview : conversation.subject
            lines.append("  #\(conversation.id)  \(conversation.channel.rawValue)  \(conversation.status.rawValue)  " +
                         "\(day.string(from: conversation.lastMessageAt))  \(subject)")
        }
        if !merges.isEmpty {
            lines.append("Merges:")
            for merge in merges {
                var line = "  merge \(merge.id): customer \(merge.otherID) into \(merge.keepID), \(minute.string(from: merge.at)) by \(merge.actor)" +
                           " (\(merge.movedSummary))"
                if let undone = merge.undoneAt { line += ", undone \(minute.string(from: undone)) by \(merge.undoneBy ?? "?")" }
                lines.append(line)
            }
        }
        return lines
    }

    static func formatter(_ format: String, _ timeZone: TimeZone) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = format
        return formatter
    }
}
