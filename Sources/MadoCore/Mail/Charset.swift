import Foundation
import Glibc

/// Bytes in a declared charset → text, through glibc iconv, with the repairs real mail needs:
/// Shift_JIS read as CP932 and ISO-2022-JP as its Microsoft superset (so ①, ㈱, Ⅲ survive), and an
/// unknown or lying charset tried as UTF-8, then CP932, then Latin-1, with a warning.
public enum Charset {
    public static func decode(_ bytes: [UInt8], charset declared: String?) -> (text: String, warning: String?) {
        let label = normalize(declared ?? "us-ascii")
        if bytes.allSatisfy({ $0 < 0x80 }) && !label.hasPrefix("iso-2022") && !label.hasPrefix("utf-16") && !label.hasPrefix("utf-7") {
            return (String(decoding: bytes, as: UTF8.self), nil)   // ASCII is ASCII in every charset we meet
        }
        if let text = strict(bytes, label: label) { return (text, nil) }
        // No charset at all and valid UTF-8: what modern mailers mean, not worth a warning.
        if declared == nil, let text = String(validating: bytes, as: UTF8.self) { return (text, nil) }
        for (fallback, name) in [("utf-8", "UTF-8"), ("cp932", "Shift_JIS (CP932)")] where fallback != label {
            if let text = strict(bytes, label: fallback) {
                return (text, "declared charset \(declared ?? "none") does not fit; decoded as \(name)")
            }
        }
        if iconvName(label) != nil, let text = convert(bytes, from: iconvName(label)!, lenient: true) {
            return (text, "invalid \(declared ?? label) bytes replaced with �")
        }
        return (convert(bytes, from: "CP1252", lenient: true) ?? String(decoding: bytes, as: UTF8.self),
                "unknown charset \(declared ?? "none"); decoded as Latin-1")
    }

    static let labelPadding = CharacterSet(charactersIn: "\"' \t")

    /// Lower case, no quotes, no language suffix (RFC 2231 `utf-8*ja`).
    static func normalize(_ label: String) -> String {
        var value = label.trimmingScalars(in: labelPadding).lowercased()
        if let star = value.firstIndex(of: "*") { value = String(value[..<star]) }
        return value
    }

    /// Decodes only if every byte is valid in the charset; nil otherwise.
    static func strict(_ bytes: [UInt8], label: String) -> String? {
        switch label {
        case "utf-8", "utf8":
            return String(validating: bytes, as: UTF8.self)
        case "us-ascii", "ascii", "":
            return bytes.allSatisfy({ $0 < 0x80 }) ? String(decoding: bytes, as: UTF8.self) : nil
        case "iso-2022-jp", "csiso2022jp", "iso-2022-jp-ms", "cp50220", "cp50221", "cp50222":
            return ISO2022JP.decode(bytes) ?? convert(bytes, from: "ISO-2022-JP-2", lenient: false)
        case "iso-2022-jp-2":
            return ISO2022JP.decode(bytes) ?? convert(bytes, from: "ISO-2022-JP-2", lenient: false)
        case "iso-2022-jp-3":
            return ISO2022JP.decode(bytes) ?? convert(bytes, from: "ISO-2022-JP-3", lenient: false)
        default:
            guard let name = iconvName(label) else { return nil }
            return convert(bytes, from: name, lenient: false)
        }
    }

    /// Our label → the glibc converter that reads it best.
    static func iconvName(_ label: String) -> String? {
        switch label {
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis", "windows-31j", "cp932", "ms932", "x-ms-cp932":
            return "CP932"
        case "euc-jp", "x-euc-jp", "eucjp", "cseucpkdfmtjapanese", "euc-jp-ms":
            return eucJPConverter
        case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "csgb2312":
            return "GB18030"
        case "big5", "x-big5", "csbig5", "big5-hkscs":
            return "BIG5-HKSCS"
        case "euc-kr", "ks_c_5601-1987", "cp949", "ks_c_5601", "x-windows-949":
            return "CP949"
        case "koi8-r", "koi8-u":
            return label.uppercased()
        case "iso-2022-jp", "iso-2022-jp-2", "iso-2022-jp-3", "csiso2022jp":
            return "ISO-2022-JP-2"
        case "utf-16", "utf-16le", "utf-16be", "utf-7":
            return label.uppercased()
        case "latin1", "latin-1", "l1":
            return "ISO-8859-1"
        default:
            if label.hasPrefix("iso-8859-") || label.hasPrefix("iso8859-") {
                return "ISO-8859-" + label.split(separator: "-").last!
            }
            if label.hasPrefix("windows-125") || label.hasPrefix("cp125") || label.hasPrefix("x-cp125") {
                return "CP" + label.filter(\.isNumber)
            }
            return nil
        }
    }

    /// glibc has EUC-JP-MS (with the NEC/IBM extensions) on most systems; plain EUC-JP otherwise.
    static let eucJPConverter: String = {
        let descriptor = iconv_open("UTF-8", "EUC-JP-MS")
        if descriptor == iconv_t(bitPattern: -1) { return "EUC-JP" }
        iconv_close(descriptor)
        return "EUC-JP-MS"
    }()

    /// Runs iconv. With `lenient`, invalid bytes become U+FFFD and conversion goes on.
    static func convert(_ bytes: [UInt8], from charset: String, lenient: Bool) -> String? {
        let descriptor = iconv_open("UTF-8", charset)
        guard descriptor != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(descriptor) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 2)
        var buffer = [UInt8](repeating: 0, count: 4096)
        var input = bytes
        var position = 0
        while position < input.count {
            var inLeft = input.count - position
            var outLeft = buffer.count
            let result = input.withUnsafeMutableBufferPointer { inBuffer -> Int in
                buffer.withUnsafeMutableBufferPointer { outBuffer -> Int in
                    var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress! + position)
                        .assumingMemoryBound(to: CChar.self)
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!)
                        .assumingMemoryBound(to: CChar.self)
                    return iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                }
            }
            let failure = errno
            output.append(contentsOf: buffer[0..<(buffer.count - outLeft)])
            position = input.count - inLeft
            if result == -1 {
                if failure == E2BIG { continue }
                guard lenient else { return nil }
                // EILSEQ or EINVAL (cut short): mark it and step over one byte.
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                position += 1
                iconv(descriptor, nil, nil, nil, nil)
            }
        }
        input = []
        return String(decoding: output, as: UTF8.self)
    }
}
