#!/usr/bin/env bash
# End to end: `mado webhook` as a CGI program behind a real web server (lighttpd with mod_cgi on a
# local port). Meta's verification GET, a signed payload (200, spooled), unsigned and wrongly
# signed ones (403, nothing stored), one over the size limit (413), then `mado import instagram`
# takes the spool. No tmux: curl is the client.
# Usage: webhook.sh PATH/TO/mado   (exits 77, "skipped", when lighttpd is not installed)
mado=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
lighttpd=$(command -v lighttpd || ls /usr/sbin/lighttpd 2>/dev/null || true)
if [ -z "$lighttpd" ]; then
  echo "SKIP: lighttpd is not installed (apt-get install lighttpd; .ci/run installs it)" >&2
  exit 77
fi
command -v curl >/dev/null || { echo "FAIL: curl is not installed (.ci/run installs it)" >&2; exit 1; }
. "$(dirname "$0")/lib.sh"
trap '[ -f "$work/lighttpd.pid" ] && kill "$(cat "$work/lighttpd.pid")" 2>/dev/null; rm -rf "$work"' EXIT

fixtures="$(cd "$(dirname "$0")/../MadoCoreTests/Fixtures/instagram/webhooks" && pwd)"
secret="e2e-app-secret-$$"
token="e2e-verify-token"
spool="$work/spool"
mkdir -p "$work/config" "$work/www" "$work/cgi"
# The secret sits in the config, so the file must not be readable by others.
printf '[instagram]\nverify_token = %s\napp_secret = %s\nspool = %s\n' "$token" "$secret" "$spool" > "$work/config/mado"
chmod 600 "$work/config/mado"

# The web server hands CGI programs a clean environment: a wrapper says where config and data are.
cat > "$work/cgi/webhook.cgi" <<SH
#!/bin/sh
MADO_CONFIG="$work/config/mado" XDG_DATA_HOME="$work/data" exec "$mado" webhook
SH
chmod 755 "$work/cgi/webhook.cgi"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat > "$work/lighttpd.conf" <<CONF
# As in the README: an alias to the wrapper's folder, CGI only under it.
server.modules = ("mod_alias", "mod_cgi")
server.document-root = "$work/www"
alias.url = ("/mado/" => "$work/cgi/")
server.bind = "127.0.0.1"
server.port = $port
server.errorlog = "$work/error.log"
# What CGI programs write on standard error.
server.breakagelog = "$work/cgi.log"
server.pid-file = "$work/lighttpd.pid"
\$HTTP["url"] =~ "^/mado/" { cgi.assign = (".cgi" => "") }
CONF
"$lighttpd" -tt -f "$work/lighttpd.conf" || fail "lighttpd refuses the generated config"
"$lighttpd" -f "$work/lighttpd.conf" || fail "lighttpd did not start: $(cat "$work/error.log" 2>/dev/null)"
url="http://127.0.0.1:$port/mado/webhook.cgi/instagram"
for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.05; done

fail() { echo "FAIL: $*" >&2; echo "---- lighttpd error.log ----" >&2; cat "$work/error.log" "$work/cgi.log" >&2 2>/dev/null; exit 1; }

# status METHOD URL [curl options…]: prints the HTTP status; the body goes to $work/body.
status() { curl -s -o "$work/body" -w '%{http_code}' -X "$@"; }

# Meta's verification request.
code=$(status GET "$url?hub.mode=subscribe&hub.verify_token=$token&hub.challenge=1158201444")
[ "$code" = 200 ] || fail "verification: HTTP $code ($(cat "$work/body"))"
[ "$(cat "$work/body")" = 1158201444 ] || fail "verification echoed '$(cat "$work/body")'"
type=$(curl -s -o /dev/null -w '%{content_type}' "$url?hub.mode=subscribe&hub.verify_token=$token&hub.challenge=1")
[[ "$type" == text/plain* ]] || fail "verification answered as '$type'"
code=$(status GET "$url?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1158201444")
[ "$code" = 403 ] || fail "a wrong verify token got HTTP $code"

