import Foundation

/// Runs a program that needs the terminal (the editor) in the foreground, the way a shell would.
///
/// Foundation's `Process` puts its child in a new process group, outside the terminal's
/// foreground group: `vi` then cannot read the keyboard and exits at once. Here the child stays in
/// our process group (which holds the terminal) with default signal handling, while we ignore the
/// Ctrl-C and Ctrl-\ meant for it and wait.
public enum ForegroundChild {
    /// Runs `/bin/sh -c 'COMMAND "$@"' mado-editor ARGUMENTS…`, so a command with its own options
    /// (`vim -u NONE`, `code --wait`) works. Calls `tick` every `interval` seconds while waiting.
    /// Returns the exit status, or nil if it could not start or died on a signal.
    public static func run(shellCommand: String, arguments: [String], tickEvery interval: TimeInterval = 30,
                           tick: () -> Void = {}) -> Int32? {
        let argv = ["/bin/sh", "-c", shellCommand + " \"$@\"", "mado-editor"] + arguments
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU, SIGPIPE, SIGHUP, SIGTERM, SIGWINCH] { sigaddset(&defaults, number) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var noMask = sigset_t()
        sigemptyset(&noMask)
        posix_spawnattr_setsigmask(&attributes, &noMask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        // The keys typed into the editor are its own: Ctrl-C must not end us while it runs.
        var ignore = sigaction()
        ignore.__sigaction_handler.sa_handler = SIG_IGN
        var oldInterrupt = sigaction(), oldQuit = sigaction()
        sigaction(SIGINT, &ignore, &oldInterrupt)
        sigaction(SIGQUIT, &ignore, &oldQuit)
        defer {
            sigaction(SIGINT, &oldInterrupt, nil)
            sigaction(SIGQUIT, &oldQuit, nil)
        }

        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, "/bin/sh", nil, &attributes, &cArguments, environ)
        guard rc == 0 else { return nil }

        var lastTick = Date()
        var status: Int32 = 0
        while true {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { break }
            if done < 0 && errno != EINTR { return nil }
            if Date().timeIntervalSince(lastTick) >= interval {
                lastTick = Date()
                tick()
            }
            usleep(20_000)
        }
        let signalled = status & 0x7F
        return signalled == 0 ? (status >> 8) & 0xFF : nil
    }
}
