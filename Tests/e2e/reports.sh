#!/usr/bin/env bash
# End to end at 80×24: `:report 30` draws the figures and bars, j/k choose one, Enter lists the
# conversations behind it, Esc comes back to the report; and `mado report --json` over the same
# days gives the numbers the screen showed. Usage: reports.sh PATH/TO/mado
mado=$1
. "$(dirname "$0")/lib.sh"

store="$work/reports.sqlite"
"$mado" demo --store "$store" --no-open 2>/dev/null

# The screen's 30 days end at the start of tomorrow (UTC here: no [hours] zone is set).
export TZ=UTC
until=$(date -u -d tomorrow +%F)
since=$(date -u -d "$until -30 days" +%F)
json=$("$mado" report --store "$store" --since "$since" --until "$until" --json)
total() { jq -r ".report.total.$1" <<<"$json"; }
received=$(total received); replied=$(total replied); closed=$(total closed)
fastest=$(total 'firstResponse.business.buckets[0]')
[ "$replied" -gt 0 ] && [ "$fastest" -gt 0 ] || fail "the demo store should have first responses in 30 days (json: $(total firstResponse))"

start 80 24 "env TERM=xterm-256color LANG=C.UTF-8 $mado --store $store --agent hanako"
wait_for "[1 Inbox"
keys : "report 30" Enter
wait_for "Report — last 30 days"
wait_for "Received $received  Replied $replied  Closed $closed"
wait_for "First response (business hours)"
wait_for "n=$replied"
screen | grep -E "^ +0-1h +█+ $fastest\$" >/dev/null || fail "a bar of $fastest first responses within the hour"
screen | grep -qF "Resolution (business hours)" || fail "the resolution figures"
screen | grep -qF "Backlog (end of day)" || fail "the backlog sparkline"
[ "$(screen | wc -l)" -le 24 ] || fail "fits 24 rows"
# The cursor starts on the volumes line.
screen | grep -qE "^▸Received $received" || fail "the first figure is under the cursor"

# j j: the 0-1h bar of first responses; Enter lists the conversations behind it.
keys j j
wait_for "▸  0-1h"
keys Enter
wait_for "# First response 0-1h 1/$fastest"
screen | grep -qF "Report — last" && fail "the list replaces the report"
# Esc: the report again, with the same figure under the cursor.
keys Escape
wait_for "Report — last 30 days"
wait_for "▸  0-1h"
screen | grep -qF "# First response" && fail "the list is gone"

# k: the first-response line itself (all replied conversations).
keys k
wait_for "▸First response (business hours)"
keys Enter
wait_for "# First response 1/"
listed=$(screen | sed -n 's/.*# First response 1\/\([0-9]*\).*/\1/p' | head -1)
distinct=$(sqlite3 "$store" "SELECT count(DISTINCT conversation_id) FROM segments
  WHERE first_response_at >= strftime('%s', '$since') AND first_response_at < strftime('%s', '$until')")
[ "$listed" = "$distinct" ] || fail "the list has $listed conversations, the store $distinct behind 'replied'"
keys Escape
wait_for "Report — last 30 days"
keys q
wait_for "[1 Inbox"
# 0 opens it again, like a view number.
keys 0
wait_for "Report — last 30 days"
wait_for "Received $received  Replied $replied"
keys q
wait_for "Customer       Subject"
keys q
wait_for "MADO-EXITED 0"
echo "e2e reports: ok"
