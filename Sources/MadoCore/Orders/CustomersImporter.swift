import Foundation

/// `mado import customers`: Shopify's customers export (current and older layouts) gives names,
/// phones and notes for people who have not written yet. Each row becomes, or refreshes, a customer
/// with an email identity; the whole file lands in one transaction or not at all.
public struct CustomersImporter {
    public struct Summary: Sendable, Equatable {
        public var file: String
        public var created = 0
        public var updated = 0
        /// Auto mail, the shop's own addresses, rows with neither email nor phone.
        public var skipped: [String] = []

        public var text: String {
            "\(file): \(created) new customers, \(updated) updated, \(skipped.count) skipped"
                + skipped.map { "\n  skipped \($0)" }.joined()
        }

        public var json: [String: Any] { ["file": file, "created": created, "updated": updated, "skipped": skipped] }
    }

    let store: Store
    let shopAddresses: Set<String>

    public init(store: Store, shopAddresses: [String]) {
        self.store = store
        self.shopAddresses = Set(shopAddresses.map { $0.lowercased().trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }

    /// The shop's addresses from the config (`[shop] address`, `addresses`) and the agents' own.
    public init(store: Store, config: Config) throws {
        let configured = ((config["shop.addresses"] ?? "") + "," + (config["shop.address"] ?? "")).split(separator: ",").map(String.init)
        self.init(store: store, shopAddresses: configured + (try store.agents().compactMap(\.email)))
    }

    public func importFile(_ path: String) throws -> Summary {
        guard let data = FileManager.default.contents(atPath: path) else { throw CSVError.unreadable(file: path) }
        return try importData(data, file: path)
    }

    public func importData(_ data: Data, file: String) throws -> Summary {
        let table = CSVTable(try CSVReader.parse(data, file: file), file: file)
        try table.require("Email")
        var summary = Summary(file: file)
        try store.write {
            _ = try store.recordImport(kind: "customers", file: file, rows: table.records.count)
            for record in table.records {
                let email = table.value(record, "Email")
                let phone = table.value(record, "Phone") ?? table.value(record, "Default Address Phone")
                let shopifyID = table.value(record, "Customer ID")
                let name = Self.name(first: table.value(record, "First Name"), last: table.value(record, "Last Name"))
                if let email, AutoMail.isAutomaticAddress(email) || shopAddresses.contains(email.lowercased()) {
                    summary.skipped.append("line \(record.line): \(email) (\(AutoMail.isAutomaticAddress(email) ? "automatic mail" : "the shop's own address"))")
                    continue
                }
                guard email != nil || phone.flatMap(PhoneKey.make) != nil else {
                    summary.skipped.append("line \(record.line): no email or phone")
                    continue
                }
                let customerID: Int64
                if let found = try store.customerID(shopifyCustomerID: shopifyID, email: email) ?? store.customerID(email: nil, phone: phone) {
                    customerID = found
                    summary.updated += 1
                } else {
                    customerID = try store.addCustomer(name: name.isEmpty ? (email ?? phone ?? "") : name)
                    summary.created += 1
                }
                if let email, try store.customerID(channel: .email, address: email) == nil {
                    try store.addIdentity(customerID: customerID, channel: .email, address: email)
                }
                if !name.isEmpty { try store.nameCustomerIfUnnamed(customerID, name: name) }
                var shop = Store.ShopCustomer(shopifyID: shopifyID, email: email, phone: phone)
                shop.note = table.text(record, "Note").map(CustomerText.block)
                shop.tags = table.value(record, "Tags").map(CustomerText.line)
                shop.totalSpent = table.value(record, "Total Spent")
                shop.totalOrders = table.value(record, "Total Orders").flatMap { Int($0) }
                shop.city = (table.value(record, "Default Address City") ?? table.value(record, "City")).map(CustomerText.line)
                shop.province = (table.value(record, "Default Address Province Code") ?? table.value(record, "Province")).map(CustomerText.line)
                shop.country = (table.value(record, "Default Address Country Code") ?? table.value(record, "Country")).map(CustomerText.line)
                try store.saveShopCustomer(shop, customerID: customerID)
            }
        }
        return summary
    }

    /// Japanese names are family name first ("山田 花子"); others given name first.
    static func name(first: String?, last: String?) -> String {
        let parts = [first, last].compactMap { $0 }
        let japanese = parts.joined().unicodeScalars.contains { $0.value >= 0x3000 }
        return (japanese ? parts.reversed() : parts).joined(separator: " ")
    }
}
