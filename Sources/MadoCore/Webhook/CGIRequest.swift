import Foundation

/// One request as a web server hands it to a CGI program (RFC 3875): the meta-variables from the
/// environment and exactly CONTENT_LENGTH bytes of body from standard input.
public struct CGIRequest: Sendable, Equatable {
    public var method: String
    /// PATH_INFO: what follows the program's own path in the URL (`/instagram`), or "".
    public var path: String
    public var query: [String: String]
    public var contentLength: Int?
    /// HTTP headers as the server passes them: `X-Hub-Signature-256` is `HTTP_X_HUB_SIGNATURE_256`.
    public var headers: [String: String]
    public var body: [UInt8]

    public init(method: String, path: String = "", query: [String: String] = [:], contentLength: Int? = nil,
                headers: [String: String] = [:], body: [UInt8] = []) {
        self.method = method
        self.path = path
        self.query = query
        self.contentLength = contentLength
        self.headers = headers
        self.body = body
    }

    /// The largest body read; Meta's payloads are a few kilobytes.
    public static let bodyLimit = 1 << 20

    public enum Problem: Error, Equatable {
        /// CONTENT_LENGTH above the limit: answered 413 without reading the body.
        case tooLarge(Int)
        /// CONTENT_LENGTH that is not a number.
        case badLength(String)
        /// The body ended before CONTENT_LENGTH bytes.
        case shortBody(expected: Int, got: Int)
    }

    /// The request from the CGI environment; `read(n)` returns up to n bytes of standard input
    /// (fewer only at its end). The body is read only for a length within `limit`.
    public static func from(environment: [String: String], limit: Int = bodyLimit,
                            read: (Int) -> [UInt8]) throws(Problem) -> CGIRequest {
        var request = CGIRequest(method: (environment["REQUEST_METHOD"] ?? "GET").uppercased(),
                                 path: environment["PATH_INFO"] ?? "",
                                 query: parseQuery(environment["QUERY_STRING"] ?? ""))
        for (name, value) in environment where name.hasPrefix("HTTP_") { request.headers[name] = value }
        if let text = environment["CONTENT_LENGTH"]?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            guard let length = Int(text), length >= 0 else { throw .badLength(text) }
            guard length <= limit else { throw .tooLarge(length) }
            request.contentLength = length
            var body: [UInt8] = []
            body.reserveCapacity(length)
            while body.count < length {
                let chunk = read(length - body.count)
                if chunk.isEmpty { break }
                body += chunk
            }
            guard body.count == length else { throw .shortBody(expected: length, got: body.count) }
            request.body = body
        }
        return request
    }

    /// `a=1&b=x%20y+z` → ["a": "1", "b": "x y z"]; the first of a repeated name wins.
    public static func parseQuery(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = decode(String(parts[0]))
            let value = parts.count > 1 ? decode(String(parts[1])) : ""
            if result[name] == nil { result[name] = value }
        }
        return result
    }

    /// Form decoding: `+` is a space, `%XX` a byte; a broken escape is kept as it was.
    static func decode(_ text: String) -> String {
        var bytes: [UInt8] = []
        let source = Array(text.utf8)
        var index = 0
        while index < source.count {
            let byte = source[index]
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), index + 2 < source.count,
                      let value = UInt8(String(decoding: source[index + 1...index + 2], as: UTF8.self), radix: 16) {
                bytes.append(value)
                index += 2
            } else {
                bytes.append(byte)
            }
            index += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// What a CGI program prints: `Status:`, `Content-Type:`, a blank line, the body.
public struct CGIResponse: Sendable, Equatable {
    public var status: Int
    public var body: String
    public var headers: [(String, String)] = []

    public init(status: Int, body: String, headers: [(String, String)] = []) {
        self.status = status
        self.body = body
        self.headers = headers
    }

    public static func == (a: CGIResponse, b: CGIResponse) -> Bool {
        a.status == b.status && a.body == b.body && a.headers.map { "\($0.0): \($0.1)" } == b.headers.map { "\($0.0): \($0.1)" }
    }

    static let reasons = [200: "OK", 400: "Bad Request", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
                          411: "Length Required", 413: "Payload Too Large", 500: "Internal Server Error"]

    public var text: String {
        var lines = ["Status: \(status) \(Self.reasons[status] ?? "Status")", "Content-Type: text/plain; charset=utf-8"]
        lines += headers.map { "\($0.0): \($0.1)" }
        return lines.joined(separator: "\r\n") + "\r\n\r\n" + body
    }
}
