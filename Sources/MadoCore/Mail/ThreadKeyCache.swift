/// Remembers, by conversation, a hash of its thread key, so that an import works each subject
/// out once: a customer who writes often has many conversations in the subject window, each
/// compared with every new mail. At 100k mails, with room for only 4096 keys, the import worked
/// keys out again and again (a twentieth of the writing thread's time).
///
/// Fixed size and hashes only (1 MB for 65,536 conversations, however long the subjects): the
/// import's memory stays flat. A slot is picked by the conversation's id, which grows one by one,
/// so a mailbox's recent conversations land in different slots. Equal hashes are not proof of
/// equal keys: the caller confirms a match on the key itself.
struct ThreadKeyCache {
    private static let slots = 1 << 16
    private var ids: [Int64] = []
    /// The subject's hash in the high half, the key's in the low half.
    private var hashes: [UInt64] = []

    /// The hash of `subject`'s thread key for this conversation.
    mutating func keyHash(conversationID: Int64, subject: String) -> UInt32 {
        allocate()
        let slot = Self.slot(conversationID)
        let subjectHash = Self.hash32(subject)
        if ids[slot] == conversationID && UInt32(truncatingIfNeeded: hashes[slot] >> 32) == subjectHash {
            return UInt32(truncatingIfNeeded: hashes[slot])
        }
        let keyHash = Self.hash32(SubjectNormalizer.threadKey(subject))
        ids[slot] = conversationID
        hashes[slot] = UInt64(subjectHash) << 32 | UInt64(keyHash)
        return keyHash
    }

    /// A conversation just started: its stored subject and the key already worked out for its
    /// first mail, so that the next mail from the same customer does not work it out again.
    mutating func remember(conversationID: Int64, subject: String, key: String) {
        allocate()
        let slot = Self.slot(conversationID)
        ids[slot] = conversationID
        hashes[slot] = UInt64(Self.hash32(subject)) << 32 | UInt64(Self.hash32(key))
    }

    /// On first use: the other commands that make an importer (a webhook, one mail) never do.
    private mutating func allocate() {
        guard ids.isEmpty else { return }
        ids = Array(repeating: -1, count: Self.slots)
        hashes = Array(repeating: 0, count: Self.slots)
    }

    private static func slot(_ conversationID: Int64) -> Int {
        Int(truncatingIfNeeded: UInt64(bitPattern: conversationID) & UInt64(slots - 1))
    }

    static func hash32(_ text: String) -> UInt32 {
        let hash = UInt64(bitPattern: Int64(text.hashValue))
        return UInt32(truncatingIfNeeded: hash ^ hash >> 32)
    }
}
