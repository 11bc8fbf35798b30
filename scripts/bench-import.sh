#!/usr/bin/env bash
# Benchmark (not a test): messages per second and peak memory importing a generated Maildir of
# mixed mail (Japanese and English, ISO-2022-JP/Shift_JIS/UTF-8, multipart with attachments),
# beside `notmuch new` and `mu index` on the same folder when they are installed
# (apt-get install notmuch maildir-utils). One table for every size, medians of RUNS runs, with the
# load average at each row: on a shared machine the wall clock also counts other programs' turns.
#   bash scripts/bench-import.sh [MESSAGES…]     (default: 10000 100000; RUNS=3)
# Issue 14's bar: mado's rate above mu's, mado's peak memory at most notmuch's + 25 %.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
runs=${RUNS:-3}
out=${BENCH_DIR:-bench-out}
mkdir -p "$out"
out=$(cd "$out" && pwd)
swift build -c release --static-swift-stdlib --product mado >/dev/null 2>&1 || {
  echo "$0: the build with the Swift runtime linked in failed (it needs libcurl4-openssl-dev); timing the dynamic build" >&2
  swift build -c release --product mado >/dev/null
}
mado=$PWD/.build/release/mado
has() { command -v "$1" >/dev/null; }

# Each prints "SECONDS PEAK_KB" for one run on $maildir.
run_mado() {
  local store="$out/import-$n.sqlite"
  rm -f "$store" "$store-wal" "$store-shm"
  /usr/bin/time -f "%e %M" "$mado" import maildir "$maildir" --store "$store" 2>&1 >/dev/null | tail -1
}
run_notmuch() {
  export NOTMUCH_CONFIG="$out/notmuch-config-$n"
  printf '[database]\npath=%s\n[new]\ntags=unread;inbox;\n' "$maildir" > "$NOTMUCH_CONFIG"
  rm -rf "$maildir/.notmuch"
  /usr/bin/time -f "%e %M" notmuch new --quiet 2>&1 | tail -1
}
run_mu() {
  rm -rf "$out/mu-$n" && mu init --muhome="$out/mu-$n" --maildir="$maildir" >/dev/null
  /usr/bin/time -f "%e %M" mu index --muhome="$out/mu-$n" --quiet 2>&1 | tail -1
}
# Every tool starts with the Maildir in the page cache: otherwise the first tool after the
# folder was written (or paged out by an idle machine) pays for the disk and the others do not.
warm() { find "$maildir" -type f -print0 | xargs -0 cat > /dev/null; }
# FUNCTION → "SECONDS PEAK_KB" of the run with the median time.
median() {
  local i
  for ((i = 0; i < runs; i++)); do warm; "$1"; done | sort -n | sed -n "$(((runs + 1) / 2))p"
}
load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "| mails | tool | msgs/s | peak MB | load average |"
echo "|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  maildir="$out/maildir-$n"
  if [ ! -d "$maildir/cur" ]; then
    echo "generating $n messages in $maildir …" >&2
    python3 scripts/make-bench-maildir.py "$maildir" "$n"
  fi
  declare -A rate=() peak=()
  for tool in mado notmuch mu; do
    if [ "$tool" != mado ] && ! has "$tool"; then
      echo "| $n | $tool | not installed | — | — |"
      continue
    fi
    read -r seconds kb < <(median "run_$tool")
    rate[$tool]=$(awk -v n="$n" -v s="$seconds" 'BEGIN { printf "%.0f", n / (s > 0 ? s : 0.01) }')
    peak[$tool]=$(awk -v k="$kb" 'BEGIN { printf "%.0f", k / 1024 }')
    label=$tool
    [ "$tool" = notmuch ] && label="notmuch new"
    [ "$tool" = mu ] && label="mu index"
    echo "| $n | $label | ${rate[$tool]} | ${peak[$tool]} | $(load) |"
  done
  verdict="| $n | **mado vs peers** |"
  if [ -n "${rate[mu]:-}" ]; then
    verdict+=" $(awk -v a="${rate[mado]}" -v b="${rate[mu]}" 'BEGIN { printf "%.2f× mu (%s)", a / b, (a > b ? "ahead" : "behind") }') |"
  else
    verdict+=" — |"
  fi
  if [ -n "${peak[notmuch]:-}" ]; then
    verdict+=" $(awk -v a="${peak[mado]}" -v b="${peak[notmuch]}" 'BEGIN { printf "%+.0f %% vs notmuch (limit +25 %%: %s)", (a / b - 1) * 100, (a <= b * 1.25 ? "within" : "over") }') |"
  else
    verdict+=" — |"
  fi
  echo "$verdict |"
  unset rate peak
done
echo
echo "$(nproc) cores; medians of $runs runs; $(date -u '+%Y-%m-%d %H:%M UTC')"
