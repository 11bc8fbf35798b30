#!/usr/bin/env bash
# Benchmark (not a test): messages per second and peak memory importing a generated Maildir of
# mixed mail (Japanese and English, ISO-2022-JP/Shift_JIS/UTF-8, multipart with attachments),
# beside `notmuch new` on the same folder when notmuch is installed (apt-get install notmuch).
#   bash scripts/bench-import.sh [MESSAGES]     (default: 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
out=${BENCH_DIR:-bench-out}
maildir="$out/maildir-$n"
mkdir -p "$out"
swift build -c release --static-swift-stdlib --product mado >/dev/null 2>&1 || {
  echo "$0: the build with the Swift runtime linked in failed (it needs libcurl4-openssl-dev); timing the dynamic build" >&2
  swift build -c release --product mado >/dev/null
}
mado=$PWD/.build/release/mado
if [ ! -d "$maildir/cur" ]; then
  echo "generating $n messages in $maildir …"
  python3 scripts/make-bench-maildir.py "$maildir" "$n"
fi
store="$out/import-$n.sqlite"
rm -f "$store" "$store-wal" "$store-shm"
echo "mado import maildir ($n messages):"
/usr/bin/time -f "  wall %e s, peak memory %M KB" "$mado" import maildir "$maildir" --store "$store" 2>&1 | tail -2
if command -v notmuch >/dev/null; then
  echo "notmuch new (same folder):"
  export NOTMUCH_CONFIG="$out/notmuch-config"
  printf '[database]\npath=%s\n[new]\ntags=unread;\n' "$(cd "$maildir" && pwd)" > "$NOTMUCH_CONFIG"
  rm -rf "$maildir/.notmuch"
  /usr/bin/time -f "  wall %e s, peak memory %M KB" notmuch new --quiet 2>&1 | tail -1
else
  echo "notmuch is not installed (apt-get install notmuch) — no comparison"
fi
