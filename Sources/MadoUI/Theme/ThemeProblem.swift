import Foundation

/// Why the theme asked for is not used. Never stops the program: the built-in theme is used and
/// this is said on the status line.
public enum ThemeProblem: Error, CustomStringConvertible, Equatable {
    case notFound(name: String, lookedIn: [String])
    case unreadable(path: String)
    case invalid(ThemeError)

    public var description: String {
        switch self {
        case .notFound(let name, let folders):
            return "Theme '\(name)' not found (looked in \(folders.joined(separator: ", "))); using the built-in theme."
        case .unreadable(let path):
            return "Theme file \(path) cannot be read; using the built-in theme."
        case .invalid(let error):
            return "\(error); using the built-in theme."
        }
    }
}
