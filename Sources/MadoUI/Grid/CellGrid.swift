/// One cell of the screen. A wide character sits in its first cell; the cell after it is a
/// continuation (`text` empty) so that columns are counted in cells, as the terminal counts them.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var role: StyleRole
    public var isContinuation: Bool { text.isEmpty }

    public static let blank = Cell(text: " ", role: .normal)
}

/// The whole screen as data: what `render` produces, what tests read, what the terminal draws.
public struct CellGrid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be left (for text input), if anywhere.
    public var cursor: (x: Int, y: Int)? = nil

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public static func == (lhs: CellGrid, rhs: CellGrid) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
    }

    /// Writes one line of text at (x, y), made safe first, clipped to `maxWidth` cells without
    /// splitting a character. Returns the number of cells used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, role: StyleRole = .normal) -> Int {
        guard y >= 0, y < height, x >= 0, x < width else { return 0 }
        let limit = min(maxWidth ?? (width - x), width - x)
        var column = x
        for character in SafeText.line(text) {
            let w = CellWidth.of(character)
            if w == 0 {
                // A zero-width mark rides on the previous character's cell.
                if column > x { appendToPrevious(character, x: column - 1, y: y) }
                continue
            }
            if column + w > x + limit {
                // A wide character that does not fit in the last cell leaves a space, never half a glyph.
                break
            }
            set(x: column, y: y, Cell(text: String(character), role: role))
            if w == 2 { set(x: column + 1, y: y, Cell(text: "", role: role)) }
            column += w
        }
        return column - x
    }

    private mutating func appendToPrevious(_ mark: Character, x: Int, y: Int) {
        var target = x
        while target > 0 && self[target, y].isContinuation { target -= 1 }
        cells[y * width + target].text.append(mark)
    }

    private mutating func set(x: Int, y: Int, _ cell: Cell) {
        let index = y * width + x
        // Overwriting half of a wide character must not leave the other half behind.
        if cells[index].isContinuation && x > 0 { cells[index - 1] = Cell(text: " ", role: cells[index - 1].role) }
        if !cells[index].isContinuation, CellWidth.of(cells[index].text) == 2, x + 1 < width {
            cells[index + 1] = Cell(text: " ", role: cells[index + 1].role)
        }
        cells[index] = cell
    }

    /// Paints a rectangle with blanks of one role (a bar, a selection, a cleared pane).
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, role: StyleRole) {
        for row in max(0, y)..<min(height, y + h) {
            for column in max(0, x)..<min(width, x + w) {
                cells[row * width + column] = Cell(text: " ", role: role)
            }
        }
    }

    /// The characters of one row, continuation cells skipped: what a person sees on that line.
    public func line(_ y: Int) -> String {
        var result = ""
        for x in 0..<width where !self[x, y].isContinuation { result += self[x, y].text }
        return result
    }

    /// The whole screen as text, one line per row, trailing spaces kept.
    public var text: String { (0..<height).map(line).joined(separator: "\n") }

    /// The cell column where `needle` starts on row y, counting wide characters as 2.
    public func column(of needle: String, inRow y: Int) -> Int? {
        let row = line(y)
        guard let range = row.range(of: needle) else { return nil }
        return CellWidth.of(String(row[..<range.lowerBound]))
    }
}
