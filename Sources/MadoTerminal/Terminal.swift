import CNCursesW
import Foundation
import MadoUI

/// What the terminal reports: a key, a new size, or nothing before the timeout.
public enum TerminalEvent: Equatable {
    case key(Key)
    case resize(width: Int, height: Int)
}

/// The only ncurses user. Draws cell grids (only what changed since the last frame) and reads keys.
public final class Terminal {
    public private(set) var width = 80
    public private(set) var height = 24
    /// What was done about the locale at start; anything but `.usersOwn` is said on the status line.
    public private(set) var localeChoice: LocaleChoice = .usersOwn
    /// True when no UTF-8 locale could be had: draw ASCII marks instead of ✉ ▶ │.
    public var asciiOnly: Bool { localeChoice.asciiOnly }
    public let colours: Bool
    private var palette: Palette
    private var lastFrame: CellGrid?

    /// Sets the locale (ncurses needs a UTF-8 one for wide characters), then takes over the screen.
    public init(theme: Theme, environment: [String: String] = ProcessInfo.processInfo.environment) {
        TerminalLibrary.require()
        localeChoice = Terminal.chooseLocale(environment: environment)
        _ = initscr()
        raw()
        noecho()
        nonl()
        keypad(mado_stdscr(), true)
        intrflush(mado_stdscr(), false)
        set_escdelay(25)
        curs_set(0)
        let noColour = !(environment["NO_COLOR"] ?? "").isEmpty
        if !noColour && has_colors() {
            start_color()
            use_default_colors()
            colours = true
        } else {
            colours = false
        }
        palette = Palette(theme: theme, colours: colours)
        width = Int(mado_cols())
        height = Int(mado_lines())
        Terminal.installSignalHandlers()
    }

    public func stop() {
        endwin()
    }

    /// Gives the terminal to another program (the editor) and takes it back afterwards.
    public func suspend() {
        def_prog_mode()
        endwin()
    }

    public func resume() {
        reset_prog_mode()
        lastFrame = nil
        wrefresh(mado_stdscr())
    }

    /// Ctrl-Z: the terminal goes back to the shell and the process stops, as with any job; on `fg`
    /// the program mode comes back and the next frame is drawn whole, at the size the terminal has now.
    /// Raw mode reads Ctrl-Z as a key, so the stop signal is raised here, with its default action.
    public func suspendToShell() -> (width: Int, height: Int) {
        def_prog_mode()
        endwin()
        let previous = signal(SIGTSTP, SIG_DFL)
        raise(SIGTSTP)
        signal(SIGTSTP, previous)
        reset_prog_mode()
        wrefresh(mado_stdscr())
        // A resize while stopped is not reported as KEY_RESIZE: ask the terminal again.
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 {
            resizeterm(Int32(size.ws_row), Int32(size.ws_col))
        }
        width = Int(mado_cols())
        height = Int(mado_lines())
        lastFrame = nil
        return (width, height)
    }

    /// Ctrl-L: forget what is on the screen; the next draw clears it and draws every cell.
    public func forceFullRedraw() {
        lastFrame = nil
    }

    /// True until the next frame when it must be drawn whole (after Ctrl-L, a resize, a suspend).
    public var needsFullDraw: Bool { lastFrame == nil }

    public func setTheme(_ theme: Theme) {
        palette = Palette(theme: theme, colours: colours)
        lastFrame = nil
    }

    /// ncurses draws wide characters only under a UTF-8 locale. Use the user's if it is one,
    /// otherwise C.UTF-8 — for the editor and commands started from here too (LC_ALL), so that an
    /// editor does not show the reply's Japanese as mojibake under a locale that is not installed.
    static func chooseLocale(environment: [String: String]) -> LocaleChoice {
        let requested = LocaleChoice.requested(in: environment)
        let installed = setlocale(LC_ALL, "") != nil
        if installed, let codeset = nl_langinfo(nl_item(CODESET)).map({ String(cString: $0) }),
           codeset.uppercased().replacingOccurrences(of: "-", with: "") == "UTF8" {
            return .usersOwn
        }
        if setlocale(LC_ALL, "C.UTF-8") != nil {
            setenv("LC_ALL", "C.UTF-8", 1)
            return .fellBackToCUTF8(requested: requested, installed: installed)
        }
        return .noUTF8(requested: requested)
    }

