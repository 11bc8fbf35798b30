import MadoCore

/// The confirm screen after writing a reply: what will be sent, and the keys to send it, edit it
/// again, keep it for later or throw it away.
public struct Composer: Sendable, Equatable {
    public var draft: ReplyDraft
    /// The Instagram messaging window, e.g. "reply within 3h 12m".
    public var window: String?
    public var confirmingDiscard = false
    public var scroll = 0

    public init(draft: ReplyDraft, window: String? = nil) {
        self.draft = draft
        self.window = window
    }
}
