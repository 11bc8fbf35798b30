#!/usr/bin/env bash
# The inbox keeps its writes while other processes open and close the same store: the WAL stays
# while the inbox runs, a write made after another `mado` came and went is in the file, and a
# kill -9 of the inbox loses nothing (also with a reply open in the editor, whose presence
# heartbeat used to open a second connection). Usage: store-sharing.sh PATH/TO/mado
mado=$1
. "$(dirname "$0")/lib.sh"

store="$work/shared.sqlite"
"$mado" demo --store "$store" --no-open 2>/dev/null
demo_shop_config
cat > "$work/editor" <<'SH'
#!/bin/sh
while [ ! -f "$RELEASE" ]; do sleep 0.05; done
{ printf 'Thank you, it is on its way.\n'; cat "$1"; } > "$1.new" && mv "$1.new" "$1"
SH
chmod +x "$work/editor"
cat > "$work/sendmail" <<SH
#!/bin/sh
cat >> "$work/sent.eml"
echo sent >> "$work/sendmail.calls"
SH
chmod +x "$work/sendmail"

open_count() { sqlite3 "$store" "SELECT count(*) FROM conversations WHERE status = 'open'"; }
inbox_pid() { pgrep -f -- "^$mado --store $store --agent hanako" | head -1; }

start 120 32 "env TERM=xterm-256color LANG=C.UTF-8 EDITOR=$work/editor RELEASE=$work/release MADO_SENDMAIL='$work/sendmail -t -i' $mado --store $store --agent hanako"
wait_for "[1 Inbox"
before=$(open_count)

# Another process opens and closes the store; the inbox's WAL must survive it.
"$mado" list --store "$store" >/dev/null
[ -f "$store-wal" ] || fail "the store's -wal was deleted while the inbox runs"

# The inbox closes the selected conversation; the file says so at once.
keys c
wait_for "Closed (1)"
after=$(open_count)
[ "$after" = "$((before - 1))" ] || fail "the close did not reach the store: open $before -> $after"

# A kill -9 of the inbox keeps what it wrote.
kill -9 "$(inbox_pid)"
wait_for "MADO-EXITED"
[ "$(open_count)" = "$((before - 1))" ] || fail "the close was lost after kill -9"
[ "$(sqlite3 "$store" 'pragma integrity_check')" = "ok" ] || fail "integrity_check after kill -9"

# Now with a reply open in the editor: the heartbeat and another process must not cost the reply.
start 120 32 "env TERM=xterm-256color LANG=C.UTF-8 EDITOR=$work/editor RELEASE=$work/release MADO_SENDMAIL='$work/sendmail -t -i' $mado --store $store --agent hanako"
wait_for "[1 Inbox"
keys r
for _ in $(seq 1 100); do [ "$(sqlite3 "$store" 'SELECT count(*) FROM presence')" != "0" ] && break; sleep 0.05; done
"$mado" list --store "$store" >/dev/null
"$mado" tag from-outside 1 --store "$store" --agent ken >/dev/null
[ -f "$store-wal" ] || fail "the -wal was deleted while a reply is open in the editor"
touch "$work/release"
wait_for "Check your reply"
keys s
wait_for "Reply sent."
kill -9 "$(inbox_pid)"
wait_for "MADO-EXITED"
[ "$(wc -l < "$work/sendmail.calls")" = "1" ] || fail "sendmail was called $(wc -l < "$work/sendmail.calls") times"
[ "$(sqlite3 "$store" "SELECT group_concat(state) FROM outbox")" = "sent" ] || fail "outbox after kill -9: $(sqlite3 "$store" 'SELECT id, state FROM outbox')"
[ "$(sqlite3 "$store" "SELECT count(*) FROM messages WHERE direction = 'out' AND text LIKE 'Thank you, it is on its way.%'")" = "1" ] || fail "the sent reply has no record in the store"
[ "$(sqlite3 "$store" 'pragma integrity_check')" = "ok" ] || fail "integrity_check after the reply"
echo "e2e store sharing: ok"
