import Foundation
import MadoCore

/// Replies on their way out of an open inbox. The transport command (sendmail, the Instagram
/// command) runs on a background thread so a slow or stuck one never freezes the screen; its
/// outcome waits here until the inbox's own thread records it in the store.
final class DeliveryQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var finished: [OutboxSender.Delivery] = []
    private var running = 0

    /// Transmits the claimed items one after the other, in the order they were queued.
    func start(_ items: [OutboxItem], with sender: OutboxSender) {
        guard !items.isEmpty else { return }
        lock.withLock { running += 1 }
        Thread.detachNewThread { [self] in
            for item in items {
                let delivery = sender.transmit(item)
                lock.withLock { finished.append(delivery) }
            }
            lock.withLock { running -= 1 }
        }
    }

    /// Outcomes not yet taken, oldest first.
    func takeFinished() -> [OutboxSender.Delivery] {
        lock.withLock {
            defer { finished.removeAll() }
            return finished
        }
    }

    /// Puts outcomes back that could not be recorded yet (the store was busy).
    func putBack(_ deliveries: [OutboxSender.Delivery]) {
        lock.withLock { finished.insert(contentsOf: deliveries, at: 0) }
    }

    var isIdle: Bool { lock.withLock { running == 0 && finished.isEmpty } }
}
