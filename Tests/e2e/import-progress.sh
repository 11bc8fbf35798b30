#!/usr/bin/env bash
# End to end: `mado import maildir` on a terminal keeps one line up to date with the count, the
# rate and the time left (in English, and in Japanese under a Japanese locale), and ends it with
# the summary in its place; on a pipe it says nothing but the summary.
# Usage: import-progress.sh PATH/TO/mado
mado=$1
. "$(dirname "$0")/lib.sh"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
n=2000
maildir="$work/Maildir"
python3 "$repo/scripts/make-bench-maildir.py" "$maildir" "$n"

# on_terminal LANG STORE: runs the import in a tmux pane, everything it wrote kept in pane-LANG.log.
on_terminal() {
  local lang=$1 store=$2 log="$work/pane-$1.log"
  rm -f "$work/go"
  start 100 10 "while [ ! -e $work/go ]; do sleep 0.05; done; env TERM=xterm-256color LANG=$lang $mado import maildir $maildir --store $store"
  t pipe-pane -t e2e -o "cat >> $log"
  touch "$work/go"
  wait_for "MADO-EXITED" 120
}

on_terminal C.UTF-8 "$work/en.sqlite"
wait_for "imported $n, already there 0, failed 0 in"
log="$work/pane-C.UTF-8.log"
grep -aqE "imported [0-9]+ \([0-9]+ of $n\) — [0-9]+/s, [0-9]+ s left" "$log" \
  || fail "no progress line with count, rate and time left: $(tr '\r\033' '|~' < "$log" | head -c 600)"
screen | grep -q " left" && fail "the progress line was left on the screen after the summary"
screen | grep -q "MADO-EXITED 0" || fail "the import did not succeed"

on_terminal ja_JP.UTF-8 "$work/ja.sqlite"
wait_for "取り込み $n 件、既にあり 0 件、失敗 0 件"
log="$work/pane-ja_JP.UTF-8.log"
grep -aqE "取り込み [0-9]+ 件（[0-9]+ / $n 件目） — 毎秒 [0-9]+ 件、残り約 [0-9]+ 秒" "$log" \
  || fail "no Japanese progress line: $(tr '\r\033' '|~' < "$log" | head -c 600)"

# A pipe (and a file) get the summary line alone: no carriage returns, no escapes, no rate.
"$mado" import maildir "$maildir" --store "$work/pipe.sqlite" 2>&1 | cat > "$work/pipe.log"
[ "$(wc -l < "$work/pipe.log")" -eq 1 ] || fail "a pipe got more than the summary: $(head -c 400 "$work/pipe.log")"
grep -qx "imported $n, already there 0, failed 0 in [0-9.]* s" "$work/pipe.log" || fail "pipe summary: $(cat "$work/pipe.log")"
LANG=ja_JP.UTF-8 "$mado" import maildir "$maildir" --store "$work/pipe.sqlite" 2>"$work/again.log"
grep -qx "取り込み 0 件、既にあり $n 件、失敗 0 件（[0-9.]* 秒）" "$work/again.log" || fail "file summary: $(cat "$work/again.log")"
if grep -aq $'\r\|\033\|/s\|毎秒' "$work/pipe.log" "$work/again.log"; then fail "progress went to a pipe or file"; fi
echo "ok"
