#!/usr/bin/env bash
# End to end: open the demo in a real terminal, move, open a thread, close a conversation, quit;
# then check the store. Usage: inbox.sh PATH/TO/mado
mado=$1
. "$(dirname "$0")/lib.sh"

store="$work/demo.sqlite"
"$mado" demo --store "$store" --no-open 2>/dev/null

start 100 30 "env TERM=xterm-256color LANG=C.UTF-8 $mado --store $store --agent hanako"
wait_for "[1 Inbox"
wait_for "▶"
screen | grep -q "1/" || fail "status line shows the position"

keys j
wait_for " 2/"
keys Enter
wait_for "Thread #"
screen | grep -qE "◀ (Customer|お客様)" || fail "the reader shows the customer's message"

# Close the conversation being read.
closed=$(screen | grep -oE "Thread #[0-9]+" | head -1 | tr -dc 0-9)
[ -n "$closed" ] || fail "no conversation id in the reader's title"
keys c
wait_for "Closed (1)"

keys Escape '?'
wait_for "close, reopen, set pending"
keys Escape
keys q
wait_for "MADO-EXITED 0"

# The change is in the store, with who did it.
"$mado" show "$closed" --store "$store" --json | grep -q '"status" : "closed"' || fail "conversation $closed is not closed in the store"
events=$(sqlite3 "$store" "SELECT actor || ':' || before || '>' || after FROM events WHERE conversation_id = $closed AND kind = 'status'")
[ "$events" = "hanako:open>closed" ] || fail "audit event for $closed: '$events'"

# Every terminal type and NO_COLOR start, draw the list and quit cleanly; 80x24 shows the hints.
for term in xterm-256color screen-256color vt100; do
  start 80 24 "env TERM=$term LANG=C.UTF-8 NO_COLOR=${NO_COLOR_FOR:-} $mado --store $store --agent hanako"
  wait_for "[1 Inbox"
  wait_for "q quit"
  screen | grep -q "▶" || fail "$term: no selection marker"
  keys q
  wait_for "MADO-EXITED 0"
done
# Colour when the terminal has it; none at all under NO_COLOR (bold and reverse still mark things).
start 80 24 "env TERM=xterm-256color LANG=C.UTF-8 $mado --store $store"
wait_for "▶"
t capture-pane -e -p -t e2e | grep -qE $'\e\\[[0-9;]*(3[0-7]|9[0-7]|38;5)' || fail "no colour under xterm-256color"
keys q
wait_for "MADO-EXITED 0"
start 80 24 "env TERM=xterm-256color NO_COLOR=1 LANG=C.UTF-8 $mado --store $store"
wait_for "▶"
t capture-pane -e -p -t e2e | grep -qE $'\e\\[[0-9;]*(3[0-7]|9[0-7]|38;5)' && fail "colour despite NO_COLOR"
t capture-pane -e -p -t e2e | grep -qE $'\e\\[[0-9;]*7m' || fail "the selection is not in reverse video under NO_COLOR"
keys q
wait_for "MADO-EXITED 0"

# A non-UTF-8 locale is switched to C.UTF-8, and the status line says so.
start 100 30 "env TERM=xterm-256color LANG=C LC_ALL=C $mado --store $store"
wait_for "C.UTF-8"
wait_for "窓口"
keys q
wait_for "MADO-EXITED 0"

# Resizing redraws at the new size.
start 200 60 "env TERM=xterm-256color LANG=C.UTF-8 $mado --store $store --agent hanako"
wait_for "All conversations"
t resize-window -t e2e -x 80 -y 24
wait_for "q quit"
screen | grep -q "All conversations" && fail "after shrinking to 80 columns the customer pane should be hidden"
keys q
wait_for "MADO-EXITED 0"

# A bad theme names file, line and key, and the inbox still starts.
printf 'selected = purple\n' > "$work/bad.theme"
start 160 30 "env TERM=xterm-256color LANG=C.UTF-8 $mado --store $store --theme $work/bad.theme"
wait_for "bad.theme:1: selected: unknown colour"
wait_for "▶"
keys q
wait_for "MADO-EXITED 0"

echo "e2e inbox: ok"
