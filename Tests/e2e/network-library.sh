#!/usr/bin/env bash
# End to end, libcurl on demand (Sources/CCurlOnDemand): a `mado` with the Swift runtime linked in
# does not load libcurl (nor the TLS, Kerberos, LDAP… libraries behind it) at start, yet the LINE
# API is reached through URLSession as before (a local fake, never the internet); and when libcurl
# cannot be loaded the user gets one clear sentence, in English and in Japanese, not a crash,
# and the payload is not lost. In a build with the Swift runtime as shared libraries
# (`swift build`, the tests) libFoundationNetworking loads libcurl itself: the start checks are
# said to be skipped there, the rest runs.
# Usage: network-library.sh PATH/TO/mado
mado=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
. "$(dirname "$0")/lib.sh"
api_pid=
cleanup() { [ -n "$api_pid" ] && kill "$api_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# The libraries libcurl brings; none may be loaded by a command that does not use the network.
networking='libcurl|libgnutls|libgssapi|libkrb5|libldap|liblber|libssh|libnghttp2|librtmp|libpsl|libidn2|libbrotli|libsasl2|libp11-kit'
store="$work/store.sqlite"
"$mado" agent add hanako --name "Hanako Sato" --store "$store" >/dev/null || fail "agent add"

# The fake LINE API: a profile; every request is logged.
cat > "$work/api.py" <<'PY'
import json, os, sys
from http.server import HTTPServer, BaseHTTPRequestHandler
class H(BaseHTTPRequestHandler):
    def handle_one(self):
        body = self.rfile.read(int(self.headers.get('Content-Length') or 0)).decode()
        with open(sys.argv[2], 'a') as log:
            log.write(json.dumps({'method': self.command, 'path': self.path, 'auth': self.headers.get('Authorization'), 'body': body}) + '\n')
        if self.path.startswith('/v2/bot/profile/'):
            answer = {'displayName': 'ゆい', 'userId': self.path.rsplit('/', 1)[1], 'language': 'ja'}
        elif self.path in ('/v2/bot/message/reply', '/v2/bot/message/push'):
            answer = {'sentMessages': [{'id': '600000000000000001', 'quoteToken': 'q'}]}
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
os.rename(sys.argv[1] + '.tmp', sys.argv[1])
s.serve_forever()
PY
python3 "$work/api.py" "$work/api.port" "$work/api.log" &
api_pid=$!
api="http://127.0.0.1:$(wait_for_port "$work/api.port")"
touch "$work/api.log"

spool="$work/spool"
mkdir -p "$spool/new" "$spool/cur" "$spool/tmp"
line_config e2e-line-secret "$api" "$spool"
user="U4af4980629b1c2d3e4f5a6b7c8d9e0f1"
ms=$(python3 -c 'import time; print(int(time.time() * 1000))')
cat > "$spool/new/1.json" <<JSON
{"destination":"U0123456789abcdef0123456789abcdef","events":[{"type":"message","mode":"active","timestamp":$ms,
"source":{"type":"user","userId":"$user"},"webhookEventId":"01JE2E0000000000000000TEXT","deliveryContext":{"isRedelivery":false},
"replyToken":"e2e-reply-token","message":{"id":"500000000000000001","type":"text","quoteToken":"q","text":"サイズ交換できますか？"}}]}
JSON

# libcurl missing: the profile cannot be asked for; one clear sentence, the message still imported.
set +e
MADO_LIBCURL=/nonexistent/libcurl.so.4 "$mado" import line --store "$store" >"$work/missing.out" 2>"$work/missing.err"
status=$?
set -e
[ $status -lt 128 ] || fail "mado died of signal $((status - 128)) without libcurl: $(cat "$work/missing.err")"
grep -q "mado could not load libcurl, which it needs to reach Instagram and LINE (/nonexistent/libcurl.so.4: cannot open shared object file" "$work/missing.err" \
  || fail "no clear sentence without libcurl: $(cat "$work/missing.out" "$work/missing.err")"
[ ! -s "$work/api.log" ] || fail "a request left without libcurl: $(cat "$work/api.log")"
[ "$(sqlite3 "$store" "SELECT count(*) FROM messages WHERE channel = 'line'")" = 1 ] || fail "the LINE message was not kept: $(cat "$work/missing.err")"

# The reply, without libcurl: not sent, said in both languages, kept in the outbox.
conversation=$(sqlite3 "$store" "SELECT conversation_id FROM messages WHERE channel = 'line'")
echo "承知しました" > "$work/reply.txt"
set +e
LANG=C.UTF-8 LC_ALL= MADO_LIBCURL=/nonexistent/libcurl.so.4 "$mado" reply "$conversation" --body-file "$work/reply.txt" --agent hanako --store "$store" --send >"$work/reply.out" 2>&1
status=$?
LANG=ja_JP.UTF-8 LC_ALL= MADO_LIBCURL=/nonexistent/libcurl.so.4 "$mado" send --retry --store "$store" >"$work/send-ja.out" 2>&1
status_ja=$?
set -e
[ $status -lt 128 ] && [ $status_ja -lt 128 ] || fail "mado died of a signal without libcurl: $(cat "$work/reply.out" "$work/send-ja.out")"
grep -q "could not load libcurl" "$work/reply.out" || fail "reply without libcurl, English: $(cat "$work/reply.out")"
grep -q "「libcurl」を読み込めませんでした" "$work/send-ja.out" || fail "send without libcurl, Japanese: $(cat "$work/send-ja.out")"
[ "$(sqlite3 "$store" "SELECT count(*) FROM outbox WHERE state = 'failed'")" = 1 ] || fail "the reply is not kept in the outbox: $(sqlite3 "$store" "SELECT id, state FROM outbox")"
[ ! -s "$work/api.log" ] || fail "a request left without libcurl: $(cat "$work/api.log")"

# With libcurl: the kept reply goes through URLSession to the fake API (a POST with a body).
"$mado" send --retry --store "$store" >"$work/send.out" 2>&1 || fail "send with libcurl: $(cat "$work/send.out")"
grep -q "sent 1, failed 0" "$work/send.out" || fail "send with libcurl: $(cat "$work/send.out")"
python3 - "$work/api.log" <<'PY' || fail "the fake LINE API did not get the reply: $(cat "$work/api.log")"
import json, sys
sent = [json.loads(l) for l in open(sys.argv[1])]
posts = [s for s in sent if s['method'] == 'POST' and s['path'] in ('/v2/bot/message/reply', '/v2/bot/message/push')]
assert posts and all(s['auth'] == 'Bearer e2e-line-token' for s in posts), sent
assert json.loads(posts[-1]['body'])['messages'][0]['text'].startswith('承知しました'), posts
PY

# With libcurl: a new customer's profile is asked for (a GET) and names them.
sed -e 's/U4af4980629b1c2d3e4f5a6b7c8d9e0f1/U5bf4980629b1c2d3e4f5a6b7c8d9e0f2/' -e 's/01JE2E0000000000000000TEXT/01JE2E000000000000000TEXT2/' \
    -e 's/500000000000000001/500000000000000002/' "$spool/cur/$(ls "$spool/cur" | head -1)" > "$spool/new/2.json"
"$mado" import line --store "$store" >"$work/import.out" 2>&1 || fail "import with libcurl: $(cat "$work/import.out")"
grep -q '"GET", "path": "/v2/bot/profile/U5bf4980629b1c2d3e4f5a6b7c8d9e0f2"' "$work/api.log" || fail "the profile was not asked for: $(cat "$work/api.log")"
"$mado" list --store "$store" | grep -q "ゆい" || fail "the customer is not named from the profile: $("$mado" list --store "$store")"

# What a command that does not use the network loads at start.
if readelf -d "$mado" | grep -q 'libFoundationNetworking'; then
  echo "note: $mado links the Swift runtime as shared libraries; libFoundationNetworking loads libcurl itself, start checks skipped"
else
  needed=$(readelf -d "$mado" | grep NEEDED)
  echo "$needed" | grep -E "$networking" && fail "networking libraries are loaded at every start (DT_NEEDED): $needed"
  for command in "agent list" "list --limit 5" "search arrived --limit 5" "help"; do
    loaded=$(LD_DEBUG=files "$mado" $command --store "$store" 2>&1 >/dev/null | grep -oE "file=[^ ]+" | sort -u || true)
    [ -n "$loaded" ] || fail "LD_DEBUG shows no libraries for 'mado $command' (cannot check)"
    echo "$loaded" | grep -E "$networking" && fail "'mado $command' loaded networking libraries: $loaded"
  done
fi

echo "ok: network-library"
