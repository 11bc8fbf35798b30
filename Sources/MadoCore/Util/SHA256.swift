import CCryptoOnDemand
import Foundation

/// SHA-256 from libcrypto, for naming mail that has no Message-ID by its bytes.
enum SHA256 {
    static func hex(_ data: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        return String(digest(data).flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0x0F)]] })
    }

    static func digest(_ data: [UInt8]) -> [UInt8] {
        CryptoLibrary.require()
        var out = [UInt8](repeating: 0, count: 32)
        data.withUnsafeBufferPointer { input in
            _ = mado_sha256(input.baseAddress, input.count, &out)
        }
        return out
    }
}

/// HMAC-SHA256 from libcrypto, and a comparison that takes the same time whatever the bytes:
/// a signature check must not tell an attacker how much of a guess was right.
public enum HMACSHA256 {
    public static func digest(key: [UInt8], message: [UInt8]) -> [UInt8] {
        CryptoLibrary.require()
        var out = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        key.withUnsafeBufferPointer { k in
            message.withUnsafeBufferPointer { m in
                length = mado_hmac_sha256(k.baseAddress, Int32(k.count), m.baseAddress, m.count, &out)
            }
        }
        return Array(out.prefix(Int(length)))
    }

    public static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        CryptoLibrary.require()
        return a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in mado_crypto_memcmp(x.baseAddress, y.baseAddress, a.count) == 0 } }
    }
}

/// libcrypto is opened on the first hash, not at every process start (see Sources/CCryptoOnDemand):
/// a search or a list never hashes. Without it no hash can be made and its callers cannot go on,
/// so the process stops here with one sentence in both languages, before what needed the hash is
/// stored (an open transaction is rolled back), as the dynamic loader used to stop every `mado`
/// at start when libcrypto was missing.
enum CryptoLibrary {
    static func require() {
        guard let reason = mado_crypto_load() else { return }
        let said = String(cString: reason)
        let sentence = """
            mado could not load libcrypto, which it needs for hashes and signatures (\(said)), and stopped. Install it (on Debian: apt-get install libssl3) and try again.
            ハッシュと署名に必要なライブラリ「libcrypto」を読み込めなかったため、mado は止まりました（「\(said)」）。インストールして（「apt-get install libssl3」など）もう一度実行してください。

            """
        FileHandle.standardError.write(Data(sentence.utf8))
        exit(1)
    }
}
