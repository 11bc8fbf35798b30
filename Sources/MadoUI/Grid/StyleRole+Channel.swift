import MadoCore

extension StyleRole {
    /// The role a channel's marks are drawn in, named by its adapter (`ChannelAdapter.themeRole`).
    /// `ChannelSeamTests` checks every registered channel names a role that exists.
    public static func channel(_ channel: Channel) -> StyleRole {
        StyleRole(rawValue: channel.adapter.themeRole) ?? .normal
    }
}
