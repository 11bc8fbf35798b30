import Foundation

/// Finding a byte with `memchr`: the one loop every line of a message goes through. A Swift loop
/// over an ArraySlice costs tens of times more in a debug build, enough to make a 10 MB line slow.
enum ByteScan {
    /// The index of the first `byte` in `bytes[from...]`, or `bytes.endIndex`.
    static func next(_ byte: UInt8, in bytes: ArraySlice<UInt8>, from: Int) -> Int {
        guard from < bytes.endIndex else { return bytes.endIndex }
        return bytes.withUnsafeBufferPointer { buffer -> Int in
            let offset = from - bytes.startIndex
            guard let base = buffer.baseAddress,
                  let found = memchr(base + offset, Int32(byte), buffer.count - offset) else { return bytes.endIndex }
            return bytes.startIndex + (UnsafeRawPointer(found) - UnsafeRawPointer(base))
        }
    }
}

extension String {
    /// Whether the text holds this ASCII byte, by `memchr` over its UTF-8.
    func containsByte(_ byte: UInt8) -> Bool {
        var text = self
        return text.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        }
    }

    /// Like `trimmingCharacters(in:)`, but looks only at the ends: Foundation's version copies the
    /// whole text through NSString, seconds for a 10 MB body in a debug build.
    func trimmingEnds(where drop: (Character) -> Bool) -> String {
        var text = self[...]
        while let first = text.first, drop(first) { text = text.dropFirst() }
        while let last = text.last, drop(last) { text = text.dropLast() }
        return String(text)
    }
}

extension String {
    /// Whether the text holds `needle` (ASCII), compared byte by byte over the UTF-8. Foundation's
    /// `contains` goes through NSString and the locale's search: thousands of times slower on the
    /// short header values an import checks for every mail.
    func containsASCII(_ needle: String) -> Bool {
        var text = self
        var needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { wanted in
                guard let base = haystack.baseAddress, let target = wanted.baseAddress else { return wanted.isEmpty }
                // memchr to each candidate first byte, then compare the rest.
                var offset = 0
                while offset + wanted.count <= haystack.count,
                      let found = memchr(base + offset, Int32(target.pointee), haystack.count - offset - wanted.count + 1) {
                    if memcmp(found, target, wanted.count) == 0 { return true }
                    offset = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
                }
                return false
            }
        }
    }

    /// Every `target` (ASCII) replaced by `replacement`, left to right, by bytes: what
    /// `replacingOccurrences(of:with:)` gives for ASCII, without the round trip through NSString.
    func replacingASCII(_ target: String, with replacement: String) -> String {
        guard let first = target.utf8.first, containsByte(first), containsASCII(target) else { return self }
        let bytes = Array(utf8), wanted = Array(target.utf8), instead = Array(replacement.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == first, index + wanted.count <= bytes.count, bytes[index..<index + wanted.count].elementsEqual(wanted) {
                out += instead
                index += wanted.count
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
