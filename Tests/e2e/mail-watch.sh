#!/usr/bin/env bash
# End to end: `mado import maildir --watch` picks up mail that an MDA delivers into new/, and an
# open inbox shows it within 2 seconds without a key press. The Maildir is left as it was.
# Usage: mail-watch.sh PATH/TO/mado
mado=$1
. "$(dirname "$0")/lib.sh"

store="$work/mail.sqlite"
maildir="$work/Maildir"
mkdir -p "$maildir/cur" "$maildir/new" "$maildir/tmp"
fixtures="$(cd "$(dirname "$0")/../MadoCoreTests/Fixtures/mail" && pwd)"
cp "$fixtures/rfc2231-attachment.eml" "$maildir/cur/1700000000.M1P1.host:2,S"
"$mado" import maildir "$maildir" --store "$store" --json 2>/dev/null | python3 -c '
import json, sys
envelope = json.load(sys.stdin)
mails = envelope["messages"]
assert len(mails) == 1 and envelope["total"] == 1, envelope
m = mails[0]
for key in ("id", "direction", "from_name", "from_address", "subject", "text", "sent_at", "attachments", "auto", "warnings",
            "message_id", "in_reply_to", "references"):
    assert key in m, key
assert m["message_id"] == "att1@example.jp" and m["in_reply_to"] == "reply-parent@flourist.example.jp", m
assert m["attachments"][0]["filename"] == "注文書 (控え).pdf", m
' || fail "import --json does not print the documented fields"
"$mado" import maildir "$maildir" --store "$store" --json 2>/dev/null | grep -qx '{"messages": \[\], "total": 0}' || fail "a second import should add nothing"
"$mado" import maildir "$maildir" --store "$store" --watch 2>"$work/watch.log" &
watcher=$!
trap 'kill $watcher 2>/dev/null; tmux -S "$sock" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT

start 160 30 "env TERM=xterm-256color LANG=C.UTF-8 $mado --store $store"
wait_for "注文書の件"
before=$(cd "$maildir" && find . -type f | sort | xargs md5sum)

# Deliver the way postfix and fetchmail do: write in tmp/, rename into new/.
cp "$fixtures/shiftjis-split-encoded-word.eml" "$maildir/tmp/1700000100.M2P2.host"
mv "$maildir/tmp/1700000100.M2P2.host" "$maildir/new/1700000100.M2P2.host"
delivered=$(date +%s.%N)
wait_for "返品・交換のお願い①" 2
seen=$(date +%s.%N)
python3 -c "import sys; d=float(sys.argv[2])-float(sys.argv[1]); sys.exit(0 if d < 2.0 else 1)" "$delivered" "$seen" || fail "the inbox took longer than 2 s"

after=$(cd "$maildir" && find . -type f | sort | xargs md5sum)
expected="$before
$(cd "$maildir" && md5sum ./new/1700000100.M2P2.host)"
[ "$after" = "$(printf '%s\n' "$expected" | sort -k2)" ] || fail "the import changed the Maildir"
keys q
wait_for "MADO-EXITED 0"
echo "e2e mail watch: ok"
