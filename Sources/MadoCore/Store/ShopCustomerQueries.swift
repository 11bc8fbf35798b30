import Foundation

/// Shopify's record of a customer (from the customers export), and finding our customer for an
/// order's email or phone.
extension Store {
    public struct ShopCustomer: Sendable, Equatable {
        public var shopifyID: String?
        public var email: String?
        public var phone: String?
        public var note: String?
        public var tags: String?
        public var totalSpent: String?
        public var totalOrders: Int?
        public var city: String?
        public var province: String?
        public var country: String?

        public init(shopifyID: String? = nil, email: String? = nil, phone: String? = nil) {
            self.shopifyID = shopifyID
            self.email = email
            self.phone = phone
        }
    }

    /// Our customer for an order: an email identity first (addresses compare case-insensitively),
    /// then a customer the customers export gave this email or phone.
    func customerID(email: String?, phone: String?) throws -> Int64? {
        if let email, !email.isEmpty {
            if let id = try customerID(channel: .email, address: email) { return id }
            if let id = try db.scalarInt("SELECT customer_id FROM shop_customers WHERE email = ? ORDER BY id LIMIT 1", [.text(email)]) { return id }
        }
        if let key = phone.flatMap(PhoneKey.make) {
            return try db.scalarInt("SELECT customer_id FROM shop_customers WHERE phone_key = ? ORDER BY id LIMIT 1", [.text(key)])
        }
        return nil
    }

    /// The customer a Shopify customer record already belongs to: by Shopify id, then by email.
    func customerID(shopifyCustomerID: String?, email: String?) throws -> Int64? {
        if let shopifyCustomerID, let id = try db.scalarInt("SELECT customer_id FROM shop_customers WHERE shopify_id = ?", [.text(shopifyCustomerID)]) {
            return id
        }
        if let email { return try customerID(email: email, phone: nil) }
        return nil
    }

    public func shopCustomer(ofCustomer customerID: Int64) throws -> ShopCustomer? {
        try db.rows("""
            SELECT shopify_id, email, phone, note, tags, total_spent, total_orders, city, province, country
            FROM shop_customers WHERE customer_id = ? ORDER BY updated_at DESC, id DESC LIMIT 1
            """, [.int(customerID)]) { row in
            var record = ShopCustomer(shopifyID: row.optionalText(0), email: row.optionalText(1), phone: row.optionalText(2))
            record.note = row.optionalText(3)
            record.tags = row.optionalText(4)
            record.totalSpent = row.optionalText(5)
            record.totalOrders = row.optionalInt(6).map(Int.init)
            record.city = row.optionalText(7)
            record.province = row.optionalText(8)
            record.country = row.optionalText(9)
            return record
        }.first
    }

    /// Inserts or refreshes Shopify's record of this customer (keyed by Shopify id, else by email).
    func saveShopCustomer(_ record: ShopCustomer, customerID: Int64) throws {
        let existing: Int64?
        if let id = record.shopifyID {
            existing = try db.scalarInt("SELECT id FROM shop_customers WHERE shopify_id = ?", [.text(id)])
        } else if let email = record.email {
            existing = try db.scalarInt("SELECT id FROM shop_customers WHERE email = ? AND shopify_id IS NULL", [.text(email)])
        } else {
            existing = try db.scalarInt("SELECT id FROM shop_customers WHERE customer_id = ? AND shopify_id IS NULL AND email IS NULL", [.int(customerID)])
        }
        let values: [SQLValue] = [.int(customerID), .optional(record.shopifyID), .optional(record.email), .optional(record.phone),
                                  .optional(record.phone.flatMap(PhoneKey.make)), .optional(record.note), .optional(record.tags),
                                  .optional(record.totalSpent), .optional(record.totalOrders.map(Int64.init)),
                                  .optional(record.city), .optional(record.province), .optional(record.country), .int(now)]
        if let existing {
            try db.run("""
                UPDATE shop_customers SET customer_id = ?, shopify_id = ?, email = ?, phone = ?, phone_key = ?, note = ?, tags = ?,
                total_spent = ?, total_orders = ?, city = ?, province = ?, country = ?, updated_at = ? WHERE id = ?
                """, values + [.int(existing)])
        } else {
            try db.run("""
                INSERT INTO shop_customers (customer_id, shopify_id, email, phone, phone_key, note, tags, total_spent, total_orders,
                city, province, country, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, values)
        }
    }

    /// A customer's name from the customers export replaces only a placeholder (empty, or the
    /// address itself): a name the customer gave in their own mail is theirs to keep.
    func nameCustomerIfUnnamed(_ customerID: Int64, name: String) throws {
        let cleaned = CustomerText.line(name)
        guard !cleaned.isEmpty else { return }
        try db.run("""
            UPDATE customers SET name = ? WHERE id = ? AND (name = '' OR name IN
                (SELECT address FROM identities WHERE customer_id = customers.id))
            """, [.text(cleaned), .int(customerID)])
    }
}
