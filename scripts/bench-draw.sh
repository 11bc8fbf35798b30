#!/usr/bin/env bash
# Benchmark (not a test): bytes written to the terminal per key at 80x24, over a pseudo-terminal
# as SSH would carry them, by the inbox and by neomutt on the same Maildir (when installed):
# list moves (j, k), opening a conversation, going back, a new mail arriving, and 2 s idle.
#   bash scripts/bench-draw.sh [MESSAGES] [WIDTHxHEIGHT]     (default: 10000 80x24)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
size=${2:-80x24}
out=${BENCH_DIR:-bench-out}
mkdir -p "$out"
swift build -c release --static-swift-stdlib --product mado >/dev/null 2>&1 || {
  echo "$0: the build with the Swift runtime linked in failed (it needs libcurl4-openssl-dev); timing the dynamic build" >&2
  swift build -c release --product mado >/dev/null
}
mado=$PWD/.build/release/mado
maildir="$out/maildir-$n"
[ -d "$maildir/cur" ] || python3 scripts/make-bench-maildir.py "$maildir" "$n"
store="$out/draw-$n.sqlite"
if [ ! -f "$store" ]; then
  "$mado" import maildir "$maildir" --store "$store" >/dev/null 2>&1
  "$mado" agent add bench --name Bench --store "$store" >/dev/null
fi
# One new mail, for the "arrives" step: into the store for mado, into the Maildir for neomutt.
arrival="$out/arrival"
rm -rf "$arrival" && mkdir -p "$arrival"/{cur,new,tmp}
cat > "$arrival/new/arrival.eml" <<EOF
From: New Customer <new.customer.$$.$RANDOM@example.jp>
To: support@flourist.example.jp
Subject: A new question ($RANDOM)
Date: $(date -R)
Message-ID: <arrival-$$-$RANDOM@example.jp>
Content-Type: text/plain; charset=UTF-8

Is the large vase back in stock?
EOF
keys='j=j,j=j,j=j,j=j,j=j,k=k,k=k,k=k,k=k,idle=,open=\r,back=\x1b,j=j'
echo "bytes written at $size, $n mails (median of the runs):"
"$mado" --version >/dev/null
mado_out=$(python3 scripts/pty-bytes.py "$size" "$keys,shell:$mado import maildir $arrival --store $store" \
  "$mado" --store "$store" --agent bench)
neomutt_out=""
if command -v neomutt >/dev/null; then
  muttrc="$out/neomuttrc"
  printf 'set mbox_type=Maildir\nset folder=%s\nset spoolfile=%s\nset sort=date\nset mail_check=1\nset timeout=1\nset mail_check_stats=no\nset header_cache=""\n' \
    "$(cd "$out" && pwd)" "$(cd "$maildir" && pwd)" > "$muttrc"
  # neomutt opens on the newest mail at the bottom: it moves up first, then down.
  rm -f "$maildir/new/arrival.eml"
  neomutt_out=$(python3 scripts/pty-bytes.py "$size" "k=k,k=k,k=k,k=k,k=k,j=j,j=j,j=j,j=j,idle=,open=\r,back=q,k=k,shell:cp $arrival/new/arrival.eml $maildir/new/" \
    neomutt -n -F "$muttrc")
  rm -f "$maildir/new/arrival.eml"
fi
pick() { echo "$1" | awk -v step="$2" -F': ' '$1 == step { split($2, a, " "); print a[2]; found=1 } END { if (!found) print "—" }'; }
printf '%-16s %10s %10s\n' "step" "mado" "neomutt"
for step in "first screen" j k open back "after shell" "idle 2 s"; do
  m=$(pick "$mado_out" "$step")
  [ "$step" = "first screen" ] && m=$(echo "$mado_out" | sed -n 's/^first screen: \([0-9]*\).*/\1/p')
  nm="—"
  if [ -n "$neomutt_out" ]; then
    case "$step" in
      "first screen") nm=$(echo "$neomutt_out" | sed -n 's/^first screen: \([0-9]*\).*/\1/p') ;;
      *) nm=$(pick "$neomutt_out" "$step") ;;
    esac
  fi
  label=$step
  [ "$step" = "after shell" ] && label="new mail"
  printf '%-16s %10s %10s\n' "$label" "$m" "$nm"
done
