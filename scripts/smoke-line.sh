#!/usr/bin/env bash
# Smoke test against the real LINE Messaging API (not run in CI; it sends one real message).
# Sends one push message to a test user through mado's own code path (mado reply + mado send),
# in a throwaway store. A push counts against the account's monthly quota.
#
#   LINE_CHANNEL_TOKEN   a channel access token (LINE Developers console → your channel →
#                        Messaging API → Channel access token)
#   LINE_TEST_USER_ID    the userId of a friend of the account to write to (Basic settings →
#                        "Your user ID" is your own, which works once you have added the account)
#   MADO                 the mado binary (default: .build/debug/mado, built if missing)
#   LINE_API_BASE        only to try the script against a local fake (default: LINE's own API)
#
# Usage: LINE_CHANNEL_TOKEN=… LINE_TEST_USER_ID=U… bash scripts/smoke-line.sh ["text"]
set -euo pipefail
: "${LINE_CHANNEL_TOKEN:?set LINE_CHANNEL_TOKEN (a channel access token)}"
: "${LINE_TEST_USER_ID:?set LINE_TEST_USER_ID (the userId to send the test message to)}"
text=${1:-"mado smoke test $(date -u +%Y-%m-%dT%H:%M:%SZ)"}
cd "$(dirname "$0")/.."
mado=${MADO:-.build/debug/mado}
[ -x "$mado" ] || swift build --product mado >/dev/null
work=$(mktemp -d "${TMPDIR:-/tmp}/mado-smoke-line.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The token reaches mado through a command, as in a real setup; it is never written to the config.
printf '#!/bin/sh\nprintf "%%s\\n" "$LINE_CHANNEL_TOKEN"\n' > "$work/token"
chmod 700 "$work/token"
printf '[shop]\nname = mado smoke test\n[line]\ntoken_command = %s\n' "$work/token" > "$work/config"
[ -n "${LINE_API_BASE:-}" ] && printf 'api_base = %s\n' "$LINE_API_BASE" >> "$work/config"
export MADO_CONFIG="$work/config"
store="$work/store.sqlite"

# An old message from the test user (no fresh reply token), so the answer goes as a push.
cat > "$work/event.json" <<JSON
{"destination":"smoke","events":[{"type":"message","timestamp":1000000000000,"source":{"type":"user","userId":"$LINE_TEST_USER_ID"},
"webhookEventId":"smoke-$(date +%s)","deliveryContext":{"isRedelivery":false},"message":{"id":"0","type":"text","text":"(smoke test)"}}]}
JSON
"$mado" import line "$work/event.json" --store "$store"
"$mado" agent add smoke --name "Smoke Test" --store "$store" >/dev/null
id=$("$mado" list --store "$store" --json | python3 -c 'import json, sys; print(json.load(sys.stdin)["conversations"][0]["id"])')
printf '%s\n' "$text" > "$work/body"
"$mado" reply "$id" --body-file "$work/body" --agent smoke --store "$store" --send
if "$mado" send --list --store "$store" 2>&1 | grep -qi failed; then
  "$mado" send --list --store "$store"
  echo "smoke-line: FAILED" >&2
  exit 1
fi
echo "smoke-line: sent one push message to $LINE_TEST_USER_ID"
