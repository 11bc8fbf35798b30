public struct Rect: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }
}

/// Where the panes go for a terminal size. Wide terminals show list, thread and customer side by
/// side; medium ones the list beside whichever of the other two has focus; 80 columns one pane at a
/// time, switched with Enter/Tab/Esc.
public struct Layout: Equatable, Sendable {
    public enum Mode: Sendable { case wide, medium, narrow, tooSmall }

    public let mode: Mode
    public let width: Int
    public let height: Int
    public var list: Rect?
    public var reader: Rect?
    public var customer: Rect?
    /// The views with their counts, on wide terminals.
    public var sidebar: Rect?
    /// The first row of panes; row 0 is the title bar, the last row the status line.
    public var bodyTop: Int { 1 }
    public var statusRow: Int { height - 1 }

    public static let minimumWidth = 40
    static let sidebarWidth = 20

    static func wideListWidth(_ width: Int) -> Int {
        min(width / 2, max(width * 2 / 5, width >= 180 ? sidebarWidth + 1 + 80 : 0))
    }
    public static let minimumHeight = 8

    public init(width: Int, height: Int, focus: Pane) {
        self.width = width
        self.height = height
        let bodyHeight = height - 2
        if width < Layout.minimumWidth || height < Layout.minimumHeight {
            mode = .tooSmall
            return
        }
        if width >= 150 {
            mode = .wide
            let customerWidth = min(44, width / 5)
            // The side bar only when there is room for it and a list with every column.
            let sidebarWidth = width >= 180 ? Layout.sidebarWidth + 1 : 0
            let listWidth = Layout.wideListWidth(width)
            if sidebarWidth > 0 { sidebar = Rect(x: 0, y: 1, width: sidebarWidth - 1, height: bodyHeight) }
            list = Rect(x: sidebarWidth, y: 1, width: listWidth - sidebarWidth, height: bodyHeight)
            reader = Rect(x: listWidth + 1, y: 1, width: width - listWidth - customerWidth - 2, height: bodyHeight)
            customer = Rect(x: width - customerWidth, y: 1, width: customerWidth, height: bodyHeight)
        } else if width >= 110 {
            mode = .medium
            let listWidth = width * 11 / 20
            list = Rect(x: 0, y: 1, width: listWidth, height: bodyHeight)
            let right = Rect(x: listWidth + 1, y: 1, width: width - listWidth - 1, height: bodyHeight)
            if focus == .customer { customer = right } else { reader = right }
        } else {
            mode = .narrow
            let full = Rect(x: 0, y: 1, width: width, height: bodyHeight)
            switch focus {
            case .list: list = full
            case .reader: reader = full
            case .customer: customer = full
            }
        }
    }

    /// Rows of conversations the list shows (its first row is the column header).
    public var listRows: Int { max(1, (list?.height ?? (height - 2)) - 1) }
    /// Rows of thread text the reader shows (its first row is the pane title).
    public var readerRows: Int { max(1, (reader?.height ?? (height - 2)) - 1) }
    /// The width the thread is wrapped to, whether or not the reader is visible right now.
    public var readerWidth: Int {
        if let reader { return reader.width }
        switch mode {
        case .wide: return width - Layout.wideListWidth(width) - min(44, width / 5) - 2
        case .medium: return width - width * 11 / 20 - 1
        default: return width
        }
    }
    public var customerRows: Int { max(1, (customer?.height ?? (height - 2)) - 1) }
}
