import Foundation

/// `mado import orders`: reads the whole export first (a broken file is refused before anything is
/// written), then saves every order in one transaction, noting what changed since the last import.
public struct OrdersImporter {
    /// One change to one order, with whose order it is.
    public struct Change: Sendable, Equatable {
        public var order: String
        public var change: OrderChange
        public var customerID: Int64?
        public var customerName: String?
        public var email: String?
    }

    public struct Summary: Sendable, Equatable {
        public var file: String
        public var orders = 0
        public var changes: [Change] = []

        public func count(_ kind: OrderChange) -> Int { changes.filter { $0.change == kind }.count }
        public var unchanged: Int { orders - Set(changes.map(\.order)).count }
    }

    let store: Store

    public init(store: Store) { self.store = store }

    public func importFile(_ path: String) throws -> Summary {
        guard let data = FileManager.default.contents(atPath: path) else { throw CSVError.unreadable(file: path) }
        return try importData(data, file: path)
    }

    public func importData(_ data: Data, file: String) throws -> Summary {
        let orders = try ShopifyOrdersCSV.orders(data, file: file)
        var summary = Summary(file: file, orders: orders.count)
        try store.write {
            let importID = try store.recordImport(kind: "orders", file: file, rows: orders.count)
            for order in orders {
                let before = try store.order(named: order.name)
                let customerID = try store.customerID(email: order.email ?? before?.email, phone: order.phone ?? before?.phone)
                let orderID = try store.saveOrder(order, customerID: customerID)
                // Compare with what is stored now: an empty cell kept the old value, and is no change.
                guard let after = try store.order(named: order.name) else { continue }
                for change in OrderChange.between(before, after) {
                    try store.recordOrderChange(importID: importID, orderID: orderID, change: change)
                    let owner = try store.customerID(ofOrder: order.name)
                    summary.changes.append(Change(order: order.name, change: change, customerID: owner,
                                                  customerName: try owner.flatMap { try store.customer(id: $0)?.name }, email: after.email))
                }
            }
        }
        return summary
    }
}

extension OrdersImporter.Summary {
    /// The report a person reads: totals, then each customer's orders that changed.
    public var text: String {
        var lines = ["\(file): \(orders) orders — \(count(.new)) new, \(count(.fulfilled)) newly fulfilled, "
                     + "\(count(.refunded)) refunded, \(count(.cancelled)) cancelled, \(unchanged) unchanged"]
        var groups: [(key: String, changes: [OrdersImporter.Change])] = []
        for change in changes {
            let key = change.customerID.map { "customer \($0)" } ?? "email \((change.email ?? "").lowercased())"
            if let at = groups.firstIndex(where: { $0.key == key }) { groups[at].changes.append(change) } else { groups.append((key, [change])) }
        }
        for group in groups {
            let first = group.changes[0]
            let who = first.customerID.map { id in "\(first.customerName ?? "") (customer \(id))" }
                ?? "\(first.email ?? "no email") (no customer yet)"
            lines.append(who.trimmingCharacters(in: .whitespaces))
            var byOrder: [(String, [String])] = []
            for change in group.changes {
                if let at = byOrder.firstIndex(where: { $0.0 == change.order }) { byOrder[at].1.append(change.change.rawValue) }
                else { byOrder.append((change.order, [change.change.rawValue])) }
            }
            for (order, kinds) in byOrder { lines.append("  \(order) \(kinds.joined(separator: ", "))") }
        }
        return lines.joined(separator: "\n")
    }

    public var json: [String: Any] {
        [
            "file": file,
            "orders": orders,
            "new": count(.new), "fulfilled": count(.fulfilled), "refunded": count(.refunded), "cancelled": count(.cancelled),
            "unchanged": unchanged,
            "changes": changes.map { change -> [String: Any] in
                var object: [String: Any] = ["order": change.order, "change": change.change.rawValue]
                object["customer_id"] = change.customerID ?? NSNull()
                object["customer"] = change.customerName ?? NSNull()
                object["email"] = change.email ?? NSNull()
                return object
            },
        ]
    }
}
