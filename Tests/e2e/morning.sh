#!/usr/bin/env bash
# A morning at the counter, at 80×24 in Japanese (issue 13, "must hold when done"): open the demo
# shop, read three conversations with J, snooze one 明日 10時, search 返品 and leave it with Esc,
# answer an email with a Japanese template in a real vim, answer an Instagram DM on two lines, close
# both, undo one close, quit — then check the store, the mail that left and the Send API request.
# Usage: morning.sh PATH/TO/mado
mado=$1
. "$(dirname "$0")/lib.sh"
command -v vim >/dev/null || { echo "e2e morning: vim is not installed (CI installs it)"; exit 1; }
command -v sqlite3 >/dev/null || { echo "e2e morning: sqlite3 is not installed (CI installs it)"; exit 1; }

store="$work/morning.sqlite"
"$mado" demo --store "$store" --no-open 2>/dev/null
demo_shop_config   # Flourist, support@flourist.example.jp, Asia/Tokyo
cat > "$work/sendmail" <<SH
#!/bin/sh
cat > "$work/sent-\$\$.eml"
SH
cat > "$work/ig-send" <<SH
#!/bin/sh
cat > "$work/request.json"
echo '{"recipient_id":"1","message_id":"m_1"}'
SH
chmod +x "$work/sendmail" "$work/ig-send"

# Japanese comes from LANG. When ja_JP.UTF-8 is not installed (a bare Debian) mado falls back to
# C.UTF-8 for the screen and the editor, and says so in Japanese: both cases are a real morning.
start 80 24 "env TERM=xterm-256color LANG=ja_JP.UTF-8 HOME=$work EDITOR='vim -u NONE -N' MADO_SENDMAIL='$work/sendmail -t -i' MADO_INSTAGRAM_SEND=$work/ig-send $mado --store $store --agent hanako"
wait_for "[1 受信箱"
wait_for "▶"
if ! locale -a 2>/dev/null | grep -qiE '^ja_JP\.utf-?8$'; then
  wait_for "ロケール ja_JP.UTF-8 はこのマシンにないため、画面とエディタは C.UTF-8"
fi
screen | grep -q "Locale" && fail "the locale note is in English"

# The conversation open in the reader ("スレッド #12 · 山田 太郎").
thread_id() { screen | grep -oE "スレッド #[0-9]+" | head -1 | tr -dc 0-9; }
# wait_thread_other ID: the reader shows a conversation other than ID; prints the new one.
wait_thread_other() {
  local i=0 id
  while (( i < 200 )); do
    id=$(thread_id)
    if [ -n "$id" ] && [ "$id" != "${1:-}" ]; then echo "$id"; return 0; fi
    sleep 0.05
    i=$((i + 1))
  done
  fail "the reader did not move on from #${1:-none}"
}
# select_row TEXT: on the list, moves the cursor from the top down to the row showing TEXT.
select_row() {
  local i
  wait_for "お客様         件名"
  keys g
  sleep 0.2
  for i in $(seq 1 30); do
    screen | grep "▶" | head -1 | grep -qF -- "$1" && return 0
    keys j
    sleep 0.1
  done
  fail "no row with '$1' in the list"
}

# Read three conversations: the first with Enter, the next two with J.
keys Enter
first=$(wait_thread_other "")
keys J
second=$(wait_thread_other "$first")
keys J
third=$(wait_thread_other "$second")

# Snooze the third: 明日 10時 typed in the snooze picker is offered first, in Japanese.
keys s
wait_for "入力も可"
keys "明日 10時"
wait_for "→ 明日 10:00"
keys Enter
wait_for "スヌーズしました（1件）"

# Search 返品, then Esc goes back to the inbox.
keys /
keys "返品" Enter
wait_for "/返品  2件  Esc 戻る"
keys Escape
wait_for "[1 受信箱"
screen | grep -q "/返品  2件" && fail "Esc did not leave the search results"

# An email: 高橋 健一's broken vase. Reply in vim, then the suggested Japanese template (t).
select_row "高橋 健一"
keys Enter
wait_for "【至急】商品が破損して届きました"
email=$(thread_id)
keys r
wait_for "> 追記です。割れた状態の写真を3枚添付いたします。"
keys Escape ':wq' Enter
wait_for "返信の確認 — メール"
keys t
wait_for "★ damaged-item (ja)"
screen | grep "▶" | grep -q "damaged-item (ja)" || fail "the template matching 破損 is not offered first"
keys Enter
wait_for "このたびは商品が破損した状態で届き"
wait_for "高橋 健一 様"
# … and a line of her own in vim, below the template's apology.
keys e
wait_for "このたびは商品が破損した状態で届き"
keys Escape gg '/お写真' Enter O "割れた花瓶の件、確認いたしました。" Escape ':wq' Enter
wait_for "返信の確認 — メール"
wait_for "割れた花瓶の件、確認いたしました。"
# c sends, then closes.
keys c
wait_for "返信を送信しました。 完了にしました（1件）"

