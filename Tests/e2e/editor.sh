#!/usr/bin/env bash
# A real terminal editor gets the terminal: vim (with arguments in $EDITOR) and plain vi (no
# $EDITOR at all) are driven by keys, the reply written in them reaches the fake sendmail, and
# Ctrl-C typed into the editor does not end the inbox. Usage: editor.sh PATH/TO/mado
mado=$1
. "$(dirname "$0")/lib.sh"
command -v vim >/dev/null || { echo "e2e editor: vim is not installed (CI installs it)"; exit 1; }

store="$work/editor.sqlite"
"$mado" demo --store "$store" --no-open 2>/dev/null
demo_shop_config
cat > "$work/sendmail" <<SH
#!/bin/sh
cat > "$work/sent-\$\$.eml"
SH
chmod +x "$work/sendmail"
conversation=$("$mado" search "from:taro.yamada status:open channel:email" --store "$store" --json | sed -n 's/^ *"id" : \([0-9]*\),*$/\1/p' | head -1)
[ -n "$conversation" ] || fail "no open email conversation from 山田 太郎 in the demo"

reply_with() {
  local editor_env=$1 words=$2
  start 120 32 "env $editor_env TERM=xterm-256color LANG=C.UTF-8 HOME=$work MADO_SENDMAIL='$work/sendmail -t -i' $mado --store $store --agent hanako"
  wait_for "[1 Inbox"
  keys ':' "search from:taro.yamada channel:email status:open" Enter
  wait_for "Thread #$conversation"
  keys r
  # vim shows the draft with the quote.
  wait_for "> Flourist ご担当者様" 10
  keys C-c
  sleep 0.3
  keys Escape g g O "$words" Escape ':wq' Enter
  wait_for "Check your reply"
  wait_for "$words"
  keys s
  wait_for "Reply sent."
  python3 - "$words" "$work"/sent-*.eml <<'PY' || fail "the words written in the editor did not reach sendmail"
import sys, email
from email import policy
words = sys.argv[1]
bodies = [email.message_from_bytes(open(f, 'rb').read(), policy=policy.default).get_content() for f in sys.argv[2:]]
assert any(b.startswith(words) for b in bodies), [b[:40] for b in bodies]
PY
  keys q
  wait_for "MADO-EXITED 0"
}

reply_with "EDITOR='vim -u NONE -N'" "Written in vim with arguments"
reply_with "-u EDITOR -u VISUAL" "Written in plain vi"
echo "e2e editor: ok"
