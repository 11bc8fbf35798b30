/// Content-Transfer-Encoding decoders, lenient the way mail has to be: dirty or cut-off base64
/// yields what it can, a broken quoted-printable escape is kept as text.
enum TransferEncoding {
    static let base64Values: [Int8] = {
        var table = [Int8](repeating: -1, count: 256)
        for (index, character) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(character)] = Int8(index)
        }
        // URL-safe alphabet, as some broken senders use.
        table[Int(UInt8(ascii: "-"))] = 62
        table[Int(UInt8(ascii: "_"))] = 63
        return table
    }()

    /// Returns the bytes and whether anything had to be skipped or was cut short.
    static func base64<C: Collection>(_ input: C) -> (bytes: [UInt8], dirty: Bool) where C.Element == UInt8 {
        var output: [UInt8] = []
        output.reserveCapacity(input.count * 3 / 4)
        var accumulator: UInt32 = 0
        var bits = 0
        var dirty = false
        var sawPadding = false
        for byte in input {
            let value = base64Values[Int(byte)]
            if value < 0 {
                if byte == UInt8(ascii: "=") { sawPadding = true; continue }
                if byte != 0x0A && byte != 0x0D && byte != 0x20 && byte != 0x09 { dirty = true }
                continue
            }
            if sawPadding { dirty = true; sawPadding = false }
            accumulator = (accumulator << 6) | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                output.append(UInt8((accumulator >> UInt32(bits)) & 0xFF))
            }
        }
        if bits >= 6 { dirty = true }   // a lone trailing character: a cut-off quantum
        return (output, dirty)
    }

    static func quotedPrintable<C: Collection>(_ input: C, underscoreIsSpace: Bool = false) -> [UInt8] where C.Element == UInt8, C.Index == Int {
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = input.startIndex
        while index < input.endIndex {
            let byte = input[index]
            if byte == UInt8(ascii: "=") {
                // Soft line break: "=" at the end of a line (trailing blanks allowed).
                var look = index + 1
                while look < input.endIndex && (input[look] == 0x20 || input[look] == 0x09) { look += 1 }
                if look < input.endIndex && (input[look] == 0x0A || input[look] == 0x0D) {
                    index = look + (input[look] == 0x0D && look + 1 < input.endIndex && input[look + 1] == 0x0A ? 2 : 1)
                    continue
                }
                if look >= input.endIndex { break }
                if index + 2 < input.endIndex, let high = hex(input[index + 1]), let low = hex(input[index + 2]) {
                    output.append(high << 4 | low)
                    index += 3
                    continue
                }
                output.append(byte)
                index += 1
                continue
            }
            output.append(underscoreIsSpace && byte == UInt8(ascii: "_") ? 0x20 : byte)
            index += 1
        }
        return output
    }

    static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }

    static func encodeBase64(_ bytes: [UInt8], lineLength: Int = 76) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var output: [UInt8] = []
        var column = 0
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            var value: UInt32 = 0
            for (offset, byte) in chunk.enumerated() { value |= UInt32(byte) << UInt32(16 - offset * 8) }
            for position in 0..<4 {
                if position <= chunk.count {
                    output.append(alphabet[Int((value >> UInt32(18 - position * 6)) & 0x3F)])
                } else {
                    output.append(UInt8(ascii: "="))
                }
            }
            index += 3
            column += 4
            if lineLength > 0 && column >= lineLength && index < bytes.count {
                output.append(0x0A)
                column = 0
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
