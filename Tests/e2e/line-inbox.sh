#!/usr/bin/env bash
# End to end, LINE in the open inbox at 80×24 in Japanese: a signed LINE webhook goes through
# `mado webhook` (CGI, PATH_INFO=/line) into the spool; the open inbox, with no `mado import line
# --watch` beside it, imports it on its idle tick (on a worker thread), names the customer from a
# local fake of LINE's profile endpoint and says so on the status line in Japanese. The agent sets
# their LINE sign-off with `:me line-signature` (kept in agent_signatures) and the reply typed in
# the box leaves with the free reply token through the fake API. Never the internet.
# Usage: line-inbox.sh PATH/TO/mado
mado=$1
. "$(dirname "$0")/lib.sh"

store="$work/line-inbox.sqlite"
secret="e2e-line-secret-$$"
user="U4af4980629b1c2d3e4f5a6b7c8d9e0f1"

# The fake LINE API: the profile and the reply; every request is logged.
cat > "$work/api.py" <<'PY'
import json, sys
from http.server import BaseHTTPRequestHandler, HTTPServer
log = open(sys.argv[1], "a")
class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args): pass
    def answer(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
        log.write(json.dumps({"method": self.command, "path": self.path, "auth": self.headers.get("Authorization"), "body": body}) + "\n")
        log.flush()
        if self.path.startswith("/v2/bot/profile/"):
            reply = {"displayName": "ゆい", "userId": self.path.rsplit("/", 1)[1], "language": "ja"}
        elif self.path in ("/v2/bot/message/reply", "/v2/bot/message/push"):
            reply = {"sentMessages": [{"id": "600000000000000001", "quoteToken": "q"}]}
        else:
            self.send_response(404); self.send_header("Content-Length", "0"); self.end_headers(); return
        data = json.dumps(reply).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
    do_GET = answer
    do_POST = answer
server = HTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
PY
python3 "$work/api.py" "$work/api.log" > "$work/api.port" &
api=$!
trap 'kill $api 2>/dev/null || true; tmux -S "$sock" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 100); do [ -s "$work/api.port" ] && break; sleep 0.05; done
port=$(cat "$work/api.port")
[ -n "$port" ] || fail "the fake LINE API did not start"

printf '#!/bin/sh\necho %s\n' "$secret" > "$work/print-secret"
printf '#!/bin/sh\necho e2e-line-token\n' > "$work/print-token"
chmod 700 "$work/print-secret" "$work/print-token"
mkdir -p "$work/config"
cat > "$work/config/mado" <<CONF
[shop]
name = Flourist
[line]
channel_secret_command = $work/print-secret
token_command = $work/print-token
api_base = http://127.0.0.1:$port
data_api_base = http://127.0.0.1:$port
CONF
export MADO_CONFIG="$work/config/mado"
"$mado" agent add hanako --name "Hanako Sato" --store "$store" >/dev/null

start 80 24 "env TERM=xterm-256color LANG=ja_JP.UTF-8 HOME=$work $mado --store $store --agent hanako"
wait_for "[1 受信箱"

# LINE posts a message from a new friend; the web server runs mado webhook (the default spool).
ms=$(python3 -c 'import time; print(int(time.time() * 1000))')
cat > "$work/payload.json" <<JSON
{"destination":"U0123456789abcdef0123456789abcdef","events":[{"type":"message","mode":"active","timestamp":$ms,
"source":{"type":"user","userId":"$user"},"webhookEventId":"01JE2EINBOX00000000000TEXT","deliveryContext":{"isRedelivery":false},
"replyToken":"e2e-inbox-reply-token","message":{"id":"500000000000000101","type":"text","quoteToken":"q","text":"ｻｲｽﾞ交換できますか？"}}]}
JSON
signature=$(python3 -c 'import base64, hashlib, hmac, sys; print(base64.b64encode(hmac.new(sys.argv[1].encode(), open(sys.argv[2], "rb").read(), hashlib.sha256).digest()).decode())' "$secret" "$work/payload.json")
answer=$(REQUEST_METHOD=POST PATH_INFO=/line CONTENT_LENGTH=$(wc -c < "$work/payload.json") HTTP_X_LINE_SIGNATURE="$signature" \
    "$mado" webhook < "$work/payload.json")
echo "$answer" | grep -q "^Status: 200" || fail "mado webhook answered: $answer"
[ "$(ls "$XDG_DATA_HOME/mado/spool/line/new" 2>/dev/null | wc -l)" -le 1 ] || fail "the payload was not spooled"

# The inbox picks the LINE spool up by itself, names the customer from the profile, says so in Japanese.
wait_for "LINE のメッセージが 1 件届きました。" 15
wait_for "ゆい" 10
screen | grep -q "new LINE message" && fail "the status line is in English"
grep -q '"path": "/v2/bot/profile/'"$user"'", "auth": "Bearer e2e-line-token"' "$work/api.log" \
    || fail "the profile was not asked for: $(cat "$work/api.log")"
[ -z "$(ls "$XDG_DATA_HOME/mado/spool/line/new")" ] || fail "the payload is still waiting in new/"

# The LINE sign-off, set where every chat channel's is (agent_signatures).
keys ":me line-signature — はなこ" Enter
for _ in $(seq 100); do
  [ "$(sqlite3 "$store" "SELECT text FROM agent_signatures WHERE channel = 'line'")" = "— はなこ" ] && break
  sleep 0.05
done
[ "$(sqlite3 "$store" "SELECT text FROM agent_signatures WHERE channel = 'line'")" = "— はなこ" ] || fail ":me line-signature was not kept"

# The reply goes within the minute: the free reply token.
keys Enter
wait_for "交換できますか？"
keys r
wait_for "DM>"
keys "はい、交換できます" Enter
wait_for "無料の応答メッセージで送ります"
keys s
wait_for "返信を送信しました" 15
python3 - "$work/api.log" <<'PY' || fail "the reply is not right: $(cat "$work/api.log")"
import json, sys
sent = [json.loads(line) for line in open(sys.argv[1]) if '"POST"' in line]
assert [s["path"] for s in sent] == ["/v2/bot/message/reply"], sent
body = json.loads(sent[0]["body"])
assert body["replyToken"] == "e2e-inbox-reply-token", body
assert body["messages"] == [{"type": "text", "text": "はい、交換できます\n— はなこ"}], body
PY
keys Q
wait_for "MADO-EXITED 0"
echo "e2e line-inbox: ok"
