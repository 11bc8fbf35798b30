import MadoCore

/// Makes text safe to draw: nothing may drive the terminal. Customer text is already cleaned when
/// it enters the store (`CustomerText`); this is the second line of defence for whatever reaches the
/// screen by another way. It shares the store's escape parser; unlike the store it shows stray
/// control characters as control pictures (␇), so a person can see something was there.
public enum SafeText {
    /// For one-line fields: newlines and tabs become spaces.
    public static func line(_ text: String) -> String {
        CustomerText.clean(text, keepNewlines: false) { $0 == "\t" ? " " : visible($0) }
    }

    /// For bodies: newlines kept, tabs expanded to spaces, CR dropped.
    public static func block(_ text: String) -> String {
        CustomerText.clean(text, keepNewlines: true) { $0 == "\t" ? "    " : visible($0) }
    }

    private static func visible(_ control: Unicode.Scalar) -> String {
        switch control.value {
        case 0x00..<0x20: return String(Unicode.Scalar(0x2400 + control.value)!)
        case 0x7F: return "\u{2421}"
        default: return "\u{FFFD}"
        }
    }
}
