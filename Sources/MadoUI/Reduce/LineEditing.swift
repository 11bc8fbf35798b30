/// The editing keys of the bottom-line prompts and the Instagram box, as in a shell: text goes in
/// where the cursor is; ←/→, Ctrl-A/Ctrl-E (Home/End) move; Ctrl-W, Ctrl-U, Ctrl-K delete; in the
/// Instagram box and notes Ctrl-J (or Alt-Enter) starts a new line and ↑/↓ move between lines.
enum LineEditing {
    /// Applies an editing key; false when the key is not one (the prompt then handles it).
    static func apply(_ key: Key, to prompt: inout Prompt) -> Bool {
        var text = Array(prompt.text)
        var cursor = prompt.cursor
        let lineStart = text[..<cursor].lastIndex(of: "\n").map { $0 + 1 } ?? 0
        let lineEnd = text[cursor...].firstIndex(of: "\n") ?? text.count
        switch key {
        case .char(let character):
            text.insert(character, at: cursor)
            cursor += 1
        case .ctrl("j") where prompt.isMultiline:
            text.insert("\n", at: cursor)
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return true }
            text.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            if cursor < text.count { text.remove(at: cursor) }
        case .left:
            cursor = max(0, cursor - 1)
        case .right:
            cursor = min(text.count, cursor + 1)
        case .ctrl("a"), .home:
            cursor = lineStart
        case .ctrl("e"), .end:
            cursor = lineEnd
        case .ctrl("u"):
            text.removeSubrange(lineStart..<cursor)
            cursor = lineStart
        case .ctrl("k"):
            text.removeSubrange(cursor..<lineEnd)
        case .ctrl("w"):
            var start = cursor
            while start > lineStart, text[start - 1] == " " { start -= 1 }
            while start > lineStart, text[start - 1] != " " { start -= 1 }
            text.removeSubrange(start..<cursor)
            cursor = start
        case .up where prompt.isMultiline:
            guard lineStart > 0 else { return true }
            let previousStart = text[..<(lineStart - 1)].lastIndex(of: "\n").map { $0 + 1 } ?? 0
            cursor = min(previousStart + (cursor - lineStart), lineStart - 1)
        case .down where prompt.isMultiline:
            guard lineEnd < text.count else { return true }
            let nextEnd = text[(lineEnd + 1)...].firstIndex(of: "\n") ?? text.count
            cursor = min(lineEnd + 1 + (cursor - lineStart), nextEnd)
        default:
            return false
        }
        prompt.text = String(text)
        prompt.cursor = cursor
        return true
    }
}
