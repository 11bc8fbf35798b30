import Foundation

/// Orders, their line items and the record of each import.
extension Store {
    static let orderColumns = """
        id, name, shopify_id, customer_id, email, phone, financial_status, fulfillment_status, currency,
        subtotal, shipping, taxes, total, refunded, discount_code, created_at, paid_at, fulfilled_at, cancelled_at,
        billing_name, shipping_name, shipping_city, shipping_province, shipping_country, notes, tags
        """

    /// The stored order of this name ("#1042"), with its items; nil when never imported.
    public func order(named name: String) throws -> ShopOrder? {
        guard let (id, order) = try orders(where: "name = ?", [.text(name)]).first else { return nil }
        var result = order
        result.items = try orderItems(orderID: id)
        return result
    }

    func orderID(named name: String) throws -> Int64? {
        try db.scalarInt("SELECT id FROM orders WHERE name = ?", [.text(name)])
    }

    /// A customer's orders, newest first. An order counts as theirs when the import attached it, or
    /// when it is unattached and its email is one of their email identities: matched here, at read
    /// time, so an order imported before the customer first wrote is theirs as soon as they do, and
    /// follows their identities wherever a merge moves them.
    public func orders(ofCustomer customerID: Int64, limit: Int = 50) throws -> [ShopOrder] {
        try orders(where: """
            customer_id = ? OR (customer_id IS NULL AND email IN
                (SELECT address FROM identities WHERE customer_id = ? AND channel = 'email'))
            ORDER BY created_at DESC, id DESC LIMIT ?
            """, [.int(customerID), .int(customerID), .int(Int64(limit))]).map { id, order in
            var result = order
            result.items = try orderItems(orderID: id)
            return result
        }
    }

    /// The customer an order belongs to: attached by the import, else by email at read time.
    public func customerID(ofOrder name: String) throws -> Int64? {
        try db.scalarInt("""
            SELECT coalesce(o.customer_id, (SELECT i.customer_id FROM identities i WHERE i.channel = 'email' AND i.address = o.email))
            FROM orders o WHERE o.name = ?
            """, [.text(name)])
    }

    private func orders(where condition: String, _ bindings: [SQLValue]) throws -> [(Int64, ShopOrder)] {
        try db.rows("SELECT \(Self.orderColumns) FROM orders WHERE \(condition)", bindings) { row in
            var order = ShopOrder(name: row.text(1))
            order.shopifyID = row.optionalText(2)
            order.customerID = row.optionalInt(3)
            order.email = row.optionalText(4)
            order.phone = row.optionalText(5)
            order.financialStatus = row.optionalText(6)
            order.fulfillmentStatus = row.optionalText(7)
            order.currency = row.optionalText(8)
            order.subtotal = row.optionalText(9)
            order.shipping = row.optionalText(10)
            order.taxes = row.optionalText(11)
            order.total = row.optionalText(12)
            order.refunded = row.optionalText(13)
            order.discountCode = row.optionalText(14)
            order.createdAt = row.optionalDate(15)
            order.paidAt = row.optionalDate(16)
            order.fulfilledAt = row.optionalDate(17)
            order.cancelledAt = row.optionalDate(18)
            order.billingName = row.optionalText(19)
            order.shippingName = row.optionalText(20)
            order.shippingCity = row.optionalText(21)
            order.shippingProvince = row.optionalText(22)
            order.shippingCountry = row.optionalText(23)
            order.notes = row.optionalText(24)
            order.tags = row.optionalText(25)
            return (row.int(0), order)
        }
    }

    private func orderItems(orderID: Int64) throws -> [ShopOrder.Item] {
        try db.rows("SELECT quantity, name, price, sku FROM order_items WHERE order_id = ? ORDER BY position", [.int(orderID)]) {
            ShopOrder.Item(quantity: Int($0.int(0)), name: $0.text(1), price: $0.optionalText(2), sku: $0.optionalText(3))
        }
    }

