#!/usr/bin/env bash
# Ctrl-C closes a prompt or the Instagram box (never typing "q" into it) and quits only from the
# list; a hang-up (SIGHUP, a dropped SSH connection) keeps the reply being written and leaves the
# store consistent. Usage: signals.sh PATH/TO/mado
mado=$1
. "$(dirname "$0")/lib.sh"

store="$work/signals.sqlite"
"$mado" demo --store "$store" --no-open 2>/dev/null
inbox_pid() { pgrep -f -- "^$mado --store $store --agent hanako" | head -1; }
run_inbox() { start 120 32 "env TERM=xterm-256color LANG=C.UTF-8 MADO_INSTAGRAM_SEND=/bin/false $mado --store $store --agent hanako"; wait_for "[1 Inbox"; }

run_inbox
# Ctrl-C in the search prompt: the prompt goes, nothing is typed, the inbox stays.
keys / "vase"
wait_for "/vase"
keys C-c
sleep 0.3
screen | grep -q "/vaseq" && fail "Ctrl-C typed q into the search prompt"
screen | grep -q "MADO-EXITED" && fail "Ctrl-C in a prompt quit the inbox"
# Ctrl-C in the Instagram box keeps the words as a draft.
keys ':' "search channel:instagram status:open" Enter
wait_for "/ channel:instagram status:open"
wait_for "Thread #"
keys r
wait_for "DM>"
keys "kept by ctrl-c"
wait_for "kept by ctrl-c"
keys C-c
sleep 0.3
screen | grep -q "kept by ctrl-cq" && fail "Ctrl-C typed q into the Instagram box"
[ "$(sqlite3 "$store" "SELECT body FROM drafts")" = "kept by ctrl-c" ] \
  || fail "the Instagram draft was not kept: $(sqlite3 "$store" 'SELECT conversation_id, body FROM drafts')"
conversation=$(sqlite3 "$store" "SELECT conversation_id FROM drafts")
# Ctrl-C on the list quits cleanly.
keys C-c
wait_for "MADO-EXITED 0"

# A hang-up while the Instagram box is open: the words are kept, the store is consistent.
run_inbox
keys ':' "search channel:instagram status:open" Enter
wait_for "Thread #$conversation"
keys r
wait_for "DM>"
keys C-u "written when the line dropped"
wait_for "written when the line dropped"
kill -HUP "$(inbox_pid)"
wait_for "MADO-EXITED 129"
[ "$(sqlite3 "$store" "SELECT body FROM drafts WHERE conversation_id = $conversation")" = "written when the line dropped" ] \
  || fail "the draft was lost on SIGHUP: $(sqlite3 "$store" 'SELECT conversation_id, body FROM drafts')"
[ "$(sqlite3 "$store" 'SELECT count(*) FROM presence')" = "0" ] || fail "the replying mark stayed after the hang-up"
[ "$(sqlite3 "$store" 'pragma integrity_check')" = "ok" ] || fail "integrity_check after SIGHUP"
echo "e2e signals: ok"
