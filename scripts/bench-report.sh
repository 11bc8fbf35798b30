#!/usr/bin/env bash
# Benchmark (not a test): `mado report` over a year of a generated store (target: under a second
# for a 1M-message store). Reports read the segments recorded as things happen, not the messages.
#   bash scripts/bench-report.sh [CONVERSATIONS]     (default: 100000, about 250k messages)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product mado >/dev/null
mado=.build/release/mado
n=${1:-100000}
out=${BENCH_DIR:-bench-out}
mkdir -p "$out"
store="$out/bench-report-$n.sqlite"
[ -f "$store" ] || "$mado" demo --conversations "$n" --days 365 --store "$store" --no-open
since=$(date -u -d '1 year ago' +%Y-%m-%d)
messages=$(sqlite3 "$store" 'SELECT count(*) FROM messages' 2>/dev/null || echo '?')
segments=$(sqlite3 "$store" 'SELECT count(*) FROM segments' 2>/dev/null || echo '?')
echo "store: $n conversations, $messages messages, $segments segments"
"$mado" report --store "$store" --since "$since" >/dev/null   # warm the page cache once
for by in "" "--by day" "--by agent" "--by tag"; do
  start=$(date +%s.%N)
  "$mado" report --store "$store" --since "$since" $by >/dev/null
  end=$(date +%s.%N)
  printf 'mado report --since %s %-12s %.3f s\n' "$since" "$by" "$(echo "$end - $start" | bc)"
done
