import Foundation

/// LINE's `x-line-signature`: the base64 of the HMAC-SHA256 of the raw body, keyed with the
/// channel secret. Compared in constant time after decoding.
public enum LINESignature {
    /// The header value LINE would send for `body`.
    public static func header(body: [UInt8], secret: [UInt8]) -> String {
        Data(HMACSHA256.digest(key: secret, message: body)).base64EncodedString()
    }

    /// True only for well-formed base64 whose digest matches; missing, empty or garbled is false.
    public static func isValid(header: String?, body: [UInt8], secret: [UInt8]) -> Bool {
        guard !secret.isEmpty, let header = header?.trimmingCharacters(in: .whitespaces), !header.isEmpty,
              let given = Data(base64Encoded: header) else { return false }
        return HMACSHA256.constantTimeEqual(Array(given), HMACSHA256.digest(key: secret, message: body))
    }
}
