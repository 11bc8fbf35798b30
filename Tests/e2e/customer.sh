#!/usr/bin/env bash
# End to end at 80×24: the customer pane beside a demo conversation — identities and the orders
# imported from a Shopify export; m merges another customer through the picker, u undoes it; the
# store is checked with sqlite3 after each step. Usage: customer.sh PATH/TO/mado
mado=$1
. "$(dirname "$0")/lib.sh"

store="$work/customer.sqlite"
"$mado" demo --store "$store" --no-open 2>/dev/null
q() { sqlite3 "$store" "$1"; }
taro=$(q "SELECT customer_id FROM identities WHERE address = 'taro.yamada@example.jp'")
emma=$(q "SELECT customer_id FROM identities WHERE address = 'emma.wilson@example.com'")
[ -n "$taro" ] && [ -n "$emma" ] || fail "the demo store has 山田 太郎 and Emma Wilson"

# A small Shopify orders export, as Shopify writes it (columns by name, a two-line-item order,
# an address in other case), for two demo customers.
cat > "$work/orders.csv" <<'CSV'
Name,Email,Financial Status,Fulfillment Status,Currency,Total,Created at,Lineitem quantity,Lineitem name,Lineitem price
#2001,Taro.Yamada@example.jp,paid,fulfilled,JPY,5500.00,2026-11-20 10:00:00 +0900,1,ドライフラワー ブーケ M,5500.00
#2002,emma.wilson@example.com,paid,unfulfilled,JPY,7700.00,2026-11-27 15:30:00 +0900,1,Eucalyptus swag,4400.00
#2002,emma.wilson@example.com,,,,,2026-11-27 15:30:00 +0900,1,"Vase ""Mizu"", clear",3300.00
CSV
"$mado" import orders "$work/orders.csv" --store "$store" >/dev/null
[ "$(q "SELECT customer_id FROM orders WHERE name = '#2001'")" = "$taro" ] || fail "#2001 belongs to 山田 太郎"
[ "$(q "SELECT customer_id FROM orders WHERE name = '#2002'")" = "$emma" ] || fail "#2002 belongs to Emma"

start 80 24 "env TERM=xterm-256color LANG=C.UTF-8 $mado --store $store --agent hanako"
wait_for "[1 Inbox"
# 山田 太郎's open conversation about order #1187 is the oldest waiting one: the first row.
screen | sed -n 3p | grep -qF "山田 太郎" || fail "山田 太郎 is on the first row"
keys Tab Tab
wait_for "Customer: 山田 太郎"
wait_for "✉ taro.yamada@example.jp"
wait_for "IG @taro_yamada88"
wait_for "Orders (1)"
wait_for "#2001 2026-11-20"
wait_for "5500.00 JPY paid fulfilled"
wait_for "All conversations (3)"
[ "$(screen | wc -l)" -le 24 ] || fail "fits 24 rows"

# m: the picker searches every customer; typing narrows it to Emma; Enter merges her in.
keys m
wait_for "Merge into this customer"
keys "Emma"
wait_for "#$emma Emma Wilson · emma.wilson@example.com, @emmaw.makes"
keys Enter
wait_for "Merged #$emma into 山田 太郎 (2 identities, 2 conversations, 1 order)"
wait_for "✉ emma.wilson@example.com"
wait_for "IG @emmaw.makes"
wait_for "name: Emma Wilson"
wait_for "Orders (2)"
wait_for "All conversations (5)"
[ "$(q "SELECT count(*) FROM identities WHERE customer_id = $taro")" = "4" ] || fail "four identities on 山田 太郎 after the merge"
[ "$(q "SELECT count(*) FROM identities WHERE customer_id = $emma")" = "0" ] || fail "none left on Emma"
[ "$(q "SELECT customer_id FROM orders WHERE name = '#2002'")" = "$taro" ] || fail "Emma's order moved with her"
[ "$(q "SELECT count(*) FROM conversations WHERE customer_id = $taro")" = "5" ] || fail "five conversations on 山田 太郎"
[ "$(q "SELECT count(*) FROM customer_merges WHERE keep_id = $taro AND other_id = $emma AND undone_at IS NULL AND actor = 'hanako'")" = "1" ] \
  || fail "the merge is in the journal"

# u right after: everything that moved goes back.
keys u
wait_for "Merge undone (2 identities, 2 conversations, 1 order back)"
wait_for "Orders (1)"
screen | grep -qF "emma.wilson@example.com" && fail "Emma's address left the pane"
[ "$(q "SELECT count(*) FROM identities WHERE customer_id = $taro")" = "2" ] || fail "two identities on 山田 太郎 after the undo"
[ "$(q "SELECT count(*) FROM identities WHERE customer_id = $emma")" = "2" ] || fail "Emma has her two back"
[ "$(q "SELECT customer_id FROM orders WHERE name = '#2002'")" = "$emma" ] || fail "Emma's order went back to her"
[ "$(q "SELECT count(*) FROM conversations WHERE customer_id = $emma")" = "2" ] || fail "Emma's conversations went back"
[ "$(q "SELECT count(*) FROM customer_merges WHERE undone_at IS NOT NULL AND undone_by = 'hanako'")" = "1" ] || fail "the journal says it was undone"

# Esc: back to the thread the pane was entered from; q to the list; q quits (each waited for,
# so that q is not read as Alt-q).
keys Escape
wait_for "Thread #"
keys q
wait_for "Customer       Subject"
keys q
wait_for "MADO-EXITED 0"
echo "e2e customer: ok"
