#!/usr/bin/env bash
# Sends ONE real Instagram direct message through Meta's Send API, the way the inbox does, to check
# that a token and an account work end to end. Not part of `swift test` or CI: it needs real
# credentials and reaches graph.facebook.com.
#
#   MADO_SMOKE_IG_TOKEN=EAAG…            a Page (or Instagram) access token with instagram_manage_messages
#   MADO_SMOKE_IG_RECIPIENT=1234567890   the Instagram-scoped id of a TEST account that wrote to the shop
#                                        within the last 7 days (its id is in any webhook payload's sender.id)
#   MADO_SMOKE_IG_API_BASE=…             optional; default https://graph.facebook.com/v21.0
#   bash scripts/smoke-instagram.sh ["text to send"]
#
# The token is read from the environment by a tiny token_command in a private temporary folder, the
# way `pass show …` would print it: it is never written to a file, a config or the store, and mado
# never prints it. The store, config and spool are temporary and removed at the end.
# Prints `sent 1, failed 0` and the reply's Instagram message id, or the API's error in words with its code.
set -u
: "${MADO_SMOKE_IG_TOKEN:?set MADO_SMOKE_IG_TOKEN (see the top of this script)}"
: "${MADO_SMOKE_IG_RECIPIENT:?set MADO_SMOKE_IG_RECIPIENT (see the top of this script)}"
case "$MADO_SMOKE_IG_RECIPIENT" in *[!0-9]*) echo "smoke-instagram: MADO_SMOKE_IG_RECIPIENT must be the numeric scoped id" >&2; exit 2 ;; esac
text=${1:-"mado smoke test $(date -u +%Y-%m-%dT%H:%M:%SZ)"}
root=$(cd "$(dirname "$0")/.." && pwd)
swift build --package-path "$root" >/dev/null || { echo "smoke-instagram: build failed" >&2; exit 1; }
mado="$root/.build/debug/mado"
umask 077
work=$(mktemp -d /tmp/mado-smoke-ig.XXXXXX)
trap 'rm -rf "$work"' EXIT
export HOME="$work" MADO_CONFIG="$work/config" XDG_DATA_HOME="$work/data" LANG=C.UTF-8 MADO_AGENT=smoke
store="$work/store.sqlite"

# token_command runs without a shell; this one prints the token from the environment it inherits.
printf '#!/bin/sh\nprintf "%%s\\n" "$MADO_SMOKE_IG_TOKEN"\n' >"$work/print-token"
chmod 700 "$work/print-token"
{
    echo "[instagram]"
    echo "token_command = $work/print-token"
    [ -n "${MADO_SMOKE_IG_API_BASE:-}" ] && echo "api_base = $MADO_SMOKE_IG_API_BASE"
} >"$MADO_CONFIG"

# The customer's message that opens the messaging window, as the webhook would bring it (now).
now_ms=$(($(date +%s) * 1000))
cat >"$work/opening.json" <<JSON
{"object": "instagram", "entry": [{"id": "0", "time": $now_ms, "messaging": [
  {"sender": {"id": "$MADO_SMOKE_IG_RECIPIENT"}, "recipient": {"id": "0"}, "timestamp": $now_ms,
   "message": {"mid": "smoke-opening-$now_ms", "text": "(smoke test: opens the window)"}}]}]}
JSON
"$mado" import instagram "$work/opening.json" --store "$store" 2>/dev/null || { echo "smoke-instagram: import failed" >&2; exit 1; }
"$mado" agent add smoke --name "Smoke Test" --store "$store" >/dev/null || exit 1
id=$("$mado" list --store "$store" --json | jq -r '.conversations[0].id')
printf '%s\n' "$text" >"$work/body.txt"
"$mado" reply "$id" --body-file "$work/body.txt" --store "$store" >/dev/null || { echo "smoke-instagram: reply was refused" >&2; exit 1; }
"$mado" send --store "$store"
status=$?
# Sent: Instagram's message id replaces the local one. Not sent: mado send said why on stderr.
"$mado" show "$id" --store "$store" --json | jq -r '.conversations[0].messages[] | select(.direction == "out") | "reply \(.external_id)"'
exit $status
