#!/usr/bin/env bash
# End to end for LINE: `mado webhook` at /line behind lighttpd (mod_cgi) on a local port checks
# x-line-signature (the channel secret from a command), spools a signed payload and refuses
# unsigned or wrongly signed ones (403, nothing stored); `mado import line` names the customer
# from a fake LINE API's profile; `mado reply` + `mado send` answer with the free reply token,
# then as a push. The fake API is python3's http.server; nothing reaches the internet.
# Usage: line-webhook.sh PATH/TO/mado   (exits 77, "skipped", when lighttpd is not installed)
mado=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
lighttpd=$(command -v lighttpd || ls /usr/sbin/lighttpd 2>/dev/null || true)
if [ -z "$lighttpd" ]; then
  echo "SKIP: lighttpd is not installed (apt-get install lighttpd; .ci/run installs it)" >&2
  exit 77
fi
command -v curl >/dev/null || { echo "FAIL: curl is not installed (.ci/run installs it)" >&2; exit 1; }
. "$(dirname "$0")/lib.sh"
cleanup() {
  [ -f "$work/lighttpd.pid" ] && kill "$(cat "$work/lighttpd.pid")" 2>/dev/null
  [ -n "${api_pid:-}" ] && kill "$api_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; echo "---- logs ----" >&2; cat "$work/error.log" "$work/cgi.log" "$work/api.log" >&2 2>/dev/null; exit 1; }

secret="e2e-line-channel-secret-$$"
spool="$work/spool"
store="$work/store.sqlite"
user="U4af4980629b1c2d3e4f5a6b7c8d9e0f1"
mkdir -p "$work/config" "$work/www" "$work/cgi" "$work/bin"

# The fake LINE API: answers the profile, reply and push, and logs what it was asked.
cat > "$work/api.py" <<'PY'
import json, sys
from http.server import HTTPServer, BaseHTTPRequestHandler
class H(BaseHTTPRequestHandler):
    def handle_one(self):
        body = self.rfile.read(int(self.headers.get('Content-Length') or 0)).decode()
        with open(sys.argv[2], 'a') as log:
            log.write(json.dumps({'method': self.command, 'path': self.path, 'auth': self.headers.get('Authorization'),
                                  'retry': self.headers.get('X-Line-Retry-Key'), 'body': body}) + '\n')
        if self.path.startswith('/v2/bot/profile/'):
            answer = {'displayName': 'ゆい', 'userId': self.path.rsplit('/', 1)[1], 'language': 'ja'}
        elif self.path in ('/v2/bot/message/reply', '/v2/bot/message/push'):
            answer = {'sentMessages': [{'id': str(abs(hash(body)) % 10**18), 'quoteToken': 'q'}]}
        else:
            self.send_response(404); self.end_headers(); return
        data = json.dumps(answer).encode()
        self.send_response(200); self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(data))); self.end_headers(); self.wfile.write(data)
    do_GET = handle_one
    do_POST = handle_one
    def log_message(self, *a): pass
s = HTTPServer(('127.0.0.1', 0), H)
open(sys.argv[1] + '.tmp', 'w').write(str(s.server_address[1]))
import os; os.rename(sys.argv[1] + '.tmp', sys.argv[1])
s.serve_forever()
PY
python3 "$work/api.py" "$work/api.port" "$work/api.log" &
api_pid=$!
api="http://127.0.0.1:$(wait_for_port "$work/api.port")"
line_config "$secret" "$api" "$spool"

cat > "$work/cgi/webhook.cgi" <<SH
#!/bin/sh
MADO_CONFIG="$work/config/mado" XDG_DATA_HOME="$work/data" exec "$mado" webhook
SH
chmod 755 "$work/cgi/webhook.cgi"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat > "$work/lighttpd.conf" <<CONF
server.modules = ("mod_alias", "mod_cgi")
server.document-root = "$work/www"
alias.url = ("/mado/" => "$work/cgi/")
server.bind = "127.0.0.1"
server.port = $port
server.errorlog = "$work/error.log"
server.breakagelog = "$work/cgi.log"
server.pid-file = "$work/lighttpd.pid"
\$HTTP["url"] =~ "^/mado/" { cgi.assign = (".cgi" => "") }
CONF
"$lighttpd" -f "$work/lighttpd.conf" || fail "lighttpd did not start"
url="http://127.0.0.1:$port/mado/webhook.cgi/line"
for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.05; done
status() { curl -s -o "$work/body" -w '%{http_code}' -X "$@"; }
sign() { python3 -c 'import base64, hashlib, hmac, sys; print(base64.b64encode(hmac.new(sys.argv[1].encode(), open(sys.argv[2], "rb").read(), hashlib.sha256).digest()).decode())' "$1" "$2"; }

