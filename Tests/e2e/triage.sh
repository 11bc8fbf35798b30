#!/usr/bin/env bash
# End to end: search, select, bulk close, undo — and a second mado on the same store sees the
# changes without a key press. Usage: triage.sh PATH/TO/mado
mado=$1
. "$(dirname "$0")/lib.sh"

store="$work/triage.sqlite"
"$mado" demo --store "$store" --conversations 300 --no-open 2>/dev/null
count() { "$mado" search "$1" --store "$store" --json | sed -n 's/.*"total" : \([0-9]*\).*/\1/p'; }
before_open=$(count "status:open 返品")
[ "${before_open:-0}" -gt 2 ] || fail "the generated store should have open 返品 conversations (got '$before_open')"

# A second agent watches the same store in another tmux session (another SSH login).
t -f /dev/null new-session -d -s watcher -x 120 -y 30 "env TERM=xterm-256color LANG=C.UTF-8 $mado --store $store --agent ken; sleep 60"
for _ in $(seq 1 100); do t capture-pane -p -t watcher | grep -qF "[1 Inbox" && break; sleep 0.05; done
t send-keys -t watcher 7
start 120 30 "env TERM=xterm-256color LANG=C.UTF-8 $mado --store $store --agent hanako"
wait_for "[1 Inbox"

# Search for 返品 among open conversations.
keys /
keys "返品 status:open" Enter
wait_for "/ 返品 status:open"
wait_for "1/$before_open"

# Select all and close them in one go.
keys '*'
wait_for "$before_open selected"
keys c
wait_for "Closed ($before_open)"
[ "$(count 'status:open 返品')" = "0" ] || fail "after the bulk close no open 返品 conversation is left"

# The other agent's screen (on the Closed view) follows within 2 seconds, without a key press.
watcher_sees() { t capture-pane -p -t watcher | grep -qF -- "$1"; }
closed_now=$(count 'status:closed')
for _ in $(seq 1 40); do watcher_sees "/$closed_now " && break; sleep 0.05; done
watcher_sees "/$closed_now " || { t capture-pane -p -t watcher >&2; fail "the second mado did not show $closed_now closed"; }

# Undo brings every one of them back.
keys u
wait_for "Undone ($before_open"
[ "$(count 'status:open 返品')" = "$before_open" ] || fail "undo reopened $(count 'status:open 返品') of $before_open"
closed_events=$(sqlite3 "$store" "SELECT count(*) FROM events WHERE kind = 'status' AND actor = 'hanako'")
[ "$closed_events" = "$((before_open * 2))" ] || fail "one event per conversation for the close and for the undo: $closed_events"

keys q
wait_for "MADO-EXITED 0"
echo "e2e triage: ok"
