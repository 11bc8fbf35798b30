#!/usr/bin/env bash
# End to end at 80×24: `:report 30` draws the figures and bars, j/k choose one (down to the backlog), ? lists the report keys, Enter lists the
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

# ?: the report's own keys (not the list's), on 24 rows; Esc closes the help, the report stays.
keys '?'
wait_for "Report (0 or :report DAYS)"
screen | grep -qF "list the conversations behind the figure" || fail "the help says what Enter does on the report"
screen | grep -qF "Conversation list" && fail "the help is about the report, not the list"
[ "$(screen | wc -l)" -le 24 ] || fail "the help fits 24 rows"
keys Escape
wait_for "▸First response (business hours)"

# G: the backlog, the last line; Enter lists the conversations still open at the end of the period.
keys G
wait_for "▸Backlog (end of day)"
open_at_end=$(sqlite3 "$store" "SELECT count(DISTINCT conversation_id) FROM segments
  WHERE started_at < strftime('%s', '$until') AND (closed_at IS NULL OR closed_at >= strftime('%s', '$until'))")
[ "$open_at_end" -gt 0 ] || fail "the demo store should have open conversations"
screen | grep -E "^▸Backlog \(end of day\) .* $open_at_end *\$" >/dev/null || fail "the backlog line ends with the $open_at_end open at the end"
keys Enter
wait_for "# Open at the end 1/$open_at_end"
keys Escape
wait_for "▸Backlog (end of day)"
# k: CSAT; k k k: closed without reply. With nothing behind a figure, Enter says so and the report stays.
keys k
wait_for "▸CSAT average"
without=$(sqlite3 "$store" "SELECT count(DISTINCT conversation_id) FROM segments WHERE replies = 0
  AND closed_at >= strftime('%s', '$since') AND closed_at < strftime('%s', '$until')")
keys k k k
wait_for "▸Closed without reply $without"
keys Enter
if [ "$without" -eq 0 ]; then
  wait_for "No conversations behind this figure"
  screen | grep -qF "Report — last 30 days" || fail "the report stays when nothing is behind a figure"
else
  wait_for "# Closed without reply 1/$without"
  keys Escape
  wait_for "▸Closed without reply"
fi
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
