/// Replies come from a person: the agent's own name, in the shape each channel expects.
public enum Signature {
    /// After the "-- " line in email: the agent's own signature, or their name and the shop.
    public static func email(agent: Agent, shop: ShopSettings) -> String {
        if let custom = agent.emailSignature, !custom.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return custom }
        return "\(agent.name)\n\(shop.name)"
    }

    /// A chat reply's sign-off: the agent's own for the channel (`:me line-signature`), else "— Hanako".
    public static func chat(agent: Agent, channel: Channel) -> String {
        if let custom = agent.signOffs[channel], !custom.isEmpty { return custom }
        return "— " + firstName(agent.name)
    }

    /// "佐藤 花子 (Flourist)": how the From line names the sender — the agent's whole name as they
    /// wrote it (a first name alone would be the family name for "佐藤 花子").
    public static func fromName(agent: Agent, shop: ShopSettings) -> String {
        "\(agent.name) (\(shop.name))"
    }

    /// "Hanako Sato" → "Hanako"; "佐藤 花子" (family name first) → "佐藤".
    static func firstName(_ name: String) -> String {
        String(name.split(separator: " ").first ?? Substring(name))
    }
}
