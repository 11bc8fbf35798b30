/// Where a customer wrote from. Every conversation and identity belongs to one channel.
public enum Channel: String, Sendable, CaseIterable, Codable {
    case email
    case instagram

    /// The list's channel mark; `ascii` for terminals that cannot draw ✉.
    public func mark(ascii: Bool) -> String {
        switch self {
        case .email: return ascii ? "@" : "✉"
        case .instagram: return "IG"
        }
    }

    public var displayName: String {
        switch self {
        case .email: return "Email"
        case .instagram: return "Instagram"
        }
    }
}
