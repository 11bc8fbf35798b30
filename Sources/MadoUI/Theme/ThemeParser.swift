import Foundation

/// A theme file problem, with where it is, so the person editing it can fix it.
public struct ThemeError: Error, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int
    public var key: String
    public var message: String

    public var description: String { "\(file):\(line): \(key): \(message)" }
}

/// The theme format: one `role = foreground [on background][, attribute…]` per line, `#` comments.
///
///     selected = black on cyan, bold
///     waiting.overdue = bright-red, bold
///
/// Colours: default, black, red, green, yellow, blue, magenta, cyan, white, bright-<colour>, or 0–255.
/// Attributes: bold, dim, underline, reverse, italic.
public enum ThemeParser {
    public static func parse(_ text: String, file: String) throws -> Theme {
        var theme = Theme(name: file, styles: [:])
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            guard let equals = trimmed.firstIndex(of: "=") else {
                throw ThemeError(file: file, line: lineNumber, key: trimmed, message: "expected 'role = colour'")
            }
            let key = trimmed[..<equals].trimmingCharacters(in: .whitespaces)
            let value = trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if key == "name" {
                theme.name = value
                continue
            }
            guard let role = StyleRole(rawValue: key) else {
                let known = StyleRole.allCases.map(\.rawValue).joined(separator: ", ")
                throw ThemeError(file: file, line: lineNumber, key: key, message: "unknown role (known: \(known))")
            }
            do {
                theme.styles[role] = try style(value)
            } catch let message as ThemeValueError {
                throw ThemeError(file: file, line: lineNumber, key: key, message: message.text)
            }
        }
        return theme
    }

    struct ThemeValueError: Error { var text: String }

    static func style(_ value: String) throws -> ThemeStyle {
        var parts = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !parts.isEmpty else { throw ThemeValueError(text: "no colour given") }
        var style = ThemeStyle()
        let colours = parts.removeFirst().split(separator: " ").map(String.init).filter { !$0.isEmpty }
        switch colours.count {
        case 1:
            style.foreground = try colour(colours[0])
        case 3 where colours[1] == "on":
            style.foreground = try colour(colours[0])
            style.background = try colour(colours[2])
        case 2 where colours[0] == "on":
            style.background = try colour(colours[1])
        default:
            throw ThemeValueError(text: "expected 'foreground' or 'foreground on background', got '\(colours.joined(separator: " "))'")
        }
        for attribute in parts {
            switch attribute {
            case "bold": style.attributes.insert(.bold)
            case "dim": style.attributes.insert(.dim)
            case "underline": style.attributes.insert(.underline)
            case "reverse": style.attributes.insert(.reverse)
            case "italic": style.attributes.insert(.italic)
            default: throw ThemeValueError(text: "unknown attribute '\(attribute)' (bold, dim, underline, reverse, italic)")
            }
        }
        return style
    }

    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    static func colour(_ name: String) throws -> ThemeColor {
        let lower = name.lowercased()
        if lower == "default" { return .terminalDefault }
        if let index = names.firstIndex(of: lower) { return .index(index) }
        if lower.hasPrefix("bright-"), let index = names.firstIndex(of: String(lower.dropFirst(7))) { return .index(index + 8) }
        if let number = Int(lower), (0...255).contains(number) { return .index(number) }
        throw ThemeValueError(text: "unknown colour '\(name)' (default, black…white, bright-<colour>, 0–255)")
    }
}
