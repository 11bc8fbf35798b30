#!/usr/bin/env bash
# Benchmark (not a test): time to the inbox's first screen and peak memory, on generated stores of
# 1k and 100k conversations. Target at 100k: < 200 ms and < 50 MB.
#   bash scripts/bench-inbox.sh [SIZES…]     (default: 1000 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --static-swift-stdlib --product mado >/dev/null 2>&1 || {
  echo "$0: the build with the Swift runtime linked in failed (it needs libcurl4-openssl-dev); timing the dynamic build" >&2
  swift build -c release --product mado >/dev/null
}
mado=.build/release/mado
out=${BENCH_DIR:-bench-out}
mkdir -p "$out"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 100000)
for n in "${sizes[@]}"; do
  store="$out/bench-$n.sqlite"
  [ -f "$store" ] || "$mado" demo --conversations "$n" --store "$store" --no-open
  "$mado" first-screen --store "$store" >/dev/null   # warm the page cache once
  for run in 1 2 3; do
    printf '%7d conversations, run %d: ' "$n" "$run"
    "$mado" first-screen --store "$store" --size 200x60
  done
done
