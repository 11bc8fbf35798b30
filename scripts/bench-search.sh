#!/usr/bin/env bash
# Benchmark (not a test): search on a generated store of 400k conversations (about 1M messages):
# time to the first page (target p50 < 50 ms, p95 < 100 ms) and to the exact total, in process
# (`mado bench search`: each run opens the store afresh), wall clock and CPU time.
#   bash scripts/bench-search.sh [CONVERSATIONS] [RUNS]     (default: 400000 7)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --static-swift-stdlib --product mado >/dev/null 2>&1 || {
  echo "$0: the build with the Swift runtime linked in failed (it needs libcurl4-openssl-dev); timing the dynamic build" >&2
  swift build -c release --product mado >/dev/null
}
mado=.build/release/mado
n=${1:-400000}
runs=${2:-7}
out=${BENCH_DIR:-bench-out}
mkdir -p "$out"
store="$out/bench-$n.sqlite"
[ -f "$store" ] || "$mado" demo --conversations "$n" --store "$store" --no-open
messages=$(sqlite3 "$store" "SELECT count(*) FROM messages")
echo "search: $n conversations, $messages messages, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
queries=("返品" "母" "交換 status:open" "ｗｈｅｒｅ" "singapore" "from:emma refund" "is:unread 花瓶" \
  "tag:gift after:2026-10-01" '"my order"' "from:customer1234@")
# One warm-up pass (as hyperfine's --warmup): a page the kernel dropped is read from disk once.
# (This project's VM reclaims idle file pages within minutes; a cold first search there takes up to a second.)
"$mado" bench search "${queries[@]}" --store "$store" --runs 1 --limit 50 >/dev/null 2>&1
"$mado" bench search "${queries[@]}" --store "$store" --runs "$runs" --limit 50
