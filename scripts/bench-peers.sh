#!/usr/bin/env bash
# Benchmark (not a test): one table of Madoguchi's figures beside notmuch's, mu's and neomutt's
# on the same data, when they are installed (apt-get install notmuch maildir-utils neomutt hyperfine).
#   bash scripts/bench-peers.sh [MAILS] [CONVERSATIONS]     (default: 10000 400000)
# MAILS: the Maildir for import, the command line and drawing; CONVERSATIONS: the generated store
# for search and key-to-screen (400k conversations are about 1M messages; made once, ~15 min).
# Timings are medians; the machine's load is printed with the table, since on a shared machine
# the wall clock also counts other programs' turns.
set -euo pipefail
# No globbing: commands are split into words unquoted, and notmuch's `*` (every thread) must reach
# notmuch, not become the file names of the current directory.
set -f
cd "$(dirname "$0")/.."
n=${1:-10000}
big=${2:-400000}
out=${BENCH_DIR:-bench-out}
mkdir -p "$out"
swift build -c release --static-swift-stdlib --product mado >/dev/null 2>&1 || {
  echo "$0: the build with the Swift runtime linked in failed; timing the dynamic build" >&2
  swift build -c release --product mado >/dev/null
}
mado=$PWD/.build/release/mado
maildir="$out/maildir-$n"
[ -d "$maildir/cur" ] || python3 scripts/make-bench-maildir.py "$maildir" "$n"
maildir=$(cd "$maildir" && pwd)
has() { command -v "$1" >/dev/null; }
rows=()
row() { rows+=("$(printf '| %s | %s | %s |' "$1" "$2" "$3")"); }

# Import: messages per second and peak memory (three runs each, the median).
import_mado() {
  local store="$out/peers-import.sqlite"
  rm -f "$store" "$store-wal" "$store-shm"
  /usr/bin/time -f "%e %M" "$mado" import maildir "$maildir" --store "$store" 2>&1 >/dev/null | tail -1
}
import_notmuch() {
  export NOTMUCH_CONFIG="$out/peers-notmuch-config"
  printf '[database]\npath=%s\n[new]\ntags=unread;inbox;\n' "$maildir" > "$NOTMUCH_CONFIG"
  rm -rf "$maildir/.notmuch"
  /usr/bin/time -f "%e %M" notmuch new --quiet 2>&1 | tail -1
}
import_mu() {
  rm -rf "$out/peers-mu" && mu init --muhome="$out/peers-mu" --maildir="$maildir" >/dev/null
  /usr/bin/time -f "%e %M" mu index --muhome="$out/peers-mu" --quiet 2>&1 | tail -1
}
median_of_3() {   # FUNCTION → "msgs/s, peak MB" from the run with the median time
  local a b c
  a=$($1); b=$($1); c=$($1)
  printf '%s\n%s\n%s\n' "$a" "$b" "$c" | sort -n | sed -n 2p | awk -v n="$n" '{ printf "%.0f msgs/s, %.0f MB", n / $1, $2 / 1024 }'
}
peer_import="—"
has notmuch && peer_import="notmuch new: $(median_of_3 import_notmuch)"
has mu && peer_import="$peer_import; mu index: $(median_of_3 import_mu)"
row "import $n mails (msgs/s, peak memory)" "$(median_of_3 import_mado)" "$peer_import"

# Whole processes (hyperfine medians) on the imported Maildir.
store="$out/peers-import.sqlite"
"$mado" agent add bench --name Bench --store "$store" >/dev/null 2>&1 || true
hyper() {   # COMMAND… → median ms
  local json="$out/peers-hyperfine.json"
  hyperfine -N --warmup 3 --runs "${RUNS:-20}" --export-json "$json" --output=null "$*" >/dev/null 2>&1
  python3 -c 'import json,sys; print("%.1f ms" % (json.load(open(sys.argv[1]))["results"][0]["median"] * 1000))' "$json"
}
if has hyperfine; then
  export NOTMUCH_CONFIG="$out/peers-notmuch-config"
  [ -d "$maildir/.notmuch" ] || import_notmuch >/dev/null
  nm() { has notmuch && echo "notmuch $1: $(hyper notmuch $2)" || echo "—"; }
  row "process start (\`mado agent list\`)" "$(hyper "$mado" agent list --store "$store")" "—"
  row "\`mado search arrived\` (first 50)" "$(hyper "$mado" search arrived --limit 50 --store "$store")" "$(nm "search arrived" "search --limit=50 arrived")"
  row "\`mado search 返品\` (first 50)" "$(hyper "$mado" search 返品 --limit 50 --store "$store")" "$(nm "search 返品" "search --limit=50 返品")"
  row "\`mado list --limit 50\`" "$(hyper "$mado" list --limit 50 --store "$store")" "$(nm "search '*' (50)" "search --limit=50 *")"
fi

# Bytes written per key at 80x24 over a pty, beside neomutt on the same Maildir.
draw=$(BENCH_DIR="$out" bash scripts/bench-draw.sh "$n" 80x24 | tail -7)
pick() { echo "$draw" | awk -v step="$1" -v col="$2" '$1 == step { print $col }'; }
row "bytes per \`j\` / \`k\` at 80×24" "$(pick j 2) / $(pick k 2)" "neomutt: $(pick j 3) / $(pick k 3)"
row "bytes for a new mail; for 2 s idle" "$(pick new 3); $(pick idle 4)" "neomutt: $(pick new 4); $(pick idle 5)"

# Search and key to screen at a million messages (no peer on this data).
bigstore="$out/bench-$big.sqlite"
[ -f "$bigstore" ] || "$mado" demo --conversations "$big" --store "$bigstore" --no-open
messages=$(sqlite3 "$bigstore" "SELECT count(*) FROM messages")
search=$(bash scripts/bench-search.sh "$big" 5 | tail -1)
row "search at $messages messages, first page (bench-search.sh)" "$(echo "$search" | sed 's/^all queries, first page ([0-9]* runs): //')" "—"
# One warm-up pass first, as for search: on this VM the memory reclaimer drops a store idle for a
# few minutes, and a first pass measured the disk (wall p99 22–27 ms, CPU p99 9 ms), not the keys.
"$mado" bench keys --store "$bigstore" --agent hanako --runs 1 > /dev/null
keys=$("$mado" bench keys --store "$bigstore" --agent hanako --runs 3 | head -1)
row "key to screen at $messages messages, 80×24" "$(echo "$keys" | sed 's/^key to screen, //')" "—"

echo "Madoguchi beside its peers — $(date -u +%Y-%m-%d), $(nproc) cores, $(awk '/^MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| what | Madoguchi | peers, same data |"
echo "|---|---|---|"
printf '%s\n' "${rows[@]}"
