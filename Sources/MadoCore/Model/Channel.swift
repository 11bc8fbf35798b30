/// Where a customer wrote from: the name of a registered channel (`Channels.all`), stored as text
/// in every row that belongs to one. A name no registered channel has is an error where it is
/// read (`Channel.stored`), never a fallback: an unknown channel must not be answered by email.
public struct Channel: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public let rawValue: String

    /// Only a channel's own folder makes its value (`extension Channel { static let email … }`).
    init(registering name: String) { rawValue = name }

    /// A registered channel by name; nil for any other name.
    public init?(rawValue: String) {
        guard Channels.all.contains(where: { $0.channel.rawValue == rawValue }) else { return nil }
        self.rawValue = rawValue
    }

    /// A channel read from the store: an unknown name is reported with where it was found.
    public static func stored(_ name: String, in table: String) throws -> Channel {
        guard let channel = Channel(rawValue: name) else { throw ChannelError.unknown(name: name, table: table) }
        return channel
    }

    /// Every registered channel, in registration order.
    public static var allCases: [Channel] { Channels.all.map(\.channel) }

    /// The channel's adapter: how it sends, what it limits, how the screen names it.
    public var adapter: any ChannelAdapter { Channels.adapter(for: self) }

    /// The list's channel mark; `ascii` for terminals that cannot draw ✉.
    public func mark(ascii: Bool) -> String { adapter.mark(ascii: ascii) }

    public var displayName: String { adapter.name.english }
    public var description: String { rawValue }

    public static func < (a: Channel, b: Channel) -> Bool { a.rawValue < b.rawValue }

    public init(from decoder: any Decoder) throws {
        let name = try decoder.singleValueContainer().decode(String.self)
        guard let channel = Channel(rawValue: name) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown channel '\(name)'"))
        }
        self = channel
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

public enum ChannelError: Error, CustomStringConvertible, Equatable {
    case unknown(name: String, table: String)

    public var description: String {
        switch self {
        case .unknown(let name, let table):
            let known = Channel.allCases.map(\.rawValue).joined(separator: ", ")
            return "The store has a row in \(table) for channel '\(name)', which this mado does not know (it knows \(known)); upgrade mado to read it."
        }
    }
}