# An Instagram DM: yui.hygge's wreath, answered on two lines (Ctrl-J), sent and closed.
keys Escape
wait_for "[1 受信箱"
select_row "yui.hygge"
keys Enter
wait_for "Instagram · 未対応"
dm=$(thread_id)
keys r
wait_for "DM>"
keys "はい、お作りできます" C-j "明日発送します"
wait_for "明日発送します"
keys Enter
wait_for "返信の確認 — Instagram"
keys c
wait_for "返信を送信しました。 完了にしました（1件）"

# u undoes the last close (the DM's), not the email's.
keys u
wait_for "1件を元に戻しました"
keys Q
wait_for "MADO-EXITED 0"

# The store.
q() { sqlite3 "$store" "$1"; }
for id in "$first" "$second" "$third"; do
  [ "$(q "SELECT unread FROM conversations WHERE id = $id")" = "0" ] || fail "conversation $id read with J is still unread"
done
[ "$(q "SELECT status FROM conversations WHERE id = $email")" = "closed" ] || fail "the email conversation $email is not closed"
[ "$(q "SELECT status FROM conversations WHERE id = $dm")" = "open" ] || fail "the DM $dm was not reopened by u"
python3 - "$(q "SELECT snoozed_until FROM conversations WHERE id = $third")" <<'PY' || fail "conversation $third does not wake at 10:00 tomorrow in Tokyo"
import sys, datetime, zoneinfo
tokyo = zoneinfo.ZoneInfo("Asia/Tokyo")
tomorrow = datetime.datetime.now(tokyo).date() + datetime.timedelta(days=1)
expected = int(datetime.datetime(tomorrow.year, tomorrow.month, tomorrow.day, 10, 0, tzinfo=tokyo).timestamp())
assert sys.argv[1] == str(expected), (sys.argv[1], expected)
PY
# The audit trail, in order, all by hanako: the snooze, the email's close, the DM's close and reopen.
events=$(q "SELECT conversation_id || ' ' || kind || ' ' || coalesce(before, '-') || ' ' || coalesce(after, '-') || ' ' || actor FROM events ORDER BY id")
expected_events=$(python3 - "$third" "$email" "$dm" "$(q "SELECT snoozed_until FROM conversations WHERE id = $third")" <<'PY'
import sys, datetime
third, email, dm, wake = sys.argv[1:5]
iso = datetime.datetime.fromtimestamp(int(wake), datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
print(f"{third} snooze - {iso} hanako")
print(f"{email} status open closed hanako")
print(f"{dm} status open closed hanako")
print(f"{dm} status closed open hanako")
PY
)
[ "$events" = "$expected_events" ] || fail "audit events:
$events
expected:
$expected_events"
[ "$(q "SELECT count(*) FROM outbox WHERE state = 'sent'")" = "2" ] || fail "two replies are recorded as sent"

# The mail that left: the template in Japanese, from Hanako at the shop, to 高橋 健一.
customer_address=$(q "SELECT i.address FROM identities i JOIN conversations c ON c.customer_id = i.customer_id WHERE c.id = $email AND i.channel = 'email' LIMIT 1")
python3 - "$customer_address" "$work"/sent-*.eml <<'PY' || fail "the mail sendmail got is not the reply written"
import sys, email
from email import policy
address, files = sys.argv[1], sys.argv[2:]
assert len(files) == 1, files
mail = email.message_from_bytes(open(files[0], "rb").read(), policy=policy.default)
assert mail["From"].addresses[0].addr_spec == "hanako@flourist.example.jp", mail["From"]
assert mail["From"].addresses[0].display_name == "Hanako Sato (Flourist)", mail["From"]
assert mail["Reply-To"].addresses[0].addr_spec == "support@flourist.example.jp", mail["Reply-To"]
assert mail["To"].addresses[0].addr_spec == address, (mail["To"], address)
assert mail["To"].addresses[0].display_name == "高橋 健一", mail["To"]
assert mail["Subject"] == "Re: 【至急】商品が破損して届きました", mail["Subject"]
body = mail.get_content()
assert body.startswith("高橋 健一 様\n"), body[:80]
for words in ["このたびは商品が破損した状態で届き、大変申し訳ございません。FlouristのHanako Satoです。",
              "割れた花瓶の件、確認いたしました。", "> 追記です。割れた状態の写真を3枚添付いたします。"]:
    assert words in body, (words, body)
assert body.index("割れた花瓶の件") < body.index("お写真をお送りいただき"), "the line from vim is where it was typed"
assert "{{" not in body, body
PY

# The Instagram request: the two lines as typed, then the signature.
python3 - "$work/request.json" <<'PY' || fail "the Send API request is not the two lines typed"
import json, sys
request = json.load(open(sys.argv[1]))
text = request["message"]["text"]
assert text.startswith("はい、お作りできます\n明日発送します\n"), repr(text)
PY
echo "e2e morning: ok"
