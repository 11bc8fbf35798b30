/// Wraps text to a width in cells. Latin text breaks at spaces; Japanese, which has none, between
/// characters, but not before closing punctuation (a light kinsoku rule).
public enum TextWrap {
    static let noBreakBefore: Set<Character> = ["、", "。", "，", "．", "」", "』", "）", ")", "】", "〉", "》", "ー", "ッ", "っ", "ゃ", "ゅ", "ょ", "！", "？", "!", "?", ",", ".", ":", ";", "・"]

    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            wrapLine(String(paragraph), width: width, into: &lines)
        }
        return lines
    }

    private static func wrapLine(_ line: String, width: Int, into lines: inout [String]) {
        if CellWidth.of(line) <= width {
            lines.append(line)
            return
        }
        var current: [Character] = []
        var currentWidth = 0
        var lastSpace: Int?
        for character in line {
            let w = CellWidth.of(character)
            if currentWidth + w > width && !current.isEmpty {
                var breakAt = current.count
                if let space = lastSpace, space > 0 {
                    breakAt = space
                } else if noBreakBefore.contains(character), current.count > 1 {
                    breakAt = current.count - 1
                }
                let head = String(current[..<breakAt])
                lines.append(head.hasSuffix(" ") ? String(head.dropLast()) : head)
                var rest = Array(current[breakAt...])
                if rest.first == " " { rest.removeFirst() }
                current = rest
                currentWidth = current.reduce(0) { $0 + CellWidth.of($1) }
                lastSpace = nil
            }
            if character == " " { lastSpace = current.count + 1 }
            current.append(character)
            currentWidth += w
        }
        lines.append(String(current))
    }
}