# A customer writes now, in half-width kana: the reply token is fresh.
ms=$(python3 -c 'import time; print(int(time.time() * 1000))')
cat > "$work/payload.json" <<JSON
{"destination":"U0123456789abcdef0123456789abcdef","events":[{"type":"message","mode":"active","timestamp":$ms,
"source":{"type":"user","userId":"$user"},"webhookEventId":"01JE2E0000000000000000TEXT","deliveryContext":{"isRedelivery":false},
"replyToken":"e2e-reply-token","message":{"id":"500000000000000001","type":"text","quoteToken":"q","text":"ｻｲｽﾞ交換できますか？"}}]}
JSON
code=$(status POST "$url" -H "Content-Type: application/json" -H "x-line-signature: $(sign "$secret" "$work/payload.json")" --data-binary "@$work/payload.json")
[ "$code" = 200 ] || fail "signed LINE payload: HTTP $code ($(cat "$work/body"))"
code=$(status POST "$url" -H "Content-Type: application/json" --data-binary "@$work/payload.json")
[ "$code" = 403 ] || fail "unsigned LINE payload: HTTP $code"
code=$(status POST "$url" -H "x-line-signature: $(sign "wrong-secret" "$work/payload.json")" --data-binary "@$work/payload.json")
[ "$code" = 403 ] || fail "LINE payload signed with another secret: HTTP $code"
code=$(status POST "$url" -H "x-line-signature: $(sign "$secret" "$work/payload.json")" --data-binary '{"events":[]}')
[ "$code" = 403 ] || fail "another body under a good signature: HTTP $code"
[ "$(ls "$spool/new" | wc -l)" = 1 ] || fail "expected exactly one spooled payload: $(ls -la "$spool/new")"
cmp -s "$work/payload.json" "$spool/new/$(ls "$spool/new")" || fail "the spooled payload differs from the one posted"
grep -q "x-line-signature does not match" "$work/cgi.log" || fail "the refusal was not logged"
grep -q "no x-line-signature" "$work/cgi.log" || fail "the missing signature was not logged"
cat "$work/error.log" "$work/cgi.log" | grep -qF "$secret" && fail "the channel secret reached the server's log"

# Import: the customer is named from the profile, and search finds the half-width text either way.
"$mado" import line --store "$store" 2>"$work/import.log" || fail "import: $(cat "$work/import.log")"
grep -q "imported 1," "$work/import.log" || fail "import: $(cat "$work/import.log")"
[ "$(ls "$spool/cur" | wc -l)" = 1 ] || fail "the imported payload is not in cur/"
"$mado" list --store "$store" | grep -q "ゆい" || fail "the customer is not named from the profile: $("$mado" list --store "$store")"
"$mado" search "channel:line サイズ" --store "$store" 2>&1 | grep -q "ゆい" || fail "search: $("$mado" search "channel:line サイズ" --store "$store")"
grep -q '"path": "/v2/bot/profile/'"$user"'"' "$work/api.log" || fail "the profile was not asked for"

# Answer within the minute: the free reply token. A second answer: the token is used, so push.
"$mado" agent add hanako --name "Hanako Sato" --store "$store" >/dev/null || fail "agent add"
id=$("$mado" list --store "$store" --json | python3 -c 'import json, sys; print(json.load(sys.stdin)["conversations"][0]["id"])')
echo "承知しました。交換を承ります" > "$work/reply.txt"
"$mado" reply "$id" --body-file "$work/reply.txt" --agent hanako --store "$store" --send >"$work/reply.log" 2>&1 || fail "reply: $(cat "$work/reply.log")"
echo "発送しました" > "$work/reply2.txt"
"$mado" reply "$id" --body-file "$work/reply2.txt" --agent hanako --store "$store" --send >>"$work/reply.log" 2>&1 || fail "second reply: $(cat "$work/reply.log")"
python3 - "$work/api.log" <<'PY' || fail "the fake LINE API did not see reply then push: $(cat "$work/api.log")"
import json, sys
sent = [json.loads(l) for l in open(sys.argv[1]) if '/message/' in l]
assert [s['path'] for s in sent] == ['/v2/bot/message/reply', '/v2/bot/message/push'], sent
reply, push = (json.loads(s['body']) for s in sent)
assert reply['replyToken'] == 'e2e-reply-token' and reply['messages'][0]['text'].startswith('承知しました。交換を承ります\n— Hanako'), reply
assert push['to'] == 'U4af4980629b1c2d3e4f5a6b7c8d9e0f1' and push['messages'] == [{'type': 'text', 'text': '発送しました\n— Hanako'}], push
assert all(s['auth'] == 'Bearer e2e-line-token' for s in sent) and sent[0]['retry'] is None and len(sent[1]['retry']) == 36, sent
PY
"$mado" send --list --store "$store" | grep -qi "failed" && fail "a reply failed: $("$mado" send --list --store "$store")"
# --watch picks up what arrives next; LINE's redelivery of the same event adds nothing.
"$mado" import line "$spool" --watch --store "$store" 2>"$work/watch.log" &
watcher=$!
trap 'kill "$watcher" 2>/dev/null; cleanup' EXIT
sed -e 's/01JE2E0000000000000000TEXT/01JE2E000000000000000TEXT2/' -e 's/500000000000000001/500000000000000002/' \
    -e 's/ｻｲｽﾞ交換できますか？/ありがとうございます🙏/' "$work/payload.json" > "$work/second.json"
sed -e 's/"isRedelivery":false/"isRedelivery":true/' "$work/payload.json" > "$work/redelivered.json"
for body in second redelivered; do
  code=$(status POST "$url" -H "x-line-signature: $(sign "$secret" "$work/$body.json")" --data-binary "@$work/$body.json")
  [ "$code" = 200 ] || fail "$body payload: HTTP $code"
done
for _ in $(seq 100); do [ "$(ls "$spool/cur" | wc -l)" = 3 ] && break; sleep 0.1; done
[ "$(ls "$spool/cur" | wc -l)" = 3 ] || fail "--watch did not import both payloads: $(cat "$work/watch.log")"
[ "$(sqlite3 "$store" "SELECT count(*) FROM messages WHERE channel = 'line' AND direction = 'in'")" = 2 ] \
  || fail "the redelivery was stored again: $(sqlite3 "$store" "SELECT external_id, text FROM messages")"
grep -q "already there 1" "$work/watch.log" || grep -q "imported 1, updated 0, already there 0" "$work/watch.log" \
  || fail "--watch: $(cat "$work/watch.log")"
echo "line-webhook.sh: ok"
