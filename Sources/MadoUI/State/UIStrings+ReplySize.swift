import Foundation
import MadoCore

extension UIStrings {
    /// What a message size counts: bytes (Instagram) or characters (LINE).
    public func sizeUnit(_ unit: TextLimit.Unit) -> String {
        switch unit {
        case .utf8Bytes: return ja ? "バイト" : "bytes"
        case .utf16Units: return ja ? "文字" : "characters"
        }
    }

    /// The confirm screen's line on how a reply goes, said by the channel that has the choice
    /// (LINE's free reply or counted push: `ChannelAdapter.describeRoute`).
    public func replyRoute(_ route: ReplyRoute, quota: MessageQuota?, timeZone: TimeZone = .current) -> String {
        for adapter in Channels.all {
            if let said = adapter.describeRoute(route, quota: quota, japanese: ja, timeZone: timeZone) { return said }
        }
        return ""
    }
}
