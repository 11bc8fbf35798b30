#!/usr/bin/env bash
# End to end, Instagram without glue: a signed webhook goes through `mado webhook` (CGI) into the
# spool; the open inbox, with no `mado import --watch` beside it, imports it on its idle tick, asks a
# local fake of Meta's Graph API who wrote (the list shows @handle (Name)), and the reply typed in the
# box leaves through the fake Send API with the Bearer token from token_command. Never the internet.
# Usage: instagram-api.sh PATH/TO/mado
mado=$1
. "$(dirname "$0")/lib.sh"

store="$work/ig-api.sqlite"
token="EAAG-e2e-token-0c7d"
secret="e2e-app-secret"

# The fake Graph API: a profile and the Send API; every request is logged.
cat > "$work/graph.py" <<'PY'
import json, sys
from http.server import BaseHTTPRequestHandler, HTTPServer
log = open(sys.argv[1], "a")
class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args): pass
    def reply(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
    def record(self, body=b""):
        log.write(json.dumps({"method": self.command, "path": self.path, "auth": self.headers.get("Authorization"),
                              "body": body.decode()}) + "\n")
        log.flush()
    def do_GET(self):
        self.record()
        if self.path.startswith("/v21.0/1784000000000123?"):
            self.reply(200, {"id": "1784000000000123", "name": "Yui E2E", "username": "yui.e2e"})
        else:
            self.reply(404, {"error": {"message": "Unknown path", "code": 100}})
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.record(body)
        self.reply(200, {"recipient_id": "1784000000000123", "message_id": "aWdf_E2E_SENT_1"})
server = HTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
PY
python3 "$work/graph.py" "$work/graph.log" > "$work/graph.port" &
graph=$!
trap 'kill $graph 2>/dev/null || true; tmux -S "$sock" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 100); do [ -s "$work/graph.port" ] && break; sleep 0.05; done
port=$(cat "$work/graph.port")
[ -n "$port" ] || fail "the fake Graph API did not start"

# Secrets come from commands (run without a shell), never from the config file.
printf '#!/bin/sh\necho %s\n' "$token" > "$work/print-token"
printf '#!/bin/sh\necho %s\n' "$secret" > "$work/print-secret"
chmod 700 "$work/print-token" "$work/print-secret"
mkdir -p "$work/config"
cat > "$work/config/mado" <<CONF
[instagram]
verify_token = e2e-verify
app_secret_command = $work/print-secret
token_command = $work/print-token
api_base = http://127.0.0.1:$port/v21.0
CONF
export MADO_CONFIG="$work/config/mado"
"$mado" agent add hanako --name "Hanako Sato" --store "$store" >/dev/null

start 120 30 "env TERM=xterm-256color LANG=C.UTF-8 $mado --store $store --agent hanako"
wait_for "[1 Inbox"

# Meta posts a message from a new customer; the web server runs mado webhook.
now_ms=$(( $(date +%s) * 1000 ))
cat > "$work/payload.json" <<JSON
{"object": "instagram", "entry": [{"id": "17841400000000001", "time": $now_ms, "messaging": [
  {"sender": {"id": "1784000000000123"}, "recipient": {"id": "17841400000000001"}, "timestamp": $now_ms,
   "message": {"mid": "m_e2e_in_1", "text": "ドライフラワーの在庫ありますか"}}]}]}
JSON
signature="sha256=$(python3 -c 'import hashlib, hmac, sys; print(hmac.new(sys.argv[1].encode(), open(sys.argv[2], "rb").read(), hashlib.sha256).hexdigest())' "$secret" "$work/payload.json")"
answer=$(REQUEST_METHOD=POST PATH_INFO=/instagram CONTENT_LENGTH=$(wc -c < "$work/payload.json") HTTP_X_HUB_SIGNATURE_256="$signature" \
    "$mado" webhook < "$work/payload.json")
echo "$answer" | grep -q "^Status: 200" || fail "mado webhook answered: $answer"

# The inbox picks the spool up by itself and names the customer from the profile.
wait_for "1 new Instagram message." 10
wait_for "@yui.e2e (Yui E2E)" 15
# (the frame that shows the name may still be being drawn: the placeholder must be gone soon after)
for _ in $(seq 40); do screen | grep -q "Instagram user" || break; sleep 0.05; done
screen | grep -q "Instagram user" && fail "the placeholder name is still on screen"
grep -q '"GET", "path": "/v21.0/1784000000000123?fields=name,username", "auth": "Bearer '"$token"'"' "$work/graph.log" \
    || fail "the profile was not asked for as expected: $(cat "$work/graph.log")"

# The reply leaves through the Send API.
keys Enter
wait_for "Thread #"
keys r
wait_for "DM>"
keys "はい、ございます！" Enter
wait_for "Check your reply"
keys s
wait_for "Reply sent." 15
python3 - "$work/graph.log" "$token" <<'PY' || fail "the Send API request is not right: $(cat "$work/graph.log")"
import json, sys
posts = [json.loads(line) for line in open(sys.argv[1]) if '"POST"' in line]
assert len(posts) == 1, posts
post = posts[0]
assert post["path"] == "/v21.0/me/messages", post
assert post["auth"] == "Bearer " + sys.argv[2], post
body = json.loads(post["body"])
assert body["recipient"]["id"] == "1784000000000123", body
assert body["message"]["text"] == "はい、ございます！\n— Hanako", body
PY
[ "$(sqlite3 "$store" "SELECT count(*) FROM messages WHERE external_id = 'aWdf_E2E_SENT_1' AND direction = 'out'")" = "1" ] \
    || fail "the Send API's message id was not recorded"
grep -rqF "$token" "$store" "$XDG_DATA_HOME" && fail "the token was written somewhere"
keys Q
wait_for "MADO-EXITED 0"
echo "e2e instagram-api: ok"
