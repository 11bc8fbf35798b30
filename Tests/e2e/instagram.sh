#!/usr/bin/env bash
# End to end: webhook payloads in (from a file and from standard input), the window countdown on
# screen, a reply typed inline and sent through a fake Send API command that records its input.
# Usage: instagram.sh PATH/TO/mado
mado=$1
. "$(dirname "$0")/lib.sh"

store="$work/ig.sqlite"
fixtures="$(cd "$(dirname "$0")/../MadoCoreTests/Fixtures/instagram" && pwd)"
now_ms=$(( $(date +%s) * 1000 - 3600 * 1000 ))
# A payload from an hour ago, piped in the way a small web endpoint would.
sed "s/1795000000000/$now_ms/" "$fixtures/webhooks/01-batched.json" | python3 -c '
import json, sys
payload = json.load(sys.stdin)
base = payload["entry"][0]["messaging"][0]["timestamp"]
for entry in payload["entry"]:
    for kind in ("messaging", "standby"):
        for i, item in enumerate(entry.get(kind, [])): item["timestamp"] = base + i * 1000
print(json.dumps(payload))' | "$mado" import instagram - --store "$store" 2>"$work/import.log"
grep -q "imported 12" "$work/import.log" || fail "import from stdin: $(cat "$work/import.log")"
"$mado" import instagram "$fixtures/webhooks/03-hostile.json" --store "$store" 2>/dev/null
sqlite3 "$store" "INSERT INTO agents (login, name, created_at) VALUES ('hanako', 'Hanako Sato', 0)"

cat > "$work/send" <<SH
#!/bin/sh
cat > "$work/request.json"
echo '{"recipient_id":"1234567890123456","message_id":"m_SENT_1"}'
SH
chmod +x "$work/send"

start 120 30 "env TERM=xterm-256color LANG=C.UTF-8 MADO_INSTAGRAM_SEND=$work/send $mado --store $store --agent hanako"
wait_for "[1 Inbox"
keys ':' "search ストーリー" Enter
wait_for "/ ストーリー"
wait_for "Thread #"
wait_for "reply within 23h"
screen | grep -q "↩ replied to your story" || fail "the story reply is not shown"
screen | grep -q "2J" && fail "an escape sequence reached the screen"
keys r
wait_for "DM>"
keys "はい、ご用意できます！" Enter
wait_for "Check your reply"
wait_for "bytes"
keys c
wait_for "Reply sent."

python3 - "$work/request.json" <<'PY' || fail "the Send API request is not right"
import json, sys
request = json.load(open(sys.argv[1]))
assert request["recipient"]["id"] == "1234567890123456", request
assert request["message"]["text"] == "はい、ご用意できます！\n— Hanako", request
assert "tag" not in request, request
PY
[ "$(sqlite3 "$store" "SELECT count(*) FROM messages WHERE external_id = 'm_SENT_1' AND direction = 'out'")" = "1" ] || fail "the message id the command printed was not recorded"
keys q
wait_for "MADO-EXITED 0"
echo "e2e instagram: ok"
