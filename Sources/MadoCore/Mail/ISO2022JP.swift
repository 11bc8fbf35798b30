/// ISO-2022-JP as Japanese mailers really write it: JIS X 0208 with the NEC and IBM extensions of
/// CP932 (①, ㈱, Ⅲ), half-width katakana by ESC ( I or SO/SI. glibc's converter refuses the
/// extensions, so we walk the escapes ourselves, turn each JIS pair into its Shift_JIS bytes and
/// let iconv's CP932 read them. Nil for escapes we do not know (the caller tries iconv's -2 / -3).
enum ISO2022JP {
    enum Mode { case ascii, jis0208, katakana }

    static func decode(_ bytes: [UInt8]) -> String? {
        var sjis: [UInt8] = []
        sjis.reserveCapacity(bytes.count)
        var mode = Mode.ascii
        var shiftedOut = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x1B {
                guard index + 2 < bytes.count else { return nil }
                let a = bytes[index + 1], b = bytes[index + 2]
                switch (a, b) {
                case (0x28, 0x42), (0x28, 0x4A), (0x28, 0x48): mode = .ascii          // ESC ( B, ESC ( J
                case (0x24, 0x40), (0x24, 0x42): mode = .jis0208                      // ESC $ @, ESC $ B
                case (0x28, 0x49): mode = .katakana                                  // ESC ( I
                case (0x26, 0x40):                                                   // ESC & @ ESC $ B (JIS X 0208-1990)
                    index += 3
                    continue
                default: return nil
                }
                index += 3
                continue
            }
            if byte == 0x0E { shiftedOut = true; index += 1; continue }
            if byte == 0x0F { shiftedOut = false; index += 1; continue }
            if byte == 0x0A || byte == 0x0D {
                // Well-formed mail returns to ASCII before a line end; be forgiving when it does not.
                sjis.append(byte)
                index += 1
                continue
            }
            if byte >= 0x80 { return nil }
            if shiftedOut || mode == .katakana {
                guard (0x21...0x5F).contains(byte) else { sjis.append(byte); index += 1; continue }
                sjis.append(byte + 0x80)
                index += 1
                continue
            }
            if mode == .jis0208 {
                guard index + 1 < bytes.count else { return nil }
                let j1 = bytes[index], j2 = bytes[index + 1]
                guard (0x21...0x7E).contains(j1), (0x21...0x7E).contains(j2) else { return nil }
                let s1 = (j1 + 1) / 2 + (j1 <= 0x5E ? 0x70 : 0xB0)
                let s2 = j2 + (j1 % 2 == 1 ? (j2 < 0x60 ? 0x1F : 0x20) : 0x7E)
                sjis.append(s1)
                sjis.append(s2)
                index += 2
                continue
            }
            sjis.append(byte)
            index += 1
        }
        return Charset.convert(sjis, from: "CP932", lenient: false)
    }
}
