import Foundation

/// Meta's `X-Hub-Signature-256: sha256=<hex>`: HMAC-SHA256 of the raw body with the app secret.
/// Compared in constant time, after decoding, so a guess learns nothing from the answer's timing.
public enum WebhookSignature {
    public static let prefix = "sha256="

    /// The header value Meta would send for `body`.
    public static func header(body: [UInt8], secret: [UInt8]) -> String {
        prefix + hex(HMACSHA256.digest(key: secret, message: body))
    }

    /// True only for a well-formed header whose digest matches; a missing header, another
    /// algorithm or broken hex is false.
    public static func isValid(header: String?, body: [UInt8], secret: [UInt8]) -> Bool {
        guard !secret.isEmpty, let header = header?.trimmingCharacters(in: .whitespaces),
              header.lowercased().hasPrefix(prefix),
              let given = unhex(String(header.dropFirst(prefix.count))) else { return false }
        return HMACSHA256.constantTimeEqual(given, HMACSHA256.digest(key: secret, message: body))
    }

    public static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        return String(bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0x0F)]] })
    }

    static func unhex(_ text: String) -> [UInt8]? {
        let characters = Array(text.utf8)
        guard characters.count % 2 == 0, !characters.isEmpty else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(characters.count / 2)
        var index = 0
        while index < characters.count {
            guard let high = nibble(characters[index]), let low = nibble(characters[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
