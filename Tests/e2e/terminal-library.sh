#!/usr/bin/env bash
# End to end, ncurses on demand (Sources/CNCursesW/ncurses_on_demand.c): the inbox still draws and
# takes keys in a terminal, a command that draws nothing does not load ncurses, and when it cannot
# be loaded the user gets one sentence in English and Japanese, with the terminal left as it was,
# not a crash. On a release build with the Swift runtime linked in, libncursesw and libtinfo are
# not in DT_NEEDED at all (scripts/check-start-libraries.sh runs this on that build).
# Usage: terminal-library.sh PATH/TO/mado
mado=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
. "$(dirname "$0")/lib.sh"

store="$work/store.sqlite"
"$mado" demo --store "$store" --no-open >/dev/null 2>&1 || fail "demo store"

# With ncurses: the inbox is drawn and a key moves the selection.
start 100 30 "env TERM=xterm-256color LANG=C.UTF-8 '$mado' --store '$store' --agent hanako"
wait_for "Madoguchi"
wait_for "▶"
keys j
sleep 0.3
keys q
wait_for "MADO-EXITED 0"

# ncurses missing: one sentence in each language, exit status 1, no signal.
start 160 30 "env TERM=xterm-256color LANG=C.UTF-8 MADO_LIBNCURSES=/nonexistent/libncursesw.so.6 '$mado' --store '$store' --agent hanako 2>'$work/missing.err'"
wait_for "MADO-EXITED"
screen | grep -q "MADO-EXITED 1" || fail "mado without ncurses did not exit with status 1"
grep -q "could not load ncurses, which it needs to draw the inbox (/nonexistent/libncursesw.so.6: cannot open shared object file" "$work/missing.err" \
  || fail "no clear English sentence without ncurses: $(cat "$work/missing.err")"
grep -q "「ncurses」を読み込めなかった" "$work/missing.err" || fail "no Japanese sentence without ncurses: $(cat "$work/missing.err")"

# What a command that draws nothing loads at start.
if readelf -d "$mado" | grep -q 'libswiftCore'; then
  echo "note: $mado links the Swift runtime as shared libraries; start checks skipped"
else
  needed=$(readelf -d "$mado" | grep NEEDED)
  echo "$needed" | grep -E 'libncurses|libtinfo' && fail "ncurses is loaded at every start (DT_NEEDED): $needed"
  for command in "--version" "list --limit 5" "search vase --limit 5"; do
    loaded=$(LD_DEBUG=files "$mado" $command --store "$store" 2>&1 >/dev/null | grep -oE "file=[^ ]+" | sort -u || true)
    [ -n "$loaded" ] || fail "LD_DEBUG shows no libraries for 'mado $command' (cannot check)"
    echo "$loaded" | grep -E 'libncurses|libtinfo' && fail "'mado $command' loaded ncurses: $loaded"
  done
fi

echo "ok: terminal-library"
