#!/usr/bin/env bash
# Benchmark (not a test): how long opening a store from before the channel seam takes, when
# schema step 14 rebuilds identities, conversations, messages and outbox without their
# CHECK (channel IN …) lists (SQLite's 12-step table change; the whole messages table, raw mail
# included, is copied once). Prints the time, the store's size before and after, and checks
# integrity, foreign keys and row counts.
#   bash scripts/bench-migrate.sh [N]      (default 100000 conversations; a debug build)
# The old store is made from a generated one by putting the CHECKs back (python3's sqlite3), the
# reverse of step 14, and setting user_version to 13.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
swift build --product mado >/dev/null
mado=.build/debug/mado
out=${BENCH_DIR:-bench-out}
mkdir -p "$out"
fresh="$out/migrate-$n-current.sqlite"
old="$out/migrate-$n-v13.sqlite"
[ -f "$fresh" ] || "$mado" demo --conversations "$n" --store "$fresh" --no-open
rm -f "$old" "$old-wal" "$old-shm"
sqlite3 "$fresh" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
cp "$fresh" "$old"
python3 - "$old" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA foreign_keys = OFF")
db.execute("BEGIN")
for table in ["identities", "conversations", "messages", "outbox"]:
    sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()[0]
    dependents = [r[0] for r in db.execute("SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL", (table,))]
    head = sql.split("(", 1)
    old = "CREATE TABLE old_%s (" % table + head[1].replace("channel TEXT NOT NULL,", "channel TEXT NOT NULL CHECK (channel IN ('email', 'instagram')),", 1)
    assert old != sql
    db.execute(old)
    columns = ", ".join('"%s"' % r[1] for r in db.execute("SELECT * FROM pragma_table_xinfo(?)", (table,)) if r[6] == 0)
    db.execute("INSERT INTO old_%s (%s) SELECT %s FROM %s" % (table, columns, columns, table))
    db.execute("DROP TABLE %s" % table)
    db.execute("ALTER TABLE old_%s RENAME TO %s" % (table, table))
    for dependent in dependents:
        db.execute(dependent)
for table, column in [("identities", "language"), ("agents", "signature_line")]:
    if any(r[1] == column for r in db.execute("SELECT * FROM pragma_table_info(?)", (table,))):
        db.execute("ALTER TABLE %s DROP COLUMN %s" % (table, column))
db.execute("PRAGMA user_version = 13")
db.execute("COMMIT")
PY
count() { sqlite3 "$1" "SELECT (SELECT count(*) FROM conversations) || ' conversations, ' || (SELECT count(*) FROM messages) || ' messages, ' || (SELECT count(*) FROM identities) || ' identities'"; }
before=$(count "$old")
size_before=$(du -m "$old" | cut -f1)
start=$(date +%s.%N)
"$mado" list --store "$old" --limit 1 >/dev/null 2>&1
end=$(date +%s.%N)
sqlite3 "$old" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
after=$(count "$old")
[ "$before" = "$after" ] || { echo "bench-migrate: rows changed: $before → $after" >&2; exit 1; }
[ "$(sqlite3 "$old" "PRAGMA integrity_check")" = ok ] || { echo "bench-migrate: integrity_check failed" >&2; exit 1; }
[ -z "$(sqlite3 "$old" "PRAGMA foreign_key_check")" ] || { echo "bench-migrate: foreign_key_check failed" >&2; exit 1; }
printf 'bench-migrate: %s; schema 13 → %s in %.1f s; store %s MB before, %s MB after; integrity ok\n' \
  "$after" "$(sqlite3 "$old" "PRAGMA user_version")" "$(awk "BEGIN { print $end - $start }")" "$size_before" "$(du -m "$old" | cut -f1)"