    /// Draws a frame, touching only rows that changed since the last one.
    public func draw(_ grid: CellGrid) {
        let full = lastFrame == nil || lastFrame!.width != grid.width || lastFrame!.height != grid.height
        if full { wclear(mado_stdscr()) }
        for y in 0..<grid.height {
            if !full, let last = lastFrame, rowEqual(last, grid, y) { continue }
            drawRow(grid, y)
        }
        lastFrame = grid
        if let cursor = grid.cursor {
            curs_set(1)
            wmove(mado_stdscr(), Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wrefresh(mado_stdscr())
    }

    private func rowEqual(_ a: CellGrid, _ b: CellGrid, _ y: Int) -> Bool {
        for x in 0..<a.width where a[x, y] != b[x, y] { return false }
        return true
    }

    private func drawRow(_ grid: CellGrid, _ y: Int) {
        var x = 0
        while x < grid.width {
            let cell = grid[x, y]
            if cell.isContinuation {
                x += 1
                continue
            }
            var character = cchar_t()
            let style = palette.style(for: cell.role)
            var wide = Terminal.wideCharacters(cell.text)
            wide.withUnsafeMutableBufferPointer { buffer in
                _ = setcchar(&character, buffer.baseAddress, style.attributes, style.pair, nil)
            }
            mvwadd_wch(mado_stdscr(), Int32(y), Int32(x), &character)
            x += 1
        }
    }

    /// A cell's character as ncurses wants it: a spacing character plus up to 4 combining marks,
    /// NUL-terminated. Emoji joined with ZWJ are cut to their first emoji so the width we
    /// measured is the width the terminal draws.
    static func wideCharacters(_ text: String) -> [wchar_t] {
        var result: [wchar_t] = []
        for scalar in text.unicodeScalars {
            if scalar.value == 0x200D { break }
            if result.count == 5 { break }
            result.append(wchar_t(bitPattern: scalar.value))
        }
        if result.isEmpty { result.append(wchar_t(32)) }
        result.append(0)
        return result
    }

    /// Waits up to `timeoutMilliseconds` for a key. A resize arrives as its own event.
    /// `multiline`: a box that takes several lines is open, so Alt-Enter and a Return inside a
    /// paste are new lines there.
    public func read(timeoutMilliseconds: Int32, multiline: Bool = false) -> TerminalEvent? {
        wtimeout(mado_stdscr(), timeoutMilliseconds)
        var value: wint_t = 0
        let result = wget_wch(mado_stdscr(), &value)
        if result == mado_err() { return nil }
        if result == mado_key_code_yes() {
            if Int32(value) == KEY_RESIZE {
                width = Int(mado_cols())
                height = Int(mado_lines())
                lastFrame = nil
                return .resize(width: width, height: height)
            }
            return KeyDecoder.functionKey(Int32(value)).map(TerminalEvent.key)
        }
        let key = KeyDecoder.character(UInt32(value))
        // In a box of several lines, Alt-Enter (Esc then Return) and a Return with more input
        // already waiting (inside a paste) are new lines, so pasted text never submits half-way.
        if multiline, key == .escape || key == .enter, let next = peek() {
            if key == .escape && next == .key(.enter) { return .key(.ctrl("j")) }
            unread()
            if key == .enter { return .key(.ctrl("j")) }
        }
        return key.map(TerminalEvent.key)
    }

    /// The key already waiting, if any, without waiting for one; `unread` puts it back.
    private var peeked: (result: Int32, value: wint_t)?

    private func peek() -> TerminalEvent? {
        wtimeout(mado_stdscr(), 0)
        var value: wint_t = 0
        let result = wget_wch(mado_stdscr(), &value)
        guard result != mado_err() else { return nil }
        peeked = (result, value)
        if result == mado_key_code_yes() { return KeyDecoder.functionKey(Int32(value)).map(TerminalEvent.key) }
        return KeyDecoder.character(UInt32(value)).map(TerminalEvent.key)
    }

    private func unread() {
        guard let (result, value) = peeked else { return }
        peeked = nil
        if result == mado_key_code_yes() { ungetch(Int32(value)) } else { unget_wch(wchar_t(bitPattern: UInt32(value))) }
    }

    /// Throws away keys typed ahead: after the Instagram box is done, keys meant for it must not
    /// land on the confirm screen (where `c` would send).
    public func discardTypeahead() {
        flushinp()
    }

    /// A lost SSH connection (SIGHUP), a kill (SIGTERM) or SIGINT from outside: the handler only
    /// notes the signal (nothing else is safe inside a handler); the inbox's loop sees it within
    /// one read, keeps what is being written, and gives the terminal back.
    static func installSignalHandlers() {
        for sig in [SIGTERM, SIGHUP, SIGINT] {
            signal(sig) { number in caughtSignal = number }
        }
    }

    /// The signal that asked us to stop, if one came.
    public var stopSignal: Int32? { caughtSignal == 0 ? nil : caughtSignal }
}

/// Written only by the signal handler: an aligned Int32 store, which is all a handler may do.
nonisolated(unsafe) private var caughtSignal: Int32 = 0
