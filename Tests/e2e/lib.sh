# Helpers for the end-to-end scripts: a private tmux server, waiting on screen text without
# fixed sleeps, and failing with the screen in the message.
set -euo pipefail
# The scripts choose colour themselves; a NO_COLOR inherited from the test runner must not leak in.
unset NO_COLOR

work=$(mktemp -d "${TMPDIR:-/tmp}/mado-e2e.XXXXXX")
sock="$work/tmux.sock"
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" MADO_CONFIG="$work/config/none"
trap 'tmux -S "$sock" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT

t() { tmux -S "$sock" "$@"; }

screen() { t capture-pane -p -t e2e; }

fail() {
  echo "FAIL: $*" >&2
  echo "---- screen ----" >&2
  screen >&2 || true
  exit 1
}

# wait_for TEXT [SECONDS]: polls the screen until TEXT appears.
wait_for() {
  local text=$1 limit=${2:-10} i=0
  while (( i < limit * 20 )); do
    if screen | grep -qF -- "$text"; then return 0; fi
    sleep 0.05
    i=$((i + 1))
  done
  fail "waited ${limit}s for: $text"
}

# start COLUMNS ROWS COMMAND…: runs the command in a fresh tmux window of that size.
start() {
  local cols=$1 rows=$2
  shift 2
  # The old session goes only after the new one exists: a server whose last session is killed
  # exits, and a client that reaches it while it shuts down fails ("server exited unexpectedly").
  t rename-session -t e2e e2e-old 2>/dev/null || true
  t -f /dev/null new-session -d -s e2e -x "$cols" -y "$rows" "$*; echo MADO-EXITED \$?; sleep 60"
  t kill-session -t e2e-old 2>/dev/null || true
}

# demo_shop_config: the settings `mado setup` would write for the demo shop (replies need them).
demo_shop_config() {
  mkdir -p "$work/config"
  printf '[shop]\nname = Flourist\naddress = support@flourist.example.jp\ntimezone = Asia/Tokyo\n' > "$work/config/mado"
  export MADO_CONFIG="$work/config/mado"
}

# line_config SECRET API SPOOL: mado pointed at a fake LINE API and a spool. The channel secret
# and the token come from commands run without a shell (their first line is the secret).
line_config() {
  mkdir -p "$work/bin" "$work/config"
  printf '#!/bin/sh\necho %s\n' "$1" > "$work/bin/line-secret"
  printf '#!/bin/sh\necho e2e-line-token\n' > "$work/bin/line-token"
  chmod 700 "$work/bin/line-secret" "$work/bin/line-token"
  cat > "$work/config/mado" <<CONF
[shop]
name = Flourist
[line]
channel_secret_command = $work/bin/line-secret
token_command = $work/bin/line-token
api_base = $2
data_api_base = $2
spool = $3
CONF
  export MADO_CONFIG="$work/config/mado"
}

# wait_for_port FILE: the port a fake server wrote into FILE once it listens.
wait_for_port() {
  for _ in $(seq 100); do [ -f "$1" ] && break; sleep 0.05; done
  [ -f "$1" ] || fail "the fake server did not start ($1)"
  cat "$1"
}

keys() { t send-keys -t e2e "$@"; }
