/// A terminal colour: the terminal's default, one of the 8 basic colours (+8 bright), or 0–255.
public enum ThemeColor: Equatable, Sendable {
    case terminalDefault
    case index(Int)
}

public struct ThemeStyle: Equatable, Sendable {
    public var foreground: ThemeColor = .terminalDefault
    public var background: ThemeColor = .terminalDefault
    public var attributes: TextAttributes = []

    public init(foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

/// Colours for each style role, read from a `.theme` file in `themes/`.
public struct Theme: Equatable, Sendable {
    public var name: String
    public var styles: [StyleRole: ThemeStyle]

    public init(name: String, styles: [StyleRole: ThemeStyle]) {
        self.name = name
        self.styles = styles
    }

    /// A role the theme leaves out keeps its monochrome attributes, so a short theme file still works.
    public func style(for role: StyleRole) -> ThemeStyle {
        styles[role] ?? ThemeStyle(attributes: role.monochrome)
    }

    /// Used when no theme file can be read: the program must still start.
    public static let builtIn: Theme = {
        // Parsing a literal we wrote ourselves cannot fail; if it ever does, monochrome is still usable.
        (try? ThemeParser.parse(builtInText, file: "(built-in)")) ?? Theme(name: "monochrome", styles: [:])
    }()

    static let builtInText = """
    name = built-in
    normal = default on default
    dim = bright-black
    title = bright-white on blue, bold
    header = cyan, bold
    status = black on cyan
    selected = black on bright-cyan, bold
    unread = bright-white, bold
    email = bright-blue
    instagram = bright-magenta
    line = bright-green
    open = green
    pending = yellow
    closed = bright-black
    waiting.fine = green
    waiting.due = yellow, bold
    waiting.overdue = bright-red, bold
    tag = cyan
    incoming = bright-white, bold
    outgoing = bright-green, bold
    note = yellow, underline
    quote = bright-black
    warning = bright-red, bold
    border = bright-black
    pane.title = white on bright-black
    pane.title.focused = black on cyan, bold
    help = default on default
    key = bright-yellow, bold
    """
}
