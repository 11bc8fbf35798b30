#!/usr/bin/env bash
# A day at the counter at 80×24 (issue 13): the customer history opens conversations, search is
# left with Esc and redone with ↑, the header shows the current view, long messages are shown
# whole and :messages lists them, and mutt habits work (q, Q, Ctrl-Z and fg, Ctrl-L, q on the
# confirm screen). Usage: flow.sh PATH/TO/mado
mado=$1
. "$(dirname "$0")/lib.sh"

store="$work/flow.sqlite"
"$mado" demo --store "$store" --no-open 2>/dev/null
# An interactive shell runs the inbox, so Ctrl-Z and fg work as they would for a person.
start 80 24 "env PS1='shell$ ' bash --norc --noprofile -i"
wait_for "shell\$"
keys "env TERM=xterm-256color LANG=C.UTF-8 MADO_INSTAGRAM_SEND=/bin/false $mado --store $store --agent hanako" Enter
wait_for "[1 Inbox"
wait_for "▶"

# 2: the customer pane is a way in. Find 山田's first conversation, open it, Tab twice to the history.
keys ':' "view all" Enter
wait_for "[8 All"
keys / "#1187" Enter
wait_for "1 found"
keys Enter
wait_for "Thread #1 "
keys Tab
wait_for "All conversations (3)"
keys j Enter
wait_for "Thread #29 "
keys Escape
wait_for "All conversations (3)"
wait_for "▶"
keys Escape
wait_for "Thread #1 "

# 8: q in the reader goes back to the list, and the inbox keeps running.
keys q
wait_for "1/1"
pgrep -f -- "^$mado --store $store" >/dev/null || fail "q in the reader quit the inbox"

# 5: Esc leaves the search results for the view it came from; / starts empty, ↑ brings the query back.
wait_for "found"
screen | tail -1 | grep -q "#1187" || fail "the status line shows the query"
keys Escape
wait_for "[8 All"
keys /
sleep 0.2
screen | tail -1 | grep -q "#1187" && fail "/ starts an empty query"
keys Up
wait_for "/#1187"
keys Escape

# 6: the header shows views past the first tabs; a long message is shown whole; :messages.
keys 9
wait_for "[9 Auto"
keys ':' "a-command-nobody-has-ever-heard-of-in-this-shop-or-anywhere-else" Enter
wait_for "anywhere-else' (? lists"
keys j
keys ':' messages Enter
wait_for "Recent messages"
screen | grep -q "a-command-nobody" || fail ":messages lists the recent ones"
keys Escape

# 8: Ctrl-Z gives the shell back; fg resumes with the whole screen drawn again.
keys 1
wait_for "[1 Inbox"
keys C-z
wait_for "Stopped"
keys "fg" Enter
wait_for "[1 Inbox"
wait_for "q quit"
screen | grep -q "Stopped" && fail "the screen was not drawn again after fg"
keys C-l
wait_for "[1 Inbox"

# 8: q on the confirm screen asks whether to keep the draft; y keeps it (11: Drafts counts it at once).
keys ':' "search channel:instagram status:open" Enter
wait_for "found"
keys r
wait_for "DM>"
keys "see you tomorrow"
keys Enter
wait_for "y send"
keys q
wait_for "Keep this draft"
keys y
wait_for "Draft kept"
[ "$(sqlite3 "$store" "SELECT body FROM drafts")" = "see you tomorrow" ] || fail "the draft was not kept"
keys Escape
keys v
wait_for "Drafts (1)"
keys Escape

# Q quits from anywhere, the reader included.
keys Enter
wait_for "Thread #"
keys Q
wait_for "shell\$"
keys "echo MADO-EXITED-\$?" Enter
wait_for "MADO-EXITED-0"
