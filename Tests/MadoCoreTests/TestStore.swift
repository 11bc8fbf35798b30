import Foundation
@testable import MadoCore

/// A fresh store file in its own temporary folder, with a pinned clock.
enum TestStore {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)   // 2026-11-18

    static func folder() -> String {
        let path = NSTemporaryDirectory() + "mado-tests-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func make(file: String = "store.sqlite") throws -> Store {
        try Store(path: folder() + "/" + file, clock: { now })
    }

    /// A customer with one email conversation and one incoming message `minutesAgo` before now.
    @discardableResult
    static func conversation(_ store: Store, name: String, email: String, subject: String, minutesAgo: Int,
                             text: String = "Hello") throws -> Int64 {
        let customer = try store.customerID(channel: .email, address: email) ?? {
            let id = try store.addCustomer(name: name)
            try store.addIdentity(customerID: id, channel: .email, address: email)
            return id
        }()
        let sent = now.addingTimeInterval(-Double(minutesAgo) * 60)
        let id = try store.addConversation(customerID: customer, channel: .email, subject: subject, at: sent)
        try store.append(NewMessage(channel: .email, direction: .incoming, externalID: UUID().uuidString, fromName: name,
                                    fromAddress: email, subject: subject, text: text, sentAt: sent), to: id)
        return id
    }
}
