/// One node of a message's MIME tree, with its raw (still transfer-encoded) body.
struct MIMEPart {
    var headers: [MailHeader]
    var contentType: MIMEParameters
    var disposition: MIMEParameters
    var transferEncoding: String
    var body: ArraySlice<UInt8>
    var children: [MIMEPart] = []
    var warnings: [String] = []

    /// Deeper than this is an attack or a bug, not a mail.
    static let maximumDepth = 30

    var isMultipart: Bool { contentType.value.hasPrefix("multipart/") }
    var isAttachment: Bool { disposition.value == "attachment" }
    var filename: String? {
        let name = disposition["filename"] ?? contentType["name"]
        return name.map { EncodedWord.decode($0).text }
    }

    static func parse(_ bytes: ArraySlice<UInt8>, depth: Int = 0, defaultType: String = "text/plain") -> MIMEPart {
        let (headers, bodyStart, headerWarnings) = HeaderBlock.parse(bytes)
        var contentType = MIMEParameters(headers.first("Content-Type"))
        if contentType.value.isEmpty || !contentType.value.containsByte(UInt8(ascii: "/")) { contentType.value = defaultType }
        var part = MIMEPart(headers: headers, contentType: contentType, disposition: MIMEParameters(headers.first("Content-Disposition")),
                            transferEncoding: (headers.first("Content-Transfer-Encoding") ?? "7bit").trimmingWhitespace().lowercased(),
                            body: bytes[bodyStart...], warnings: headerWarnings)
        guard depth < maximumDepth else {
            part.warnings.append("MIME nesting deeper than \(maximumDepth) levels; the rest is kept as raw data")
            return part
        }
        if part.isMultipart {
            guard let boundary = contentType["boundary"], !boundary.isEmpty else {
                part.warnings.append("multipart without a boundary; shown as text")
                part.contentType.value = "text/plain"
                return part
            }
            let childType = contentType.value == "multipart/digest" ? "message/rfc822" : "text/plain"
            let (pieces, complete) = split(part.body, boundary: Array(boundary.utf8))
            if !complete { part.warnings.append("the MIME end boundary is missing; the message may be cut short") }
            if pieces.isEmpty { part.warnings.append("no MIME part found inside the multipart") }
            part.children = pieces.map { parse($0, depth: depth + 1, defaultType: childType) }
        } else if contentType.value == "message/rfc822" || contentType.value == "message/global" {
            let inner = part.decodedBody().bytes
            part.children = [parse(ArraySlice(inner), depth: depth + 1)]
        }
        return part
    }

    /// The parts between `--boundary` lines; false when the closing `--boundary--` never came.
    static func split(_ body: ArraySlice<UInt8>, boundary: [UInt8]) -> (parts: [ArraySlice<UInt8>], complete: Bool) {
        let delimiter = [UInt8(ascii: "-"), UInt8(ascii: "-")] + boundary
        var parts: [ArraySlice<UInt8>] = []
        var partStart: Int?
        var index = body.startIndex
        while index < body.endIndex {
            let lineEnd = ByteScan.next(0x0A, in: body, from: index)
            let line = body[index..<lineEnd]
            if line.starts(with: delimiter) {
                var rest = line.dropFirst(delimiter.count)
                while let last = rest.last, last == 0x0D || last == 0x20 || last == 0x09 { rest = rest.dropLast() }
                let closing = rest.starts(with: [UInt8(ascii: "-"), UInt8(ascii: "-")])
                if rest.isEmpty || closing {
                    if let start = partStart {
                        // The line break before a delimiter belongs to the delimiter.
                        var end = index
                        if end > start && body[end - 1] == 0x0A { end -= 1 }
                        if end > start && body[end - 1] == 0x0D { end -= 1 }
                        parts.append(body[start..<end])
                    }
                    if closing { return (parts, true) }
                    partStart = min(lineEnd + 1, body.endIndex)
                }
            }
            index = lineEnd + 1
        }
        if let start = partStart, start < body.endIndex { parts.append(body[start...]) }
        return (parts, false)
    }

    /// The body with its transfer encoding undone, and whether it was damaged.
    func decodedBody() -> (bytes: [UInt8], dirty: Bool) {
        switch transferEncoding {
        case "base64":
            return TransferEncoding.base64(body)
        case "quoted-printable":
            return (TransferEncoding.quotedPrintable(Array(body)), false)
        default:
            return (Array(body), false)
        }
    }

    /// The text of a text/* part in Unicode, with CRLF turned into LF.
    func decodedText(warnings: inout [String]) -> String {
        let (bytes, dirty) = decodedBody()
        if dirty { warnings.append("damaged \(transferEncoding) in a \(contentType.value) part; decoded what could be read") }
        let decoded = Charset.decode(bytes, charset: contentType["charset"])
        if let warning = decoded.warning { warnings.append(warning) }
        var text = decoded.text
        if text.containsByte(0x0D) { text = text.replacingASCII("\r\n", with: "\n").replacingASCII("\r", with: "\n") }
        return text
    }
}

import Foundation
