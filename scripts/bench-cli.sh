#!/usr/bin/env bash
# Benchmark (not a test): `mado` commands as whole processes beside `notmuch search` on the same
# Maildir, median of hyperfine runs (apt-get install hyperfine notmuch). Prints one table.
#   bash scripts/bench-cli.sh [MESSAGES…]     (default: 10000)
set -euo pipefail
# No globbing: the commands are split into words unquoted, and notmuch's `*` (every thread) must
# reach notmuch, not become the file names of the current directory.
set -f
cd "$(dirname "$0")/.."
out=${BENCH_DIR:-bench-out}
mkdir -p "$out"
# The Swift runtime linked in: a process starts in about 1 ms instead of 5 (see README: Performance).
swift build -c release --static-swift-stdlib --product mado >/dev/null 2>&1 || {
  echo "$0: the build with the Swift runtime linked in failed; timing the dynamic build" >&2
  swift build -c release --product mado >/dev/null
}
mado=$PWD/.build/release/mado
command -v hyperfine >/dev/null || { echo "bench-cli: needs hyperfine (apt-get install hyperfine)"; exit 1; }
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000)
runs=${RUNS:-20}

median() {   # hyperfine's JSON → "median wall ms / mean user+system ms"
  python3 -c 'import json,sys; r = json.load(open(sys.argv[1]))["results"][0]; print("%.1f / %.1f" % (r["median"] * 1000, (r["user"] + r["system"]) * 1000))' "$1"
}
time_it() {  # NAME COMMAND… → prints the median wall time and the mean CPU time (user+system) in ms
  local json="$out/hyperfine-$1.json"
  shift
  hyperfine -N --warmup 3 --runs "$runs" --export-json "$json" --output=null "$*" >/dev/null 2>&1 || { echo "failed"; return; }
  median "$json"
}

# Process start has a budget of its own: what loads before a command's work (see
# scripts/check-start-libraries.sh: no networking library at start).
echo "mado: $mado ($(readelf -d "$mado" | grep -c NEEDED) libraries in DT_NEEDED, $(ldd "$mado" | wc -l) loaded at start)"
# Each figure: the median wall time / the mean CPU time (user+system), in ms. The machine is shared:
# the CPU time is the steadier of the two; each mado row is timed next to its notmuch row.
printf '%-9s %-28s %14s   %-34s %14s   %s\n' "mails" "mado command" "wall / cpu ms" "notmuch" "wall / cpu ms" "load average"
for n in "${sizes[@]}"; do
  maildir="$out/maildir-$n"
  [ -d "$maildir/cur" ] || python3 scripts/make-bench-maildir.py "$maildir" "$n"
  store="$out/cli-$n.sqlite"
  if [ ! -f "$store" ]; then
    "$mado" import maildir "$maildir" --store "$store" >/dev/null 2>&1
    "$mado" agent add bench --name Bench --store "$store" >/dev/null
  fi
  have_notmuch=no
  if command -v notmuch >/dev/null; then
    export NOTMUCH_CONFIG="$out/notmuch-config-$n"
    printf '[database]\npath=%s\n[new]\ntags=unread;inbox;\n[search]\nexclude_tags=\n' "$(cd "$maildir" && pwd)" > "$NOTMUCH_CONFIG"
    [ -d "$maildir/.notmuch" ] || notmuch new --quiet >/dev/null 2>&1
    have_notmuch=yes
  fi
  row() {   # LABEL MADO-ARGS | NOTMUCH-LABEL NOTMUCH-ARGS
    local label=$1 margs=$2 nlabel=$3 nargs=$4 m nm="—"
    m=$(time_it "mado-$n-${label// /_}" "$mado" $margs --store "$store")
    if [ "$have_notmuch" = yes ] && [ -n "$nargs" ]; then nm=$(time_it "notmuch-$n-${nlabel// /_}" notmuch $nargs); fi
    printf '%-9s %-28s %14s   %-34s %14s   %s\n' "$n" "$label" "$m" "${nlabel:-—}" "$nm" "$(cut -d' ' -f1-3 /proc/loadavg)"
  }
  row "--version (no store)" "--version" "--version" "--version"
  row "agent list" "agent list" "" ""
  row "search arrived" "search arrived --limit 50" "search arrived" "search --limit=50 arrived"
  row "search 'crushed exchange'" "search \"crushed exchange\" --limit 50" "" ""
  row "search 返品" "search 返品 --limit 50" "search 返品" "search --limit=50 返品"
  row "list --limit 50" "list --limit 50" "search --limit=50 '*'" "search --limit=50 *"
  row "list (all)" "list" "search '*'" "search *"
done
