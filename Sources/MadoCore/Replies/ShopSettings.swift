import Foundation

/// The shop as replies present it: its name, the address mail leaves from, its Instagram account.
///
/// Name and address have no stand-in: a reply signed "Our shop" from `support@localhost` is worse
/// than no reply, so an unset field stays empty, `missing` names it, and email is refused until it
/// is set (`ReplyError.shopNotSet`).
public struct ShopSettings: Sendable, Equatable {
    /// "" when unset.
    public var name: String
    /// Where replies leave from and where customers' answers should come back; "" when unset.
    public var address: String
    /// `[shop] addresses`: every address that is the shop's own (the main one included).
    public var addresses: [String]
    public var instagramAccount: String?
    public var timeZone: TimeZone
    /// Quote the customer's last message in email replies.
    public var quoteReplies: Bool
    /// The config file the settings came from, so an error can say where to set them.
    public var configFile: String
    /// `[replies] csat = on`: a reply that closes the conversation asks for a 1–5 rating (CSAT).
    public var askForRating = false

    public init(name: String = "", address: String = "", addresses: [String] = [], instagramAccount: String? = nil,
                timeZone: TimeZone = .current, quoteReplies: Bool = true, configFile: String = "~/.config/mado/config") {
        self.name = name.trimmingCharacters(in: .whitespaces)
        self.address = address.trimmingCharacters(in: .whitespaces)
        self.addresses = addresses
        self.instagramAccount = instagramAccount
        self.timeZone = timeZone
        self.quoteReplies = quoteReplies
        self.configFile = configFile
    }

    /// `[shop] name`, `address` (or the first of `addresses`), `addresses`, `instagram`, `timezone`; `[email] quote`.
    public init(config: Config) {
        let addresses = (config["shop.addresses"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        self.init(name: config["shop.name"] ?? "", address: config["shop.address"] ?? addresses.first ?? "", addresses: addresses,
                  instagramAccount: config["shop.instagram"], timeZone: config["shop.timezone"].flatMap(TimeZone.init(identifier:)) ?? .current,
                  quoteReplies: (config["email.quote"] ?? "yes").lowercased() != "no", configFile: config.file)
        askForRating = ["on", "yes", "true"].contains((config["replies.csat"] ?? "off").lowercased())
    }

    /// The settings email replies cannot do without, as config keys: `shop.name`, `shop.address`.
    public var missing: [String] {
        var result: [String] = []
        if name.isEmpty { result.append("shop.name") }
        if !address.contains("@") { result.append("shop.address") }
        return result
    }

    /// The domain after the @ of the shop's address (Message-IDs are made in it).
    public var domain: String {
        address.split(separator: "@").last.map { String($0).lowercased() } ?? ""
    }

    /// Whether mail may leave from this address: one of the shop's addresses, or in the shop's domain
    /// (the domain whose mail server signs it and whose SPF record lists it).
    public func isShopAddress(_ candidate: String) -> Bool {
        let lowered = candidate.trimmingCharacters(in: .whitespaces).lowercased()
        guard let at = lowered.lastIndex(of: "@"), at != lowered.startIndex else { return false }
        if lowered == address.lowercased() || addresses.contains(where: { $0.lowercased() == lowered }) { return true }
        return !domain.isEmpty && lowered[lowered.index(after: at)...] == domain
    }

    /// The address an agent's email replies leave from: their own when it belongs to the shop,
    /// otherwise the shop's.
    public func fromAddress(for agent: Agent) -> String {
        if let own = agent.email?.trimmingCharacters(in: .whitespaces), !own.isEmpty, isShopAddress(own) { return own }
        return address
    }
}

extension ShopSettings {
    /// Email replies are refused until the shop's name and address are set: no placeholder ever leaves.
    func requireSet() throws {
        guard missing.isEmpty else { throw ReplyError.shopNotSet(missing: missing, configFile: configFile) }
    }
}
