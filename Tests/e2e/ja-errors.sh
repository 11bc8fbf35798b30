#!/usr/bin/env bash
# Errors in Japanese, at 80×24 (issue 13 item 12): under LANG=ja_JP.UTF-8 a broken theme, a reply
# the mail command refuses (on the status line and under the reply in the thread) and mado's own
# last line are said in Japanese, with the file, line, command and exit code kept; nothing English
# is left of them. Usage: ja-errors.sh PATH/TO/mado
mado=$1
. "$(dirname "$0")/lib.sh"

store="$work/ja.sqlite"
"$mado" demo --store "$store" --no-open 2>/dev/null
demo_shop_config
printf 'selected = black on cyan\nwaiting.overdue = mauve\n' > "$work/bad.theme"
# The mail command refuses, as a real MTA does when it cannot queue.
cat > "$work/sendmail" <<'SH'
#!/bin/sh
cat > /dev/null
echo '451 4.3.0 queue full' >&2
exit 75
SH
# The editor adds a line above the quote.
cat > "$work/editor" <<'SH'
#!/bin/sh
{ printf 'ご連絡ありがとうございます。\n'; cat "$1"; } > "$1.new" && mv "$1.new" "$1"
SH
chmod +x "$work/sendmail" "$work/editor"

start 80 24 "env TERM=xterm-256color LANG=ja_JP.UTF-8 HOME=$work EDITOR=$work/editor MADO_SENDMAIL='$work/sendmail -t -i' $mado --store $store --agent hanako --theme $work/bad.theme"
wait_for "[1 受信箱"
# The theme's problem is on the status line; :messages shows it whole.
keys ':' messages Enter
wait_for "テーマ $work/bad.theme:2: waiting.overdue:"
wait_for "知らない色「mauve」です"
screen | grep -q "unknown colour\|using the built-in" && fail "the theme problem is in English"
keys Escape

# A reply to 山田 太郎 that sendmail will not take.
keys ':' "search from:taro.yamada channel:email status:open" Enter
wait_for "山田 太郎"
keys Enter
wait_for "スレッド #"
keys r
wait_for "返信の確認 — メール"
keys y
wait_for "送信できませんでした"
keys ':' messages Enter
wait_for "「$work/sendmail -t -i」が終了コード 75"
wait_for "「451 4.3.0 queue full」"
screen | grep -q "exited with" && fail "the send failure is in English"
keys Escape
# Under the reply in the thread: not sent, why, and what to do.
for _ in 1 2 3 4 5 6; do
  screen | grep -qF "未送信: 「$work/sendmail" && break
  keys NPage
  sleep 0.2
done
wait_for "未送信: 「$work/sendmail"
screen | grep -q "not sent" && fail "the thread's mark is in English"
keys Q
wait_for "MADO-EXITED 0"

# mado's last line, in Japanese under a Japanese locale and in English otherwise.
said=$(LANG=ja_JP.UTF-8 "$mado" list --store "$work/nowhere.sqlite" 2>&1 >/dev/null) && fail "list on a missing store succeeded"
[ "$said" = "mado: ストア $work/nowhere.sqlite がありません。" ] || fail "the Japanese last line is: $said"
said=$(LANG=C.UTF-8 "$mado" list --store "$work/nowhere.sqlite" 2>&1 >/dev/null) && fail "list on a missing store succeeded"
[ "$said" = "mado: No store at $work/nowhere.sqlite." ] || fail "the English last line is: $said"
echo "ja-errors: ok"
