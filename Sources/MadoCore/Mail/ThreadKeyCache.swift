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
        if ids.isEmpty {
            ids = Array(repeating: -1, count: Self.slots)
            hashes = Array(repeating: 0, count: Self.slots)
        }
        let slot = Int(truncatingIfNeeded: UInt64(bitPattern: conversationID) & UInt64(Self.slots - 1))
        let subjectHash = Self.hash32(subject)
        if ids[slot] == conversationID && UInt32(truncatingIfNeeded: hashes[slot] >> 32) == subjectHash {
            return UInt32(truncatingIfNeeded: hashes[slot])
        }
        let keyHash = Self.hash32(SubjectNormalizer.threadKey(subject))
        ids[slot] = conversationID
        hashes[slot] = UInt64(subjectHash) << 32 | UInt64(keyHash)
        return keyHash
    }

    static func hash32(_ text: String) -> UInt32 {
        let hash = UInt64(bitPattern: Int64(text.hashValue))
        return UInt32(truncatingIfNeeded: hash ^ hash >> 32)
    }
}
