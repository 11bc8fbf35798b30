/// A phone number reduced to what identifies it, so `'090-1234-5678`, `+81 90 1234 5678` and
/// `09012345678` match: digits only, Japan's +81 written as the domestic leading 0.
public enum PhoneKey {
    public static func make(_ text: String) -> String? {
        let digits = String(text.unicodeScalars.compactMap { scalar -> Character? in
            // Full-width digits (０-９) come from Japanese forms.
            if (0xFF10...0xFF19).contains(scalar.value) { return Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!) }
            return ("0"..."9").contains(scalar) ? Character(scalar) : nil
        })
        let international = text.trimmingCharacters(in: .whitespaces).hasPrefix("+")
        let key = international && digits.hasPrefix("81") ? "0" + digits.dropFirst(2) : digits
        // Fewer digits than any real number: not worth matching people on.
        return key.count >= 7 ? key : nil
    }
}
