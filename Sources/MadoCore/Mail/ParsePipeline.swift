import Foundation

/// Reads and parses mail on a second thread while the caller writes to the store: parsing and
/// SQLite each get a core. The queue is bounded so a huge folder never sits in memory.
public final class ParsePipeline: @unchecked Sendable {
    public struct Item: Sendable {
        public var source: String
        public var bytes: [UInt8]
        public var mail: ParsedMail?
        public var receivedAt: Date
        public var error: String?
        public var search: PreparedSearchText?
        /// The mail worked out for the store, when the pipeline was given a preparer.
        public var prepared: PreparedMail?
    }

    private let condition = NSCondition()
    private var items: [Item] = []
    private var finished = false
    /// The reader's queue is handed over whole (so each handover costs one lock, not a shift of
    /// the whole queue per mail); up to twice this many mails are in memory at once.
    private let capacity = 128
    /// A waiting consumer is woken once this many mails are ready, not for each one. Woken per
    /// mail, the two threads took turns: at 100k mails the writer went to sleep on an empty queue
    /// about 70,000 times, and each wake-up of an idle core costs more than storing a mail.
    private let wakeBatch = 32
    private var consumerWaits = false
    /// The consumer's share, last mail first; only `next` touches it.
    private var taken: [Item] = []

    /// Starts reading `count` inputs; `load(i)` gives the bytes and receive time of input i.
    /// With a `preparer`, each mail is also worked out for the store here (see `PreparedMail`).
    public init(count: Int, preparer: MailPreparer? = nil,
                load: @escaping @Sendable (Int) -> (source: String, bytes: [UInt8]?, receivedAt: Date)) {
        Thread.detachNewThread { [self] in
            for index in 0..<count {
                let input = load(index)
                let item: Item
                if let bytes = input.bytes {
                    let mail = MailParser.parse(bytes)
                    if let preparer {
                        item = Item(source: input.source, bytes: bytes, mail: mail, receivedAt: input.receivedAt,
                                    prepared: preparer.prepare(mail, raw: bytes, receivedAt: input.receivedAt))
                    } else {
                        item = Item(source: input.source, bytes: bytes, mail: mail, receivedAt: input.receivedAt,
                                    search: PreparedSearchText(subject: mail.subject, text: mail.text))
                    }
                } else {
                    item = Item(source: input.source, bytes: [], mail: nil, receivedAt: input.receivedAt, error: "cannot be read")
                }
                condition.lock()
                while items.count >= capacity { condition.wait() }
                items.append(item)
                if consumerWaits && items.count >= wakeBatch { condition.signal() }
                condition.unlock()
            }
            condition.lock()
            finished = true
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The next parsed input, in order; nil when all are done. One thread only calls this.
    public func next() -> Item? {
        if let item = taken.popLast() { return item }
        condition.lock()
        defer { condition.unlock() }
        while items.count < wakeBatch && !finished {
            consumerWaits = true
            condition.wait()
            consumerWaits = false
        }
        guard !items.isEmpty else { return nil }
        taken = items.reversed()
        items.removeAll(keepingCapacity: true)
        condition.signal()
        return taken.popLast()
    }
}
