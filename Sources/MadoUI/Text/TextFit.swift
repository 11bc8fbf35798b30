/// Cutting and padding text to a number of cells without ever splitting a character.
public enum TextFit {
    /// The longest prefix that fits in `cells`; with `ellipsis`, a cut is marked with "…".
    public static func truncate(_ text: String, to cells: Int, ellipsis: Bool = true) -> String {
        guard cells > 0 else { return "" }
        if CellWidth.of(text) <= cells { return text }
        let budget = ellipsis ? cells - 1 : cells
        var used = 0
        var result = ""
        for character in text {
            let width = CellWidth.of(character)
            if used + width > budget { break }
            result.append(character)
            used += width
        }
        return ellipsis ? result + "…" : result
    }

    /// Exactly `cells` wide: truncated, then padded with spaces (a wide character that does not fit
    /// in the last cell leaves a space instead).
    public static func pad(_ text: String, to cells: Int, ellipsis: Bool = true) -> String {
        let cut = truncate(text, to: cells, ellipsis: ellipsis)
        let width = CellWidth.of(cut)
        return width < cells ? cut + String(repeating: " ", count: cells - width) : cut
    }

    public static func padLeft(_ text: String, to cells: Int) -> String {
        let cut = truncate(text, to: cells, ellipsis: false)
        let width = CellWidth.of(cut)
        return width < cells ? String(repeating: " ", count: cells - width) + cut : cut
    }
}
