#!/usr/bin/env bash
# Proves "two mado processes on one store lose nothing and never show 'busy'": four processes
# triage one store from the shell as fast as they can (tag, untag, assign, close, reopen,
# priority) while an inbox is open on it in tmux. Every operation's exit status and stderr are kept.
#
#   bash scripts/soak-triage.sh [--seconds N] [--processes P]      (defaults: 60 s, 4 processes)
#
# Lost updates are found two ways: each process owns its own tags (soak-P-0 … soak-P-2) and knows
# exactly which conversations must carry them at the end; and every change a command reported
# ("tag: 1 of 1 changed") must have left exactly one audit event by that agent. Prints one summary
# line; exits non-zero on any failure. Not part of `swift test`.
set -u
seconds=60 processes=4
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds=$2; shift 2 ;;
        --processes) processes=$2; shift 2 ;;
        *) echo "usage: $0 [--seconds N] [--processes P]" >&2; exit 2 ;;
    esac
done
root=$(cd "$(dirname "$0")/.." && pwd)
swift build --package-path "$root" >/dev/null || { echo "soak-triage: build failed" >&2; exit 1; }
mado="$root/.build/debug/mado"
work=$(mktemp -d /tmp/mado-soak-triage.XXXXXX)
socket="mado-soak-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null; rm -rf "$work"' EXIT
export HOME="$work" MADO_CONFIG="$work/config" XDG_DATA_HOME="$work/data" LANG=C.UTF-8
store="$work/store.sqlite"
: >"$MADO_CONFIG"
"$mado" demo --store "$store" --no-open >/dev/null 2>&1 || exit 1
for ((p = 1; p <= processes; p++)); do "$mado" agent add "soak$p" --name "Soak $p" --store "$store" >/dev/null || exit 1; done
mapfile -t conversations < <(sqlite3 "$store" "select id from conversations order by id")

tmux -L "$socket" new-session -d -x 160 -y 45 \
    "env HOME=$HOME MADO_CONFIG=$MADO_CONFIG LANG=C.UTF-8 $mado --store $store --agent hanako 2>$work/inbox.err; echo inbox-exited \$? >>$work/inbox.err; sleep 600"
sleep 2

worker() {   # one process's loop; writes its counts and the tags it expects to find
    local p=$1 login="soak$1" end=$((SECONDS + seconds)) ops=0 changes=0 failed=0 surprises=0
    declare -A has=()
    while [ "$SECONDS" -lt "$end" ]; do
        local c=${conversations[$((RANDOM % ${#conversations[@]}))]} k=$((RANDOM % 3)) expect=""
        local tag="soak-$p-$k" args
        case $((RANDOM % 6)) in
            0|1) if [ -n "${has[$c,$k]:-}" ]; then args=(untag "$tag"); else args=(tag "$tag"); fi; expect=1 ;;
            2) if ((RANDOM % 2)); then args=(assign "$login"); else args=(assign none); fi ;;
            3) args=(close) ;;
            4) args=(reopen) ;;
            5) args=(priority "$(echo urgent high normal low | cut -d' ' -f$((RANDOM % 4 + 1)))") ;;
        esac
        local out rc
        out=$("$mado" "${args[@]}" "$c" --store "$store" --agent "$login" 2>"$work/err.$p")
        rc=$?
        ops=$((ops + 1))
        echo "$rc ${args[*]} $c :: $out :: $(tr '\n' ' ' <"$work/err.$p")" >>"$work/ops.$p"
        if [ "$rc" -ne 0 ]; then failed=$((failed + 1)); cat "$work/err.$p" >>"$work/errors.$p"; continue; fi
        local n=${out#*: }; n=${n%% of*}
        changes=$((changes + n))
        if [ -n "$expect" ]; then
            # Only this process touches its tags: a toggle that changed nothing means an update was lost.
            [ "$n" = 1 ] || { surprises=$((surprises + 1)); echo "unexpected: ${args[*]} $c -> $out" >>"$work/errors.$p"; }
            if [ "${args[0]}" = tag ]; then has[$c,$k]=1; else unset "has[$c,$k]"; fi
        fi
    done
    for key in "${!has[@]}"; do echo "${key%,*}|soak-$p-${key#*,}"; done >"$work/expected.$p"
    echo "$ops $changes $failed $surprises" >"$work/counts.$p"
}

for ((p = 1; p <= processes; p++)); do worker "$p" & done
wait

total_ops=0 total_failed=0 lost=0 surprises=0
for ((p = 1; p <= processes; p++)); do
    read -r ops changes failed surprising <"$work/counts.$p"
    total_ops=$((total_ops + ops)); total_failed=$((total_failed + failed)); surprises=$((surprises + surprising))
    events=$(sqlite3 "$store" "select count(*) from events e join agents a on a.id = e.agent_id where a.login = 'soak$p'")
    if [ "$events" -ne "$changes" ]; then
        echo "soak-triage: soak$p reported $changes changes but the store has $events audit events" >&2
        lost=$((lost + (changes > events ? changes - events : events - changes)))
    fi
    sort "$work/expected.$p" >"$work/expected.sorted.$p"
    sqlite3 "$store" "select ct.conversation_id || '|' || t.name from conversation_tags ct join tags t on t.id = ct.tag_id where t.name like 'soak-$p-%'" | sort >"$work/actual.$p"
    if ! diff -q "$work/expected.sorted.$p" "$work/actual.$p" >/dev/null; then
        diff "$work/expected.sorted.$p" "$work/actual.$p" | sed "s/^/soak-triage: soak$p tags: /" >&2
        lost=$((lost + $(diff "$work/expected.sorted.$p" "$work/actual.$p" | grep -c '^[<>]')))
    fi
done
lost=$((lost + surprises))
busy=$(cat "$work"/errors.* 2>/dev/null | grep -ci 'busy\|locked')
tmux -L "$socket" capture-pane -p -t 0 >"$work/screen.txt" 2>/dev/null
screen_busy=$(grep -ci 'busy\|locked' "$work/screen.txt")
busy=$((busy + screen_busy))
inbox_alive=yes
grep -q inbox-exited "$work/inbox.err" 2>/dev/null && inbox_alive="no ($(cat "$work/inbox.err"))"
integrity=$(sqlite3 "$store" 'pragma integrity_check')
if [ "$total_failed" -gt 0 ]; then
    echo "soak-triage: $total_failed operations failed; their errors:" >&2
    cat "$work"/errors.* | sort | uniq -c | sort -rn | head -10 >&2
fi
echo "soak-triage: $processes processes, $seconds s, $total_ops operations, $total_failed failed, $busy busy errors, $lost lost updates, inbox open throughout: $inbox_alive, integrity $integrity"
[ "$total_failed" -eq 0 ] && [ "$busy" -eq 0 ] && [ "$lost" -eq 0 ] && [ "$integrity" = ok ] && [ "$inbox_alive" = yes ]
