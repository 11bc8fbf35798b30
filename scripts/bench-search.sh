#!/usr/bin/env bash
# Benchmark (not a test): time from query to results with `mado search` on a generated store of
# 100k conversations (target < 100 ms), for long and short Japanese words, Latin, and filters.
#   bash scripts/bench-search.sh [CONVERSATIONS]     (default: 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product mado >/dev/null
mado=.build/release/mado
n=${1:-100000}
out=${BENCH_DIR:-bench-out}
mkdir -p "$out"
store="$out/bench-$n.sqlite"
[ -f "$store" ] || "$mado" demo --conversations "$n" --store "$store" --no-open
"$mado" search 返品 --store "$store" --limit 50 >/dev/null 2>&1   # warm the page cache once
for query in "返品" "母" "交換 status:open" "ｗｈｅｒｅ" "singapore" "from:emma refund" "is:unread 花瓶" "tag:gift after:2026-10-01"; do
  printf '%-28s ' "$query"
  "$mado" search "$query" --store "$store" --limit 50 2>&1 >/dev/null | tail -1
done
