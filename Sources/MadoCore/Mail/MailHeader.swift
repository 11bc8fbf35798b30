/// One header field: its name and its value, unfolded, still encoded (encoded words, raw 8-bit).
public struct MailHeader: Sendable, Equatable {
    public var name: String
    public var value: String
}

/// Splits a message (or a MIME part) into its header fields and where the body starts.
enum HeaderBlock {
    static func parse(_ bytes: ArraySlice<UInt8>) -> (headers: [MailHeader], bodyStart: Int, warnings: [String]) {
        var headers: [MailHeader] = []
        var warnings: [String] = []
        var index = bytes.startIndex
        var current: [UInt8] = []
        func finish() {
            guard !current.isEmpty else { return }
            defer { current = [] }
            guard let colon = current.firstIndex(of: UInt8(ascii: ":")), colon > 0 else {
                if !current.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                    warnings.append("a header line without a name was kept out: " + String(decoding: current.prefix(60), as: UTF8.self))
                }
                return
            }
            let name = String(decoding: current[..<colon], as: UTF8.self).trimmingWhitespace()
            // Skip leading blanks by index: removing them one by one is quadratic in a hostile header.
            var start = colon + 1
            while start < current.endIndex && (current[start] == 0x20 || current[start] == 0x09) { start += 1 }
            headers.append(MailHeader(name: name, value: HeaderBlock.text(Array(current[start...]), warnings: &warnings)))
        }
        // An mbox "From " line at the very top is not a header.
        if bytes.starts(with: Array("From ".utf8)) {
            index = ByteScan.next(0x0A, in: bytes, from: index)
            index = min(index + 1, bytes.endIndex)
        }
        while index < bytes.endIndex {
            let end = ByteScan.next(0x0A, in: bytes, from: index)
            var line = bytes[index..<end]
            if line.last == 0x0D { line = line.dropLast() }
            let next = min(end + 1, bytes.endIndex)
            if line.isEmpty {
                finish()
                return (headers, next, warnings)
            }
            if line.first == 0x20 || line.first == 0x09 {
                // Folded continuation: unfolding keeps the whitespace, drops the line break.
                current.append(contentsOf: line)
            } else {
                finish()
                // A line that cannot be a header ends a header block that forgot its blank line.
                if !line.contains(UInt8(ascii: ":")) {
                    if !headers.isEmpty { warnings.append("the header block ended without a blank line") }
                    return (headers, index, warnings)
                }
                current = Array(line)
            }
            index = next
        }
        finish()
        return (headers, bytes.endIndex, warnings)
    }

    /// Header bytes → text: UTF-8 when valid (raw 8-bit UTF-8 headers are common), else CP932,
    /// else Latin-1, with a warning.
    static func text(_ bytes: [UInt8], warnings: inout [String]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        if let text = Charset.strict(bytes, label: "cp932") {
            warnings.append("raw 8-bit header decoded as Shift_JIS")
            return text
        }
        warnings.append("raw 8-bit header decoded as Latin-1")
        return Charset.convert(bytes, from: "CP1252", lenient: true) ?? String(decoding: bytes, as: UTF8.self)
    }
}

extension Array where Element == MailHeader {
    /// Header names are ASCII: compare them byte by byte, ignoring case, without Foundation.
    func first(_ name: String) -> String? {
        let wanted = [UInt8](name.utf8)
        return first { header in
            let bytes = header.name.utf8
            guard bytes.count == wanted.count else { return false }
            return zip(bytes, wanted).allSatisfy { ($0 | 0x20) == ($1 | 0x20) }
        }?.value
    }
}

import Foundation
