#!/usr/bin/env bash
# Benchmark (not a test): `mado report` over a year of a generated store (target: under a second
# for a 1M-message store). Reports read a covering index of the segments recorded as things
# happen and message counts kept by triggers (per quarter hour and channel; per day and agent, per
# day and tag), never every message.
#   bash scripts/bench-report.sh [CONVERSATIONS]     (default: 400000, about 1M messages)
# The store is generated once into bench-out/ (about 4 minutes of CPU at 400k) and kept.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product mado >/dev/null
mado=.build/release/mado
n=${1:-400000}
out=${BENCH_DIR:-bench-out}
mkdir -p "$out"
store="$out/bench-report-$n.sqlite"
if [ ! -f "$store" ]; then
  start=$(date +%s)
  "$mado" demo --conversations "$n" --days 365 --store "$store" --no-open >/dev/null
  echo "generated $store in $(( $(date +%s) - start )) s"
fi
since=$(date -u -d '1 year ago' +%Y-%m-%d)
# Upgrades an older store (counting what it holds once), warms the page cache.
upgrade_start=$(date +%s.%N)
"$mado" report --store "$store" --since "$since" >/dev/null
echo "first report (upgrades an older store): $(echo "$(date +%s.%N) - $upgrade_start" | bc | xargs printf '%.2f') s"
messages=$(sqlite3 "$store" 'SELECT count(*) FROM messages' 2>/dev/null || echo '?')
segments=$(sqlite3 "$store" 'SELECT count(*) FROM segments' 2>/dev/null || echo '?')
echo "store: $n conversations, $messages messages, $segments segments; load average $(cut -d' ' -f1 /proc/loadavg)"
# Wall time of the best of three runs (the machine may be shared), and that run's CPU time.
for by in "" "--by day" "--by channel" "--by agent" "--by tag"; do
  best=""
  for _ in 1 2 3; do
    line=$( { /usr/bin/time -f '%e %U %S' "$mado" report --store "$store" --since "$since" $by >/dev/null; } 2>&1 | tail -1)
    if [ -z "$best" ] || [ "$(echo "${line%% *} < ${best%% *}" | bc)" = 1 ]; then best=$line; fi
  done
  read -r wall user sys <<<"$best"
  printf 'mado report --since %s %-13s %5.2f s   (cpu %.2f s)\n' "$since" "$by" "$wall" "$(echo "$user + $sys" | bc)"
done
