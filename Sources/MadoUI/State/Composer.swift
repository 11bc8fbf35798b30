import MadoCore

/// The confirm screen after writing a reply: what will be sent, and the keys to send it, edit it
/// again, keep it for later or throw it away.
public struct Composer: Sendable, Equatable {
    public var draft: ReplyDraft
    /// The Instagram messaging window, e.g. "reply within 3h 12m".
    public var window: String?
    /// The reply exactly as it will leave (From, To, text with signature, byte counts, the parts of
    /// a split), built by the store side; nil until it comes back, or when it could not be built.
    public var preview: ReplyPreview?
    public var confirmingDiscard = false
    /// q was pressed: keep the draft (y), discard it (n, then confirm) or go back (Esc).
    public var askingKeep = false
    public var scroll = 0

    public init(draft: ReplyDraft, window: String? = nil, preview: ReplyPreview? = nil) {
        self.draft = draft
        self.window = window
        self.preview = preview
    }
}
