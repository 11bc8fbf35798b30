import Foundation

/// The shop as replies present it: its name, the address mail leaves from, its Instagram account.
public struct ShopSettings: Sendable, Equatable {
    public var name: String
    public var address: String
    public var instagramAccount: String?
    public var timeZone: TimeZone
    /// Quote the customer's last message in email replies.
    public var quoteReplies: Bool

    public init(name: String = "Flourist", address: String = "support@flourist.example.jp", instagramAccount: String? = nil,
                timeZone: TimeZone = .current, quoteReplies: Bool = true) {
        self.name = name
        self.address = address
        self.instagramAccount = instagramAccount
        self.timeZone = timeZone
        self.quoteReplies = quoteReplies
    }

    /// `[shop] name`, `address` (or the first of `addresses`), `instagram`, `timezone`, `quote`.
    public init(config: Config) {
        name = config["shop.name"] ?? "Our shop"
        address = config["shop.address"] ?? (config["shop.addresses"] ?? "").split(separator: ",").first.map {
            $0.trimmingCharacters(in: .whitespaces)
        } ?? "support@localhost"
        instagramAccount = config["shop.instagram"]
        timeZone = config["shop.timezone"].flatMap(TimeZone.init(identifier:)) ?? .current
        quoteReplies = (config["email.quote"] ?? "yes").lowercased() != "no"
    }
}
