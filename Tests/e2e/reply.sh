#!/usr/bin/env bash
# End to end: reply from the inbox with a fake $EDITOR and a fake sendmail; a second agent sees
# "is replying" while the editor is open and is asked before replying too.
# Usage: reply.sh PATH/TO/mado
mado=$1
. "$(dirname "$0")/lib.sh"

store="$work/reply.sqlite"
"$mado" demo --store "$store" --no-open 2>/dev/null
demo_shop_config

# The fake editor writes the reply above the quote, once the test lets it finish.
cat > "$work/editor" <<'SH'
#!/bin/sh
while [ ! -f "$RELEASE" ]; do sleep 0.05; done
{ printf '山田 太郎 様\n\nご連絡ありがとうございます。本日、再配達を手配いたしました。\n'; cat "$1"; } > "$1.new" && mv "$1.new" "$1"
SH
chmod +x "$work/editor"
# The fake sendmail keeps exactly what it is given, and its arguments.
cat > "$work/sendmail" <<SH
#!/bin/sh
printf '%s\n' "\$@" > "$work/sendmail.args"
cat > "$work/sent.eml"
SH
chmod +x "$work/sendmail"

conversation=$("$mado" search "from:taro.yamada status:open channel:email" --store "$store" --json | sed -n 's/^ *"id" : \([0-9]*\),*$/\1/p' | head -1)
[ -n "$conversation" ] || fail "no open email conversation from 山田 太郎 in the demo"

start 120 32 "env TERM=xterm-256color LANG=C.UTF-8 EDITOR=$work/editor RELEASE=$work/release MADO_SENDMAIL='$work/sendmail -t -i' $mado --store $store --agent hanako"
wait_for "[1 Inbox"
keys ':' "search from:taro.yamada channel:email status:open" Enter
wait_for "Thread #$conversation"
keys r

# While Hanako's editor is open, Ken (another login) sees it and is asked before replying.
t -f /dev/null new-session -d -s ken -x 120 -y 32 "env TERM=xterm-256color LANG=C.UTF-8 $mado --store $store --agent ken; sleep 60"
ken() { t capture-pane -p -t ken; }
for _ in $(seq 1 100); do ken | grep -qF "[1 Inbox" && break; sleep 0.05; done
t send-keys -t ken ':' "search from:taro.yamada channel:email status:open" Enter
for _ in $(seq 1 60); do ken | grep -qF "Hanako Sato is replying" && break; sleep 0.05; done
ken | grep -qF "Hanako Sato is replying" || { ken >&2; fail "Ken does not see that Hanako is replying"; }
t send-keys -t ken r
for _ in $(seq 1 60); do ken | grep -qF "Reply anyway? (y/n)" && break; sleep 0.05; done
ken | grep -qF "Reply anyway? (y/n)" || { ken >&2; fail "Ken was not asked before a second reply"; }
t send-keys -t ken n

# Hanako finishes writing: the confirm screen shows the message; c sends it and closes.
touch "$work/release"
wait_for "Check your reply"
wait_for "Subject: Re: ご注文 #1187 の配送状況について"
wait_for "本日、再配達を手配いたしました。"
keys c
wait_for "Reply sent."

[ -f "$work/sent.eml" ] || fail "the fake sendmail received nothing"
grep -qx -- "-t" "$work/sendmail.args" || fail "sendmail was not run with -t"
grep -q "taro" "$work/sendmail.args" && fail "a recipient reached the command line"
python3 - "$work/sent.eml" <<'PY' || fail "the delivered mail is not right"
import sys, email
from email import policy
raw = open(sys.argv[1], 'rb').read()
msg = email.message_from_bytes(raw, policy=policy.default)
sender = msg['From'].addresses[0]
# Hanako's own address is in the shop's domain: it is the From, and answers come back to the shop.
assert (sender.display_name, sender.addr_spec) == ('Hanako Sato (Flourist)', 'hanako@flourist.example.jp'), msg['From']
assert msg['Reply-To'].addresses[0].addr_spec == 'support@flourist.example.jp', msg['Reply-To']
assert msg['Message-ID'].rstrip('>').endswith('@flourist.example.jp'), msg['Message-ID']
assert msg['To'].addresses[0].addr_spec == 'taro.yamada@example.jp', msg['To']
assert str(msg['Subject']) == 'Re: ご注文 #1187 の配送状況について', msg['Subject']
assert msg['In-Reply-To'] and msg['References'] and msg['Message-ID'] and msg['Date'], 'threading headers'
body = msg.get_content()
assert body.startswith('山田 太郎 様\n\nご連絡ありがとうございます。'), body[:80]
assert '\n-- \nHanako Sato\nFlourist\n' in body, body
assert '山田 太郎 様:\n> Flourist ご担当者様' in body, body
assert all(len(line) <= 998 for line in raw.split(b'\n'))
PY

row=$(sqlite3 "$store" "SELECT status, first_response_at IS NOT NULL, waiting_since IS NULL FROM conversations WHERE id = $conversation")
[ "$row" = "closed|1|1" ] || fail "conversation $conversation after the reply: $row"
[ "$(sqlite3 "$store" "SELECT state FROM outbox")" = "sent" ] || fail "the outbox item is not sent"
[ "$(sqlite3 "$store" "SELECT count(*) FROM presence")" = "0" ] || fail "the replying mark stayed behind"

keys q
wait_for "MADO-EXITED 0"
echo "e2e reply: ok"
