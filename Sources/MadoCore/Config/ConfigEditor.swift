import Foundation

/// Sets keys in a config file's text without disturbing anything else: every other line, comment
/// and blank line stays as the user wrote it. A key already set is changed on its own line (a
/// comment after the value is kept); a new key goes after the last line of its section; a new
/// section goes at the end.
public enum ConfigEditor {
    /// `changes`: ("section", "key", "value"); "" as the section means the top of the file.
    public static func set(_ changes: [(section: String, key: String, value: String)], in text: String) -> String {
        var lines = text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        for change in changes {
            let section = change.section.lowercased()
            var current = ""
            var sectionEnd: Int?
            var found = false
            // Keys before the first header are at the top; a top key is inserted before it.
            var firstHeader: Int?
            for (index, raw) in lines.enumerated() {
                let line = raw.trimmingCharacters(in: .whitespaces)
                if line.hasPrefix("[") && line.hasSuffix("]") {
                    current = String(line.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces).lowercased()
                    if firstHeader == nil { firstHeader = index }
                    if current == section { sectionEnd = index }
                    continue
                }
                guard current == section else { continue }
                if !line.isEmpty && !line.hasPrefix("#") && !line.hasPrefix(";") { sectionEnd = index }
                guard let equals = line.firstIndex(of: "="), line[..<equals].trimmingCharacters(in: .whitespaces) == change.key else { continue }
                let rest = line[line.index(after: equals)...]
                let comment = rest.range(of: " #").map { "   " + rest[rest.index(after: $0.lowerBound)...] } ?? ""
                let indent = raw.prefix { $0 == " " || $0 == "\t" }
                lines[index] = "\(indent)\(change.key) = \(change.value)\(comment)"
                found = true
            }
            guard !found else { continue }
            let newLine = "\(change.key) = \(change.value)"
            if section.isEmpty {
                lines.insert(newLine, at: firstHeader ?? lines.count)
            } else if let end = sectionEnd {
                lines.insert(newLine, at: end + 1)
            } else {
                if let last = lines.last, !last.trimmingCharacters(in: .whitespaces).isEmpty { lines.append("") }
                lines += ["[\(section)]", newLine]
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
