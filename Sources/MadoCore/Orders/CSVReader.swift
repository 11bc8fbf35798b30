import Foundation

/// Why a CSV file was refused, with the line a person opens in an editor to fix it.
public enum CSVError: Error, CustomStringConvertible, Equatable {
    case unreadable(file: String)
    case notText(file: String, line: Int)
    case unbalancedQuote(file: String, line: Int)
    case strayQuote(file: String, line: Int)
    case missingColumn(file: String, column: String)
    case badValue(file: String, line: Int, column: String, value: String, expected: String)

    public var description: String {
        switch self {
        case .unreadable(let file):
            return "\(file): no such file, or no permission to read it."
        case .notText(let file, let line):
            return "\(file):\(line): not a CSV text file (binary or not UTF-8); nothing was imported."
        case .unbalancedQuote(let file, let line):
            return "\(file):\(line): a quoted field starts here and is never closed; nothing was imported."
        case .strayQuote(let file, let line):
            return "\(file):\(line): a quote inside a quoted field must be doubled (\"\"); nothing was imported."
        case .missingColumn(let file, let column):
            return "\(file):1: no '\(column)' column in the header row; is this the right export? Nothing was imported."
        case .badValue(let file, let line, let column, let value, let expected):
            return "\(file):\(line): \(column) is '\(value)', expected \(expected); nothing was imported."
        }
    }
}

/// RFC 4180 as Shopify writes it: UTF-8 with or without a BOM, CRLF or LF, quoted fields holding
/// commas, doubled quotes and line breaks. Each record keeps the line it started on, for errors.
public enum CSVReader {
    public struct Record: Sendable, Equatable {
        public var line: Int
        public var fields: [String]
    }

    public static func parse(_ data: Data, file: String) throws -> [Record] {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        // NUL never appears in text: a spreadsheet (xlsx is a zip), an image or UTF-16 is refused outright.
        if let nul = bytes.firstIndex(of: 0) {
            throw CSVError.notText(file: file, line: 1 + bytes[..<nul].filter { $0 == 0x0A }.count)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let line = 1 + (firstInvalidUTF8(bytes).map { bytes[..<$0].filter { $0 == 0x0A }.count } ?? 0)
            throw CSVError.notText(file: file, line: line)
        }
        return try parse(text, file: file)
    }

    public static func parse(_ text: String, file: String) throws -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1, recordLine = 1
        var inQuotes = false, wasQuoted = false, quoteLine = 1
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil

        func endField() {
            fields.append(String(field))
            field.removeAll()
            wasQuoted = false
        }
        func endRecord() {
            endField()
            // A blank line (one empty field) is not a record.
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
            fields.removeAll()
        }

        while let scalar = pending ?? scalars.next() {
            pending = nil
            if inQuotes {
                if scalar == "\"" {
                    let next = scalars.next()
                    if next == "\"" { field.append("\"") } else { inQuotes = false; pending = next }
                } else {
                    if scalar == "\n" { line += 1 }
                    // Inside a quoted field CRLF is kept as a plain newline: notes read the same either way.
                    if scalar == "\r" {
                        let next = scalars.next()
                        if next != "\n" { pending = next }
                        field.append("\n")
                        line += 1
                    } else {
                        field.append(scalar)
                    }
                }
                continue
            }
            switch scalar {
            case "\"":
                if field.isEmpty && !wasQuoted {
                    inQuotes = true
                    wasQuoted = true
                    quoteLine = line
                } else {
                    throw CSVError.strayQuote(file: file, line: line)
                }
            case ",":
                endField()
            case "\r", "\n":
                if scalar == "\r" {
                    let next = scalars.next()
                    if next != "\n" { pending = next }
                }
                endRecord()
                line += 1
                recordLine = line
            default:
                if wasQuoted { throw CSVError.strayQuote(file: file, line: line) }
                field.append(scalar)
            }
        }
        if inQuotes { throw CSVError.unbalancedQuote(file: file, line: quoteLine) }
        if !field.isEmpty || !fields.isEmpty || wasQuoted { endRecord() }
        return records
    }

    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
            if length == 0 || index + length > bytes.count { return index }
            if bytes[(index + 1)..<(index + length)].contains(where: { $0 & 0xC0 != 0x80 }) { return index }
            index += length
        }
        return nil
    }
}

/// A header row turned into lookups by name, so columns may come in any order, be missing (older
/// exports) or be extra (newer ones).
public struct CSVTable: Sendable {
    public let file: String
    public let header: [String: Int]
    public let records: [CSVReader.Record]

    public init(_ records: [CSVReader.Record], file: String) {
        self.file = file
        var header: [String: Int] = [:]
        for (index, name) in (records.first?.fields ?? []).enumerated() {
            let key = CSVTable.key(name)
            if header[key] == nil { header[key] = index }
        }
        self.header = header
        self.records = Array(records.dropFirst())
    }

    /// Header names compare without case and surrounding spaces ("Lineitem SKU" = "Lineitem sku").
    static func key(_ name: String) -> String { name.trimmingCharacters(in: .whitespaces).lowercased() }

    public func has(_ column: String) -> Bool { header[CSVTable.key(column)] != nil }

    public func require(_ column: String) throws {
        if !has(column) { throw CSVError.missingColumn(file: file, column: column) }
    }

    /// The trimmed value, nil when the column is missing or the cell empty. Shopify prefixes phone
    /// numbers and zips with `'` so spreadsheets keep leading zeros; that quote is not part of the value.
    public func value(_ record: CSVReader.Record, _ column: String) -> String? {
        guard let index = header[CSVTable.key(column)], index < record.fields.count else { return nil }
        var value = record.fields[index].trimmingCharacters(in: .whitespaces)
        if value.hasPrefix("'") { value.removeFirst() }
        return value.isEmpty ? nil : value
    }

    /// Like `value` but keeps the inner line breaks and a leading quote (notes are free text).
    public func text(_ record: CSVReader.Record, _ column: String) -> String? {
        guard let index = header[CSVTable.key(column)], index < record.fields.count else { return nil }
        let value = record.fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }
}
