import Foundation

/// One laid-out help line: the keys part (drawn in the key colour) and the text after it.
public struct HelpLine: Sendable, Equatable {
    public var keys: String
    public var text: String
    public var isTitle: Bool
    public var whole: String { keys + text }
}

/// Help sections laid out for a width: keys beside their text when there is room, above it when
/// not (40 columns), wrapped and never cut. The screen draws these lines; `mado help` prints them.
public enum HelpText {
    public static func lines(_ sections: [HelpSection], width: Int, japanese ja: Bool) -> [HelpLine] {
        let width = max(width, 20)
        let keyWidth = min(sections.flatMap(\.entries).map { CellWidth.of($0.keys) }.max() ?? 0, 26)
        // Side by side only when the text still gets a reasonable column.
        let sideBySide = width - keyWidth - 3 >= 30
        var lines: [HelpLine] = []
        for section in sections {
            if !lines.isEmpty { lines.append(HelpLine(keys: "", text: "", isTitle: false)) }
            lines += TextWrap.wrap(section.title(japanese: ja), width: width).map { HelpLine(keys: "", text: $0, isTitle: true) }
            for entry in section.entries {
                let text = entry.text(japanese: ja)
                if sideBySide && CellWidth.of(entry.keys) <= keyWidth {
                    let wrapped = TextWrap.wrap(text, width: width - keyWidth - 3)
                    for (index, part) in wrapped.enumerated() {
                        let keys = index == 0 ? entry.keys : ""
                        lines.append(HelpLine(keys: "  " + TextFit.pad(keys, to: keyWidth) + " ", text: part, isTitle: false))
                    }
                } else {
                    lines += TextWrap.wrap(entry.keys, width: width - 2).map { HelpLine(keys: "  " + $0, text: "", isTitle: false) }
                    lines += TextWrap.wrap(text, width: width - 6).map { HelpLine(keys: "      ", text: $0, isTitle: false) }
                }
            }
        }
        return lines
    }

    /// Plain text for the command line (`mado help TOPIC`).
    public static func plain(_ sections: [HelpSection], width: Int = 80, japanese ja: Bool) -> String {
        lines(sections, width: width, japanese: ja).map { line in
            var text = line.whole
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }.joined(separator: "\n")
    }
}
