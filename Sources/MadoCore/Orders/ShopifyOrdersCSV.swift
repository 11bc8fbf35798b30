import Foundation

/// Shopify's orders export: one row per line item. The first row of an order carries the order's
/// fields; the following rows with the same `Name` repeat a few of them and add `Lineitem …`.
/// Columns are found by name; those an older export lacks are nil, unknown ones are ignored.
public enum ShopifyOrdersCSV {
    public static func orders(_ data: Data, file: String) throws -> [ShopOrder] {
        try orders(CSVTable(try CSVReader.parse(data, file: file), file: file))
    }

    public static func orders(_ table: CSVTable) throws -> [ShopOrder] {
        try table.require("Name")
        var orders: [ShopOrder] = []
        var index: [String: Int] = [:]
        for record in table.records {
            guard let name = table.value(record, "Name") else { continue }
            let row = RowReader(table: table, record: record)
            if let at = index[name] {
                // A later row only fills what the first left empty; it never overrides it.
                try fill(&orders[at], from: row, onlyEmpty: true)
            } else {
                var order = ShopOrder(name: name, line: record.line)
                try fill(&order, from: row, onlyEmpty: false)
                index[name] = orders.count
                orders.append(order)
            }
            if let item = try row.item() { orders[index[name]!].items.append(item) }
        }
        return orders
    }

    private static func fill(_ order: inout ShopOrder, from row: RowReader, onlyEmpty: Bool) throws {
        func set<T>(_ path: WritableKeyPath<ShopOrder, T?>, _ value: T?) {
            if !onlyEmpty || order[keyPath: path] == nil, let value { order[keyPath: path] = value }
        }
        set(\.shopifyID, row.value("Id"))
        set(\.email, row.value("Email"))
        set(\.phone, row.value("Phone") ?? row.value("Billing Phone") ?? row.value("Shipping Phone"))
        set(\.financialStatus, row.value("Financial Status"))
        set(\.fulfillmentStatus, row.value("Fulfillment Status"))
        set(\.currency, row.value("Currency"))
        set(\.subtotal, try row.amount("Subtotal"))
        set(\.shipping, try row.amount("Shipping"))
        set(\.taxes, try row.amount("Taxes"))
        set(\.total, try row.amount("Total"))
        set(\.refunded, try row.amount("Refunded Amount"))
        set(\.discountCode, row.value("Discount Code"))
        set(\.createdAt, try row.date("Created at"))
        set(\.paidAt, try row.date("Paid at"))
        set(\.fulfilledAt, try row.date("Fulfilled at"))
        set(\.cancelledAt, try row.date("Cancelled at"))
        set(\.billingName, row.line("Billing Name"))
        set(\.shippingName, row.line("Shipping Name"))
        set(\.shippingCity, row.line("Shipping City"))
        set(\.shippingProvince, row.line("Shipping Province Name") ?? row.line("Shipping Province"))
        set(\.shippingCountry, row.line("Shipping Country"))
        set(\.notes, row.block("Notes"))
        set(\.tags, row.line("Tags"))
    }

    /// Reads one row's cells by column name, checking numbers and dates against the line they are on.
    struct RowReader {
        let table: CSVTable
        let record: CSVReader.Record

        func value(_ column: String) -> String? { table.value(record, column) }
        /// Text a person wrote or typed: cleaned as everything from outside is (`CustomerText`).
        func line(_ column: String) -> String? { table.value(record, column).map(CustomerText.line).flatMap { $0.isEmpty ? nil : $0 } }
        func block(_ column: String) -> String? { table.text(record, column).map(CustomerText.block).flatMap { $0.isEmpty ? nil : $0 } }

        func amount(_ column: String) throws -> String? {
            guard let text = value(column) else { return nil }
            guard Self.isDecimal(text) else {
                throw CSVError.badValue(file: table.file, line: record.line, column: column, value: text, expected: "an amount like 4500.00")
            }
            return text
        }

        func date(_ column: String) throws -> Date? {
            guard let text = value(column) else { return nil }
            guard let date = ShopifyDate.parse(text) else {
                throw CSVError.badValue(file: table.file, line: record.line, column: column, value: text, expected: "a date like 2026-10-07 09:50:26 +0900")
            }
            return date
        }

        func item() throws -> ShopOrder.Item? {
            guard let name = line("Lineitem name") else { return nil }
            var quantity = 1
            if let text = value("Lineitem quantity") {
                guard let number = Int(text), number >= 0 else {
                    throw CSVError.badValue(file: table.file, line: record.line, column: "Lineitem quantity", value: text, expected: "a whole number")
                }
                quantity = number
            }
            return ShopOrder.Item(quantity: quantity, name: name, price: try amount("Lineitem price"), sku: value("Lineitem sku"))
        }

        static func isDecimal(_ text: String) -> Bool {
            var digits = Substring(text)
            if digits.hasPrefix("-") { digits = digits.dropFirst() }
            let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
            return (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
        }
    }
}

/// Shopify's export dates, `2026-10-07 09:50:26 +0900`; ISO 8601 is accepted too.
public enum ShopifyDate {
    public static func parse(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        for format in ["yyyy-MM-dd HH:mm:ss Z", "yyyy-MM-dd HH:mm Z", "yyyy-MM-dd'T'HH:mm:ssXXXXX"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }
}
