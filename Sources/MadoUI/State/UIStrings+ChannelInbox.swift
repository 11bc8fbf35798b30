import Foundation
import MadoCore

/// Words for the open inbox's idle tick, for any chat channel (its name from its adapter): what
/// the spool brought, a payload that could not be imported, and work that failed in the background.
extension UIStrings {
    public func chatArrived(_ channel: ChannelName, _ count: Int) -> String {
        ja ? "\(channel.japanese) のメッセージが \(count) 件届きました。"
            : (count == 1 ? "1 new \(channel.english) message." : "\(count) new \(channel.english) messages.")
    }

    public func chatNotImported(_ channel: ChannelName, _ detail: String) -> String {
        ja ? "\(channel.japanese) の受信データを取り込めませんでした: 「\(detail)」" : "A \(channel.english) webhook payload could not be imported: \(detail)"
    }

    public func chatBackgroundProblem(_ channel: ChannelName, _ detail: String) -> String {
        guard ja else { return "\(channel.english) (in the background): \(detail)" }
        return "\(channel.japanese)（バックグラウンド処理）: " + (knownFailure(detail, usage: true) ?? "「\(detail)」")
    }

    /// A stored failure sentence a channel or one of the phrasebooks knows, in Japanese; nil for
    /// any other. Each channel's own sentences are its adapter's (`describeDeliveryFailure`).
    func knownFailure(_ stored: String, usage: Bool) -> String? {
        for adapter in Channels.all {
            if let said = adapter.describeDeliveryFailure(stored, japanese: true) { return said }
        }
        return ErrorPhrasebook.japanese(stored, ErrorPhrases.secrets) ?? ErrorPhrasebook.japanese(stored, ErrorPhrases.delivery)
            ?? ErrorPhrasebook.japanese(stored, [NetworkLibraryError.phrase])
            // A setting the channel's importer could not take (`[line] max_attachment_bytes`).
            ?? (usage ? ErrorPhrasebook.japanese(stored, ErrorPhrases.usage) : nil)
    }
}