# A signed payload is spooled; unsigned and wrongly signed ones are refused and leave nothing.
payload="$fixtures/01-batched.json"
signature="sha256=$(python3 -c 'import hashlib, hmac, sys; print(hmac.new(sys.argv[1].encode(), open(sys.argv[2], "rb").read(), hashlib.sha256).hexdigest())' "$secret" "$payload")"
code=$(status POST "$url" -H "Content-Type: application/json" -H "X-Hub-Signature-256: $signature" --data-binary "@$payload")
[ "$code" = 200 ] || fail "signed payload: HTTP $code ($(cat "$work/body"))"
code=$(status POST "$url" -H "Content-Type: application/json" --data-binary "@$fixtures/02-retried-duplicate.json")
[ "$code" = 403 ] || fail "unsigned payload: HTTP $code"
code=$(status POST "$url" -H "Content-Type: application/json" -H "X-Hub-Signature-256: $signature" --data-binary "@$fixtures/02-retried-duplicate.json")
[ "$code" = 403 ] || fail "a payload with another body's signature: HTTP $code"
head -c 1100000 /dev/zero > "$work/big"
code=$(status POST "$url" -H "X-Hub-Signature-256: $signature" --data-binary "@$work/big")
[ "$code" = 413 ] || fail "a body over 1 MB: HTTP $code"
code=$(status POST "http://127.0.0.1:$port/mado/webhook.cgi/nowhere" --data-binary "@$payload")
[ "$code" = 404 ] || fail "an unknown channel: HTTP $code"

[ "$(ls "$spool/new" | wc -l)" = 1 ] || fail "expected exactly one payload in the spool: $(ls -la "$spool/new")"
[ -z "$(ls "$spool/tmp")" ] || fail "a half-written payload was left in tmp/"
cmp -s "$payload" "$spool/new/$(ls "$spool/new")" || fail "the spooled payload differs from the one posted"
cat "$work/error.log" "$work/cgi.log" | grep -qF "$secret" && fail "the secret reached the server's log"
grep -q "X-Hub-Signature-256 does not match" "$work/cgi.log" || fail "the refusal was not logged"

# The spool is imported, and an imported payload moves to cur/.
"$mado" import instagram "$spool" --store "$work/store.sqlite" 2>"$work/import.log" || fail "import: $(cat "$work/import.log")"
grep -q "imported 12," "$work/import.log" || fail "import: $(cat "$work/import.log")"
[ -z "$(ls "$spool/new")" ] || fail "new/ is not empty after the import"
[ "$(ls "$spool/cur" | wc -l)" = 1 ] || fail "the imported payload is not in cur/"
"$mado" list --store "$work/store.sqlite" | grep -q "standby で届いたメッセージ" || fail "the conversation is not in the list: $("$mado" list --store "$work/store.sqlite")"

# --watch picks up what arrives next, without another command.
"$mado" import instagram "$spool" --watch --store "$work/store.sqlite" 2>"$work/watch.log" &
watcher=$!
trap 'kill "$watcher" 2>/dev/null; [ -f "$work/lighttpd.pid" ] && kill "$(cat "$work/lighttpd.pid")" 2>/dev/null; rm -rf "$work"' EXIT
second="$fixtures/03-hostile.json"
signature="sha256=$(python3 -c 'import hashlib, hmac, sys; print(hmac.new(sys.argv[1].encode(), open(sys.argv[2], "rb").read(), hashlib.sha256).hexdigest())' "$secret" "$second")"
code=$(status POST "$url" -H "X-Hub-Signature-256: $signature" --data-binary "@$second")
[ "$code" = 200 ] || fail "second signed payload: HTTP $code"
for _ in $(seq 100); do [ "$(ls "$spool/cur" | wc -l)" = 2 ] && break; sleep 0.1; done
[ "$(ls "$spool/cur" | wc -l)" = 2 ] || fail "--watch did not import the second payload: $(cat "$work/watch.log")"
grep -q "^imported [1-9]" "$work/watch.log" || fail "--watch: $(cat "$work/watch.log")"
echo "webhook.sh: ok"
