import Foundation

/// Asks the kernel for the next mail files before the parser needs them, from a thread of its
/// own. A mailbox being imported is seldom all in memory (a first import never is, and an idle
/// machine gives page cache back), and one file read at a time leaves the parser waiting on the
/// disk for every cold file. Here each upcoming file is opened (which loads its inode) and marked
/// `POSIX_FADV_WILLNEED` (which starts its read without waiting for it): the reads overlap each
/// other and the parsing. The window is bounded, so files are not read so far ahead that memory
/// pressure drops them again before they are used.
public final class MailReadAhead: @unchecked Sendable {
    /// Files asked for ahead of the parser: a few MB of typical mail.
    public static let window = 256
    private let condition = NSCondition()
    private var used = 0
    private var stopped = false

    public init<Paths: RandomAccessCollection & Sendable>(_ paths: Paths) where Paths.Element == String, Paths.Index == Int {
        let count = paths.count
        Thread.detachNewThread { [self] in
            for index in 0..<count {
                condition.lock()
                while index >= used + Self.window && !stopped { condition.wait() }
                let stop = stopped
                condition.unlock()
                if stop { return }
                Self.prefetch(paths[paths.startIndex + index])
            }
        }
    }

    /// The parser is about to read file `index`. Wakes the read-ahead once a quarter of the window
    /// is used up, not on every file.
    public func reading(_ index: Int) {
        guard index % (Self.window / 4) == 0 else { return }
        condition.lock()
        used = index
        condition.signal()
        condition.unlock()
    }

    /// No more reads will come (the import ended early or finished).
    public func stop() {
        condition.lock()
        stopped = true
        condition.signal()
        condition.unlock()
    }

    static func prefetch(_ path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }   // the parser reports a file it cannot read
        _ = posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_WILLNEED))
        close(fd)
    }
}
