#!/usr/bin/env bash
# End to end at 80x24: pickers move with j/k and mark what is current; the snooze picker reads
# typed Japanese (明日 10時) and offers the time first; the list and the thread show when a snoozed
# conversation wakes; `mado snooze` reads the same words. Usage: pickers.sh PATH/TO/mado
mado=$1
. "$(dirname "$0")/lib.sh"

store="$work/demo.sqlite"
"$mado" demo --store "$store" --no-open 2>/dev/null

start 80 24 "env TERM=xterm-256color LANG=C.UTF-8 $mado --store $store --agent hanako"
wait_for "[1 Inbox"
wait_for "▶"

# The priority picker: j moves, the current priority is checked, a letter is not typed.
keys '!'
wait_for "j/k ↑↓ move"
screen | grep -q "✓" || fail "the current priority is marked"
keys j j x
wait_for "Nothing to type here"
keys Escape

# Open the first conversation to learn its id, back to the list, then snooze it by typing.
keys Enter
wait_for "Thread #"
id=$(screen | grep -oE "Thread #[0-9]+" | head -1 | tr -dc 0-9)
[ -n "$id" ] || fail "no conversation id in the reader's title"
keys s
wait_for "or type:"
keys "明日 10時"
wait_for "→ tomorrow 10:00"
keys Enter
wait_for "Snoozed (1)"

# The Snoozed view lists it with its wake time; its thread says the same.
keys Escape 6
wait_for " Snoozed 1/"
wait_for "⏰ tomorrow 10:00"
keys g Enter
wait_for "Snoozed until tomorrow 10:00"

# Something unreadable is refused on Enter, with the reason, and nothing changes.
keys Escape s
wait_for "or type:"
keys "someday" Enter
wait_for "Could not read 'someday'"
keys Escape q
wait_for "MADO-EXITED 0"

wake=$(sqlite3 "$store" "SELECT strftime('%H:%M', snoozed_until, 'unixepoch', 'localtime') FROM conversations WHERE id = $id")
[ "$wake" = "10:00" ] || fail "conversation $id wakes at '$wake', not 10:00"

# The command line reads the same words, spread over several arguments.
out=$("$mado" snooze 来週 月曜 "$id" --store "$store" --agent hanako) || fail "mado snooze 来週 月曜: $out"
[ "$out" = "snooze: 1 of 1 changed" ] || fail "mado snooze said '$out'"
"$mado" snooze someday "$id" --store "$store" --agent hanako 2>/dev/null && fail "an unreadable time must be refused"
echo "pickers ok"
