#!/usr/bin/env python3
"""Counts the bytes a terminal program writes for each key, as an SSH session would carry them.

Starts COMMAND in a pseudo-terminal of WIDTHxHEIGHT, waits for its first screen to settle, then
sends each step's keys and counts what the program writes until it is quiet again. A step named
"idle" sends nothing and counts what arrives in that time (should be 0). A step "shell:CMD" runs
CMD beside the program (say, an import of a new mail) and counts what the program writes next.

Usage: pty-bytes.py WIDTHxHEIGHT 'STEP=KEYS,…' COMMAND [ARGS…]
  e.g. pty-bytes.py 80x24 'j=j,j=j,k=k,open=\\r,back=q,idle=' mado --store s.sqlite
Prints one line per step name: the median bytes of its runs and every run's count.
"""
import fcntl, os, pty, select, signal, statistics, struct, subprocess, sys, termios, time

QUIET = 0.25     # seconds without output that end a step
SETTLE = 3.0     # seconds the first screen may take


def drain(fd, quiet, limit=10.0):
    """Reads until `quiet` seconds pass without output; returns the byte count."""
    total, start = 0, time.monotonic()
    while time.monotonic() - start < limit:
        ready, _, _ = select.select([fd], [], [], quiet)
        if not ready:
            return total
        try:
            data = os.read(fd, 65536)
        except OSError:
            return total
        if not data:
            return total
        total += len(data)
    return total


def main():
    size, steps_text, command = sys.argv[1], sys.argv[2], sys.argv[3:]
    width, height = (int(v) for v in size.split("x"))
    steps = []
    for item in steps_text.split(","):
        name, _, keys = item.partition("=")
        steps.append((name, keys.encode().decode("unicode_escape").encode()))
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = os.environ.get("BENCH_TERM", "xterm-256color")
        os.environ.setdefault("LANG", "C.UTF-8")
        os.execvp(command[0], command)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
    os.kill(pid, signal.SIGWINCH)
    first = drain(fd, 1.0, SETTLE + 5)
    counts = {}
    for name, keys in steps:
        if name.startswith("shell:"):
            subprocess.run(name[len("shell:"):], shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            counts.setdefault("after shell", []).append(drain(fd, 2.5, 6))
            continue
        if name == "idle":
            time.sleep(2)
            counts.setdefault("idle 2 s", []).append(drain(fd, 0.05))
            continue
        os.write(fd, keys)
        counts.setdefault(name, []).append(drain(fd, QUIET))
    os.kill(pid, signal.SIGTERM)
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
    print(f"first screen: {first} bytes")
    for name, runs in counts.items():
        print(f"{name}: median {statistics.median(runs):.0f} bytes  (runs: {' '.join(map(str, runs))})")


main()
