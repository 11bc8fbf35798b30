/// The registered channels, one line each. Adding a channel: its folder under `Channels/`, its
/// line here, its theme role (`StyleRole` and `themes/*.theme`), its tests.
public enum Channels {
    public static let all: [any ChannelAdapter] = [
        EmailChannel(),
        InstagramChannel(),
        LINEChannel(),
    ]

    static func adapter(for channel: Channel) -> any ChannelAdapter {
        // A Channel value exists only for a registered name (Channel.init?(rawValue:)).
        all.first { $0.channel == channel }!
    }
}
