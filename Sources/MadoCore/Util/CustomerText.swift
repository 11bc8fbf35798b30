/// Text that came from outside (names, subjects, bodies, file names, usernames), made safe once,
/// when it enters the store: nothing a customer sent may drive a terminal, a mail reader or a
/// template reply. Escape sequences go whole (a leftover "[2J" or "0;pwned" would still be noise);
/// other control characters go; bidi overrides and isolates, which make text lie about its order, go.
public enum CustomerText {
    /// For one-line fields (names, subjects, file names, usernames): newlines and tabs become spaces.
    public static func line(_ text: String) -> String {
        clean(text, keepNewlines: false) { $0 == "\t" ? " " : "" }
    }

    /// For bodies: newlines and tabs kept, CRLF becomes LF, every other control character removed.
    public static func block(_ text: String) -> String {
        clean(text, keepNewlines: true) { $0 == "\t" ? "\t" : "" }
    }

    /// The one escape-sequence parser, shared with the screen's second line of defence. Escape
    /// sequences (7-bit and C1), CR and bidi controls are removed; a newline is kept or becomes a
    /// space; every other control character (tab included) is replaced by what `control` returns.
    public static func clean(_ text: String, keepNewlines: Bool, control: (Unicode.Scalar) -> String) -> String {
        // Fast path: most text has nothing to clean (a body's newlines, kept as they are, included).
        if !text.unicodeScalars.contains(where: { needsAttention($0) && !(keepNewlines && $0 == "\n") }) { return text }
        var out = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            switch scalar.value {
            case 0x0A:
                out.append(keepNewlines ? scalar : " ")
            case 0x0D:
                continue   // CRLF becomes LF; a lone CR (which would overwrite the line) goes
            case 0x1B:
                skipEscapeSequence(&scalars)
            case 0x9B:
                skipControlSequenceBody(&scalars)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                skipStringBody(&scalars)
            case 0x00..<0x20, 0x7F..<0xA0:
                out.append(contentsOf: control(scalar).unicodeScalars)
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
