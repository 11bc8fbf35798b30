import Foundation

/// What the terminal did about the locale at start (ncurses needs a UTF-8 one for wide
/// characters). The terminal decides; `UIStrings.localeNote` says it in the user's language.
public enum LocaleChoice: Sendable, Equatable {
    /// The user's own locale is UTF-8 and is used as it is.
    case usersOwn
    /// The user's locale (`requested`, "" when none was set) was not installed, or not UTF-8, so
    /// the screen, and the editor and commands started from it, use C.UTF-8 instead.
    case fellBackToCUTF8(requested: String, installed: Bool)
    /// Not UTF-8 and C.UTF-8 is missing too: marks are drawn in ASCII, wide characters may not show.
    case noUTF8(requested: String)

    /// Draw ASCII marks instead of ✉ ▶ │ only when no UTF-8 locale could be had.
    public var asciiOnly: Bool {
        if case .noUTF8 = self { return true }
        return false
    }

    /// The locale the environment asks for, as setlocale reads it: LC_ALL, then LC_CTYPE, then LANG.
    public static func requested(in environment: [String: String]) -> String {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = environment[name], !value.isEmpty { return value }
        }
        return ""
    }
}
