import Foundation

/// Fills a template's `{{variables}}`. A reply with an unknown or empty variable is never queued:
/// the result is either the text, or the names of what is missing — there is no text to send then.
public enum RenderResult: Sendable, Equatable {
    case text(String)
    case missing([String])
}

public enum TemplateRenderer {
    public static let knownVariables = ["customer.name", "customer.first_name", "agent.name", "shop.name", "conversation.subject",
                                        "order.number", "order.status", "order.items", "reply_by", "business_hours"]

    public static func render(_ template: Template, variables: [String: String?]) -> RenderResult {
        var output = ""
        var missing: [String] = []
        var rest = Substring(template.body)
        while let open = rest.range(of: "{{") {
            output += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                output += rest[open.lowerBound...]
                rest = ""
                break
            }
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            rest = rest[close.upperBound...]
            guard let value = variables[name] ?? nil, !value.trimmingCharacters(in: .whitespaces).isEmpty else {
                if !missing.contains(name) { missing.append(name) }
                continue
            }
            output += name.hasPrefix("customer.") && template.language == "ja" ? withHonorific(value) : value
        }
        output += rest
        return missing.isEmpty ? .text(output) : .missing(missing)
    }

    /// Japanese replies address the customer with 様, unless an honorific is already there.
    public static func withHonorific(_ name: String) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        for honorific in ["様", "さま", "さん", "殿", "御中", "先生"] where trimmed.hasSuffix(honorific) { return trimmed }
        return trimmed + " 様"
    }

    /// "Emma Wilson" → "Emma"; a Japanese name (family name first) stays whole.
    public static func firstName(_ name: String) -> String {
        if name.unicodeScalars.contains(where: { $0.value >= 0x3000 }) { return name }
        return String(name.split(separator: " ").first ?? Substring(name))
    }
}
