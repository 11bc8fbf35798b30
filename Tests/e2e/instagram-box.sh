#!/usr/bin/env bash
# The Instagram box at 80×24 is a real editor line: two lines with Ctrl-J, the cursor moved and
# text put in the middle, Japanese typed as UTF-8, a paste with a Return inside that does not send
# half of it, and the request that leaves carries the lines as written. Usage: instagram-box.sh PATH/TO/mado
mado=$1
. "$(dirname "$0")/lib.sh"

store="$work/box.sqlite"
"$mado" demo --store "$store" --no-open 2>/dev/null
cat > "$work/send" <<SH
#!/bin/sh
cat > "$work/request.json"
echo '{"recipient_id":"1","message_id":"m_BOX_1"}'
SH
chmod +x "$work/send"

start 80 24 "env TERM=xterm-256color LANG=C.UTF-8 MADO_INSTAGRAM_SEND=$work/send $mado --store $store --agent hanako"
wait_for "Inbox"
keys ':' "search channel:instagram status:open" Enter
wait_for "/ channel:instagram"
keys Enter
wait_for "reply within"
keys r
wait_for "DM>"
keys "はい、ご用意できます" C-j "発送は明日です"
wait_for "発送は明日です"
# Back to the first line, to its end, and add a word there.
keys Up C-e "！"
wait_for "ご用意できます！"
# A paste: the Return inside it is a new line, not "send", and the text after it is not a key.
keys Down C-e
t send-keys -t e2e -l $'\rPS: c'
sleep 0.3
screen | grep -q "Check your reply" && fail "a Return inside a paste left the Instagram box"
keys Enter
wait_for "Check your reply"
wait_for "PS: c"
keys s
wait_for "Reply sent."
python3 - "$work/request.json" <<'PY' || fail "the Send API request is not what was typed"
import json, sys
text = json.load(open(sys.argv[1]))["message"]["text"]
assert text.startswith("はい、ご用意できます！\n発送は明日です\nPS: c"), repr(text)
PY
keys Q
wait_for "MADO-EXITED 0"
echo "e2e instagram box: ok"
