import Foundation

/// A file name from a mail made safe to save: never outside the target folder, never hidden or
/// option-like, no control characters, no Windows reserved names, not absurdly long.
public enum AttachmentFileName {
    static let reserved = Set(["con", "prn", "aux", "nul"] + (1...9).map { "com\($0)" } + (1...9).map { "lpt\($0)" })

    public static func safe(_ name: String) -> String {
        var base = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        base = String(base.unicodeScalars.map { scalar -> Character in
            if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) || ":*?\"<>|".unicodeScalars.contains(scalar)
                || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value) { return "_" }
            return Character(scalar)
        })
        while base.last == " " || base.last == "." { base.removeLast() }
        while base.first == " " { base.removeFirst() }
        if base.isEmpty || base == ".." { base = "attachment" }
        if base.hasPrefix(".") || base.hasPrefix("-") { base = "_" + base }
        let stem = base.split(separator: ".").first.map { $0.lowercased() } ?? ""
        if reserved.contains(stem) { base = "_" + base }
        if base.utf8.count > 200 {
            let ext = (base as NSString).pathExtension
            let keep = ext.isEmpty || ext.utf8.count > 20 ? "" : "." + ext
            var stem = String((base as NSString).deletingPathExtension)
            while stem.utf8.count + keep.utf8.count > 200 { stem.removeLast() }
            base = stem + keep
        }
        return base
    }
}
