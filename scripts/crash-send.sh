#!/usr/bin/env bash
# Proves "a reply is never sent twice silently, and none is lost": replies are queued with
# `mado reply`, `mado send` is killed with SIGKILL at random points (the fake sendmail sleeps, so
# kills land before, during and after a transport), many times. After each kill the user runs
# `mado send` again; for every item it reports as interrupted they check the sendmail log, as the
# message tells them, and requeue (`mado send --requeue ID`) only what did not leave.
#
#   bash scripts/crash-send.sh [--kills N] [--per-round R]      (defaults: 40 kills, 3 replies each)
#
# Counts: a reply delivered more than once whose item was never reported interrupted is "sent twice
# silently"; a reply never delivered and no longer visible in `mado send --list` is "lost".
# Prints one summary line; exits non-zero on any failure. Not part of `swift test`.
set -u
kills=40 per=3
while [ $# -gt 0 ]; do
    case "$1" in
        --kills) kills=$2; shift 2 ;;
        --per-round) per=$2; shift 2 ;;
        *) echo "usage: $0 [--kills N] [--per-round R]" >&2; exit 2 ;;
    esac
done
root=$(cd "$(dirname "$0")/.." && pwd)
swift build --package-path "$root" >/dev/null || { echo "crash-send: build failed" >&2; exit 1; }
mado="$root/.build/debug/mado"
work=$(mktemp -d /tmp/mado-crash-send.XXXXXX)
trap 'rm -rf "$work"' EXIT
export HOME="$work" MADO_CONFIG="$work/config" XDG_DATA_HOME="$work/data" LANG=C.UTF-8 MADO_AGENT=hanako
store="$work/store.sqlite"
printf '[shop]\nname = Flourist\naddress = support@flourist.example.jp\n' >"$MADO_CONFIG"
"$mado" demo --store "$store" --no-open >/dev/null 2>&1 || exit 1

# The fake sendmail: takes the mail, works a while (kills land here), then logs the token it carried.
cat >"$work/sendmail" <<PY
#!/usr/bin/env python3
import email, os, random, re, sys, time
marker = "$work/running.%d" % os.getpid()
open(marker, "w").close()
mail = email.message_from_binary_file(sys.stdin.buffer)
time.sleep(random.uniform(0.05, 0.25))
text = "".join(p.get_payload(decode=True).decode("utf-8", "replace") for p in mail.walk() if not p.is_multipart())
with open("$work/delivered.log", "a") as log:
    for token in re.findall(r"crash-send-token-[0-9]+", text):
        log.write(token + "\n")
os.unlink(marker)
PY
chmod +x "$work/sendmail"
export MADO_SENDMAIL="$work/sendmail -t -i"
touch "$work/delivered.log"
mapfile -t conversations < <(sqlite3 "$store" "select id from conversations where channel = 'email' order by id")
declare -A token_of   # outbox id -> token
declare -A reported   # outbox ids reported as interrupted
failures=0 replies=0 landed=0 requeued=0 left_anyway=0 busy=0

# A transport mado started before the kill goes on as an orphan: give it time to start, then to end.
wait_for_sendmail() { sleep 0.5; for _ in $(seq 100); do compgen -G "$work/running.*" >/dev/null || return 0; sleep 0.05; done; }

send_as_user() {   # runs `mado send` to completion; remembers what it reported as interrupted
    "$mado" send --store "$store" >"$work/send.out" 2>"$work/send.err"
    grep -qi 'busy\|locked' "$work/send.err" && busy=$((busy + 1))
    for id in $(grep -o 'outbox item [0-9]* was being sent' "$work/send.err" | awk '{print $3}'); do
        [ -n "${reported[$id]:-}" ] && continue   # already looked at (it left, so it stays 'sending')
        reported[$id]=1
        if grep -qx "${token_of[$id]}" "$work/delivered.log"; then
            left_anyway=$((left_anyway + 1))   # it left before the crash: leave it, do not requeue
        else
            # --yes: the user has checked (newer mado asks first; older ones do not know the flag).
            { "$mado" send --store "$store" --requeue "$id" --yes >/dev/null 2>>"$work/requeue.err" ||
              "$mado" send --store "$store" --requeue "$id" >/dev/null 2>>"$work/requeue.err"; } && requeued=$((requeued + 1))
        fi
    done
}

for ((round = 1; round <= kills; round++)); do
    for ((r = 0; r < per; r++)); do
        replies=$((replies + 1))
        token="crash-send-token-$replies"
        printf 'Thank you for waiting. %s\n' "$token" >"$work/body"
        id=${conversations[$(( RANDOM % ${#conversations[@]} ))]}
        out=$("$mado" reply "$id" --body-file "$work/body" --store "$store" 2>"$work/reply.err") || {
            echo "crash-send: reply to $id failed: $(cat "$work/reply.err")" >&2; failures=$((failures + 1)); continue; }
        outbox=$(echo "$out" | grep -o 'outbox item [0-9]*' | awk '{print $3}')
        token_of[$outbox]=$token
    done
    delay=$(awk -v r=$RANDOM -v n="$per" 'BEGIN { printf "%.3f", (r / 32767) * (0.1 + n * 0.2) }')
    "$mado" send --store "$store" >/dev/null 2>"$work/killed.err" &
    pid=$!
    sleep "$delay"
    kill -9 "$pid" 2>/dev/null && landed=$((landed + 1))
    wait "$pid" 2>/dev/null
    grep -qi 'busy\|locked' "$work/killed.err" && busy=$((busy + 1))
    wait_for_sendmail          # a transport already started finishes on its own, as a real one would
    send_as_user
    "$mado" send --store "$store" >/dev/null 2>>"$work/requeue.err"   # delivers what was requeued
    wait_for_sendmail
done

twice_silently=0 twice_reported=0 lost=0 delivered_once=0 waiting=0
"$mado" send --store "$store" --list >"$work/list.txt" 2>&1
for outbox in "${!token_of[@]}"; do
    token=${token_of[$outbox]}
    n=$(grep -cx "$token" "$work/delivered.log")
    state=$(sqlite3 "$store" "select state from outbox where id = $outbox")
    if [ "$n" -gt 1 ]; then
        if [ -n "${reported[$outbox]:-}" ]; then twice_reported=$((twice_reported + 1)); else
            twice_silently=$((twice_silently + 1)); echo "crash-send: outbox $outbox ($token) delivered $n times, never reported" >&2; fi
    elif [ "$n" -eq 1 ]; then delivered_once=$((delivered_once + 1))
    elif grep -q "^$outbox	" "$work/list.txt"; then waiting=$((waiting + 1))
    else lost=$((lost + 1)); echo "crash-send: outbox $outbox ($token) state '$state' never delivered and not listed" >&2; fi
done
[ $((twice_silently + lost + busy)) -eq 0 ] || failures=$((failures + 1))
integrity=$(sqlite3 "$store" 'pragma integrity_check')
[ "$integrity" = ok ] || { echo "crash-send: integrity_check: $integrity" >&2; failures=$((failures + 1)); }
echo "crash-send: $kills kills ($landed mid-send), $replies replies, $delivered_once delivered once, $twice_silently sent twice silently, $lost lost, ${#reported[@]} interrupted and reported ($left_anyway had left, $requeued requeued), $twice_reported sent twice after a report, $waiting still listed, $busy busy errors, integrity $integrity"
[ "$failures" -eq 0 ]
