import Foundation

/// The text `JSONSerialization` writes with `.prettyPrinted, .sortedKeys, .withoutEscapingSlashes`,
/// byte for byte, written faster: Foundation sorts every object's keys with a locale comparison
/// (a CFLocale made per comparison), most of the 15.8 s `mado list --json` took for 10k rows.
/// Here each distinct set of keys is put in Foundation's order once, and plain strings, integers,
/// booleans and nulls are written directly; anything else is handed to Foundation as before.
enum PrettyJSON {
    static func encode(_ object: Any) throws -> String {
        var out = ""
        try write(object, depth: 0, into: &out)
        return out
    }

    private static func write(_ value: Any, depth: Int, into out: inout String) throws {
        if let object = value as? [String: Any], !object.isEmpty {
            out += "{\n"
            let keys = try KeyOrder.shared.sorted(Array(object.keys))
            for (index, key) in keys.enumerated() {
                out += String(repeating: "  ", count: depth + 1)
                try write(key, depth: depth + 1, into: &out)
                out += " : "
                try write(object[key]!, depth: depth + 1, into: &out)
                out += index == keys.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: depth) + "}"
        } else if let array = value as? [Any], !array.isEmpty {
            out += "[\n"
            for (index, item) in array.enumerated() {
                out += String(repeating: "  ", count: depth + 1)
                try write(item, depth: depth + 1, into: &out)
                out += index == array.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: depth) + "]"
        } else if type(of: value) == String.self, let text = value as? String, let quoted = quote(text) {
            out += quoted
        } else if type(of: value) == Int.self || type(of: value) == Int64.self || type(of: value) == Int32.self {
            out += "\(value)"
        } else if type(of: value) == Bool.self, let flag = value as? Bool {
            out += flag ? "true" : "false"
        } else if value is NSNull {
            out += "null"
        } else {
            // Empty objects and arrays, numbers of other kinds, unusual strings: Foundation's own text.
            let data = try JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed])
            let text = String(decoding: data, as: UTF8.self)
            let indent = String(repeating: "  ", count: depth)
            out += text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                .map { $0.offset == 0 || $0.element.isEmpty ? String($0.element) : indent + $0.element }.joined(separator: "\n")
        }
    }

    /// A string in quotes; nil when it holds control characters other than newline, return and
    /// tab, which are left to Foundation's own escaping.
    private static func quote(_ text: String) -> String? {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { return nil }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Foundation's key order, found once per set of keys by asking Foundation itself.
    final class KeyOrder: @unchecked Sendable {
        static let shared = KeyOrder()
        private let lock = NSLock()
        private var orders: [[String]: [String]] = [:]

        func sorted(_ keys: [String]) throws -> [String] {
            let plain = keys.sorted()
            if let known = lock.withLock({ orders[plain] }) { return known }
            var positions: [(String, String.Index)] = []
            var numbered: [String: Int] = [:]
            for (index, key) in plain.enumerated() { numbered[key] = index }
            let data = try JSONSerialization.data(withJSONObject: numbered, options: [.sortedKeys, .withoutEscapingSlashes])
            let text = String(decoding: data, as: UTF8.self)
            for (index, key) in plain.enumerated() {
                guard let quotedKey = PrettyJSON.quote(key),
                      let range = text.range(of: quotedKey + ":" + String(index)) else {
                    throw CocoaError(.propertyListWriteInvalid)   // never met: keys are the program's own names
                }
                positions.append((key, range.lowerBound))
            }
            let order = positions.sorted { $0.1 < $1.1 }.map(\.0)
            lock.withLock { orders[plain] = order }
            return order
        }
    }
}
