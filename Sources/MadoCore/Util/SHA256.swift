import CCrypto

/// SHA-256 from libcrypto, for naming mail that has no Message-ID by its bytes.
enum SHA256 {
    static func hex(_ data: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        return String(digest(data).flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0x0F)]] })
    }

    static func digest(_ data: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        data.withUnsafeBufferPointer { input in
            _ = CCrypto.SHA256(input.baseAddress, input.count, &out)
        }
        return out
    }
}

/// HMAC-SHA256 from libcrypto, and a comparison that takes the same time whatever the bytes:
/// a signature check must not tell an attacker how much of a guess was right.
public enum HMACSHA256 {
    public static func digest(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        key.withUnsafeBufferPointer { k in
            message.withUnsafeBufferPointer { m in
                _ = HMAC(EVP_sha256(), k.baseAddress, Int32(k.count), m.baseAddress, m.count, &out, &length)
            }
        }
        return Array(out.prefix(Int(length)))
    }

    public static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        return a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in CRYPTO_memcmp(x.baseAddress, y.baseAddress, a.count) == 0 } }
    }
}