    /// Inserts or updates by name, replacing the line items. An empty cell never erases what an
    /// earlier export said: older exports lack columns, and a missing column is not a change.
    /// The customer stays as first attached unless this import found one.
    @discardableResult
    func saveOrder(_ order: ShopOrder, customerID: Int64?) throws -> Int64 {
        let values: [SQLValue] = [
            .text(order.name), .optional(order.shopifyID), .optional(customerID), .optional(order.email), .optional(order.phone),
            .optional(order.financialStatus), .optional(order.fulfillmentStatus), .optional(order.currency),
            .optional(order.subtotal), .optional(order.shipping), .optional(order.taxes), .optional(order.total), .optional(order.refunded),
            .optional(order.discountCode), .date(order.createdAt), .date(order.paidAt), .date(order.fulfilledAt), .date(order.cancelledAt),
            .optional(order.billingName), .optional(order.shippingName), .optional(order.shippingCity), .optional(order.shippingProvince),
            .optional(order.shippingCountry), .optional(order.notes), .optional(order.tags), .int(now), .int(now),
        ]
        let names = Self.orderColumns.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.dropFirst()
        let updates = names.dropFirst().map { "\($0) = coalesce(excluded.\($0), orders.\($0))" }.joined(separator: ", ")
        try db.run("""
            INSERT INTO orders (\(names.joined(separator: ", ")), imported_at, updated_at)
            VALUES (\(Array(repeating: "?", count: values.count).joined(separator: ", ")))
            ON CONFLICT (name) DO UPDATE SET \(updates), updated_at = excluded.updated_at
            """, values)
        guard let id = try orderID(named: order.name) else { throw StoreError.notFound("Order \(order.name)") }
        if !order.items.isEmpty {
            try db.run("DELETE FROM order_items WHERE order_id = ?", [.int(id)])
            for (position, item) in order.items.enumerated() {
                try db.run("INSERT INTO order_items (order_id, position, quantity, name, price, sku) VALUES (?, ?, ?, ?, ?, ?)",
                           [.int(id), .int(Int64(position)), .int(Int64(item.quantity)), .text(item.name), .optional(item.price), .optional(item.sku)])
            }
        }
        return id
    }

    func recordImport(kind: String, file: String, rows: Int) throws -> Int64 {
        try db.run("INSERT INTO order_imports (kind, file, at, rows) VALUES (?, ?, ?, ?)",
                   [.text(kind), .text(file), .int(now), .int(Int64(rows))])
        return db.lastInsertID
    }

    func recordOrderChange(importID: Int64, orderID: Int64, change: OrderChange) throws {
        try db.run("INSERT OR IGNORE INTO order_changes (import_id, order_id, kind) VALUES (?, ?, ?)",
                   [.int(importID), .int(orderID), .text(change.rawValue)])
    }

    /// What the latest orders import changed for this customer ("#1042 fulfilled"), for the
    /// conversation's header and `mado show`.
    public func latestOrderChanges(ofCustomer customerID: Int64) throws -> [(order: String, change: OrderChange)] {
        let orders = Set(try self.orders(ofCustomer: customerID, limit: 1000).map(\.name))
        guard !orders.isEmpty, let latest = try db.scalarInt("SELECT max(id) FROM order_imports WHERE kind = 'orders'") else { return [] }
        return try db.rows("""
            SELECT o.name, c.kind FROM order_changes c JOIN orders o ON o.id = c.order_id
            WHERE c.import_id = ? ORDER BY o.name, c.kind
            """, [.int(latest)]) { ($0.text(0), OrderChange(rawValue: $0.text(1)) ?? .new) }.filter { orders.contains($0.0) }
    }
}

extension Store {
    /// The order a conversation is about: the latest order number the customer mentioned in it
    /// that the store knows, else the customer's latest order. Nil when neither exists.
    public func order(aboutConversation conversationID: Int64) throws -> ShopOrder? {
        guard let conversation = try conversation(id: conversationID) else { return nil }
        let said = try messages(inConversation: conversationID).filter { $0.direction == .incoming }
        for message in said.reversed() {
            for name in OrderNumber.find(in: message.subject + "\n" + message.text).reversed() {
                if let order = try order(named: name) { return order }
            }
        }
        return try orders(ofCustomer: conversation.customerID, limit: 1).first
    }
}
