#!/usr/bin/env bash
# Proves "a crash loses nothing" for mail import: `mado import maildir` is killed with SIGKILL at
# random points, many times, on one store; after every kill the store must pass
# `pragma integrity_check`, and at the end every mail must be stored exactly once.
#
#   bash scripts/crash-import.sh [--kills N] [--mails M]      (defaults: 50 kills, 3000 mails)
#
# The Maildir grows by one slice before each round, so every round has new mails to write and the
# kill lands while the import is scanning, parsing or committing. Prints one summary line; exits
# non-zero on any failure. Not part of `swift test` (minutes long).
set -u
kills=50 mails=3000
while [ $# -gt 0 ]; do
    case "$1" in
        --kills) kills=$2; shift 2 ;;
        --mails) mails=$2; shift 2 ;;
        *) echo "usage: $0 [--kills N] [--mails M]" >&2; exit 2 ;;
    esac
done
root=$(cd "$(dirname "$0")/.." && pwd)
swift build --package-path "$root" >/dev/null || { echo "crash-import: build failed" >&2; exit 1; }
mado="$root/.build/debug/mado"
work=$(mktemp -d /tmp/mado-crash-import.XXXXXX)
trap 'rm -rf "$work"' EXIT
export HOME="$work" MADO_CONFIG="$work/config" XDG_DATA_HOME="$work/data" LANG=C.UTF-8
store="$work/store.sqlite"
python3 "$root/scripts/make-maildir.py" "$work/all" "$mails"
mkdir -p "$work/maildir/cur" "$work/maildir/new" "$work/maildir/tmp"
mapfile -t files < <(cd "$work/all" && find cur new -type f | sort)
slice=$(( (${#files[@]} + kills - 1) / kills ))

failures=0 landed=0 finished_first=0 integrity_ok=0 last_seconds=3 next=0
for ((round = 1; round <= kills; round++)); do
    # The next slice of mail arrives (copied: the generated set stays as the reference).
    for ((i = 0; i < slice && next < ${#files[@]}; i++, next++)); do cp "$work/all/${files[next]}" "$work/maildir/${files[next]}"; done
    delay=$(awk -v s="$last_seconds" -v r=$RANDOM 'BEGIN { printf "%.3f", 0.02 + (r / 32767) * s }')
    "$mado" import maildir "$work/maildir" --store "$store" >"$work/killed.out" 2>"$work/killed.err" &
    pid=$!
    sleep "$delay"
    if kill -9 "$pid" 2>/dev/null; then landed=$((landed + 1)); else finished_first=$((finished_first + 1)); fi
    wait "$pid" 2>/dev/null
    verdict=$(sqlite3 "$store" 'pragma integrity_check' 2>&1)
    if [ "$verdict" = ok ]; then integrity_ok=$((integrity_ok + 1)); else
        echo "crash-import: round $round: integrity_check after kill at ${delay}s: $verdict" >&2; failures=$((failures + 1)); fi
    start=$(date +%s.%N)
    if ! "$mado" import maildir "$work/maildir" --store "$store" >"$work/again.out" 2>"$work/again.err"; then
        echo "crash-import: round $round: import after the kill failed: $(cat "$work/again.err")" >&2; failures=$((failures + 1))
    fi
    last_seconds=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.3f", b - a }')
    if grep -qi 'busy\|locked' "$work/killed.err" "$work/again.err"; then
        echo "crash-import: round $round: busy/locked reached the user: $(cat "$work/killed.err" "$work/again.err")" >&2; failures=$((failures + 1))
    fi
done
# Whatever the slices did not cover (none when mails divide evenly) arrives last.
while [ "$next" -lt "${#files[@]}" ]; do cp "$work/all/${files[next]}" "$work/maildir/${files[next]}"; next=$((next + 1)); done
"$mado" import maildir "$work/maildir" --store "$store" >/dev/null 2>"$work/final.err" || { cat "$work/final.err" >&2; failures=$((failures + 1)); }

distinct=$(cat "$work"/all/*/* | grep -ci '^message-id:')
stored=$(sqlite3 "$store" "select count(*) from messages where direction = 'in'")
unique=$(sqlite3 "$store" "select count(distinct external_id) from messages where direction = 'in'")
doubled=$(sqlite3 "$store" "select coalesce(sum(n - 1), 0) from (select count(*) n from messages where direction = 'in' group by external_id having n > 1)")
lost=$((distinct - unique))
final=$(sqlite3 "$store" 'pragma integrity_check' 2>&1)
[ "$final" = ok ] || { echo "crash-import: final integrity_check: $final" >&2; failures=$((failures + 1)); }
[ "$lost" -eq 0 ] && [ "$doubled" -eq 0 ] && [ "$stored" -eq "$distinct" ] || failures=$((failures + 1))
echo "crash-import: $kills kills ($landed mid-import, $finished_first finished first), $integrity_ok integrity ok, $distinct mails, $stored stored, $lost lost, $doubled doubled"
[ "$failures" -eq 0 ]
