#!/usr/bin/env bash
# Two processes change one conversation at the same time: every change lands and the audit log
# has each of them. Usage: concurrency.sh PATH/TO/mado
mado=$1
. "$(dirname "$0")/lib.sh"

store="$work/shared.sqlite"
"$mado" demo --store "$store" --no-open 2>/dev/null
id=1
for who in hanako ken; do
  (
    for i in $(seq 1 25); do "$mado" tag "$who-$i" "$id" --store "$store" --agent "$who" >/dev/null || exit 1; done
  ) &
done
wait
tags=$(sqlite3 "$store" "SELECT count(*) FROM conversation_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.conversation_id = $id AND (t.name LIKE 'hanako-%' OR t.name LIKE 'ken-%')")
[ "$tags" = "50" ] || fail "expected 50 tags from two processes, found $tags"
events=$(sqlite3 "$store" "SELECT actor, count(*) FROM events WHERE conversation_id = $id AND kind = 'tag' GROUP BY actor ORDER BY actor" | tr '\n' ' ')
[ "$events" = "hanako|25 ken|25 " ] || fail "audit events per agent: $events"
echo "e2e concurrency: ok"
