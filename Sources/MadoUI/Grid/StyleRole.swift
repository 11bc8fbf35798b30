/// What a cell means, not how it looks: a theme decides the colours, and a monochrome terminal
/// falls back to the attributes in `monochrome`.
public enum StyleRole: String, CaseIterable, Sendable {
    case normal
    case dim
    case title
    case header
    case status
    case selected
    case unread
    case email
    case instagram
    case line
    case open
    case pending
    case closed
    case waitingFine = "waiting.fine"
    case waitingDue = "waiting.due"
    case waitingOverdue = "waiting.overdue"
    case tag
    case incoming
    case outgoing
    case note
    case quote
    case warning
    case border
    case paneTitle = "pane.title"
    case paneTitleFocused = "pane.title.focused"
    case help
    case key

    /// Attributes when there is no colour (TERM=vt100, NO_COLOR): meaning must survive without it.
    public var monochrome: TextAttributes {
        switch self {
        case .selected, .status, .paneTitleFocused: return [.reverse]
        case .title, .header, .unread, .incoming, .outgoing, .key, .waitingOverdue: return [.bold]
        case .note, .warning: return [.underline]
        case .dim, .quote, .closed: return [.dim]
        default: return []
        }
    }
}

public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = TextAttributes(rawValue: 1)
    public static let reverse = TextAttributes(rawValue: 2)
    public static let underline = TextAttributes(rawValue: 4)
    public static let dim = TextAttributes(rawValue: 8)
    public static let italic = TextAttributes(rawValue: 16)
}
