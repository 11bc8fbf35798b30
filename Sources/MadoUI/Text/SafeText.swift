/// Makes text that came from outside (subjects, names, bodies, file names) safe to draw: nothing a
/// customer sent may drive the terminal. Escape sequences are removed whole; other control characters
/// become visible control pictures (␇); bidi overrides, which can make text lie about its order, go.
public enum SafeText {
    /// For one-line fields: newlines and tabs become spaces.
    public static func line(_ text: String) -> String {
        clean(text, keepNewlines: false)
    }

    /// For bodies: newlines kept, tabs expanded to spaces, CR dropped.
    public static func block(_ text: String) -> String {
        clean(text, keepNewlines: true)
    }

    static func clean(_ text: String, keepNewlines: Bool) -> String {
        // Fast path: most text has nothing to clean.
        if !text.unicodeScalars.contains(where: needsAttention) { return text }
        var out = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            let v = scalar.value
            switch v {
            case 0x0A:
                if keepNewlines { out.append(scalar) } else { out.append(" ") }
            case 0x09:
                if keepNewlines { out.append(contentsOf: "    ".unicodeScalars) } else { out.append(" ") }
            case 0x0D:
                continue
            case 0x1B:
                skipEscapeSequence(&scalars)
            case 0x9B:
                skipControlSequenceBody(&scalars)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                skipStringBody(&scalars)
            case 0x00..<0x20:
                out.append(Unicode.Scalar(0x2400 + v)!)
            case 0x7F:
                out.append("\u{2421}")
            case 0x80..<0xA0:
                out.append("\u{FFFD}")
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
                continue
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    static func needsAttention(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (v >= 0x7F && v < 0xA0) || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069)
            || v == 0x200E || v == 0x200F || v == 0x061C
    }

    /// After ESC: CSI (`[`), string commands (OSC `]`, DCS `P`, SOS `X`, PM `^`, APC `_`), or a two-byte escape.
    private static func skipEscapeSequence(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        guard let next = scalars.popFirst() else { return }
        switch next {
        case "[": skipControlSequenceBody(&scalars)
        case "]", "P", "X", "^", "_": skipStringBody(&scalars)
        default:
            // Intermediate bytes (space to /) then one final byte.
            var current = next
            while (0x20...0x2F).contains(current.value), let following = scalars.popFirst() { current = following }
        }
    }

    /// Parameters and intermediates up to a final byte in @..~.
    private static func skipControlSequenceBody(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        while let scalar = scalars.popFirst() {
            if (0x40...0x7E).contains(scalar.value) { return }
            if scalar.value < 0x20 { return }   // a broken sequence ends at the next control character
        }
    }

    /// Up to BEL, ST (ESC \) or the C1 ST.
    private static func skipStringBody(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        while let scalar = scalars.popFirst() {
            if scalar.value == 0x07 || scalar.value == 0x9C { return }
            if scalar.value == 0x1B {
                if scalars.first == "\\" { scalars.removeFirst() }
                return
            }
        }
    }
}
