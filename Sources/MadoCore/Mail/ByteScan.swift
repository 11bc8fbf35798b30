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
