#!/usr/bin/env bash
# Fuzzing (not a test): mutates the mail and Instagram fixtures and imports each case into a fresh
# store with the real binary, under a time and memory limit. Counts crashes (exit >= 128),
# timeouts, and dropped input: a mail that is not stored (a broken mail must be kept raw with a
# warning), or an Instagram payload that is neither imported nor set aside in failed/.
#   bash scripts/fuzz-import.sh [CASES] [--release]   (default: 300 cases, the debug binary)
# Environment: MADO (a binary to use instead), FUZZ_SEED (default 1), FUZZ_TIMEOUT seconds per case (default 60),
# FUZZ_MEMORY_MB address-space limit per case (default 4096), FUZZ_KEEP=1 keeps the work folder.
# Failing cases are copied to fuzz-out/ with the command that failed.
set -uo pipefail
cd "$(dirname "$0")/.."
cases=300
config=debug
for argument in "$@"; do
  case "$argument" in
    --release) config=release ;;
    [0-9]*) cases=$argument ;;
    *) echo "usage: $0 [CASES] [--release]" >&2; exit 2 ;;
  esac
done
seed=${FUZZ_SEED:-1}
limit=${FUZZ_TIMEOUT:-60}
memory_kb=$(( ${FUZZ_MEMORY_MB:-4096} * 1024 ))
mado=${MADO:-$PWD/.build/$config/mado}   # MADO=path checks another build (an older one, say)
if [ -z "${MADO:-}" ] && { [ ! -x "$mado" ] || [ -n "$(find Sources -newer "$mado" -name '*.swift' -print -quit)" ]; }; then
  swift build -c "$config" --product mado >/dev/null || exit 1
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/mado-fuzz.XXXXXX")
out=$PWD/fuzz-out
trap '[ -n "${FUZZ_KEEP:-}" ] || rm -rf "$work"' EXIT
fixtures=$PWD/Tests/MadoCoreTests/Fixtures

# Writes case N's input: one mail (work/N/mail) or one payload folder or export (work/N/ig).
python3 - "$fixtures" "$work" "$cases" "$seed" <<'PY'
import glob, json, os, random, sys
fixtures, work, cases, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
rng = random.Random(seed)
mails = [open(p, "rb").read() for p in sorted(glob.glob(fixtures + "/mail/*.eml"))]
payloads = [open(p, "rb").read() for p in sorted(glob.glob(fixtures + "/instagram/webhooks/*.json"))]
exports = [open(p, "rb").read() for p in sorted(glob.glob(fixtures + "/instagram/export/**/message_*.json", recursive=True))]

def flip(data):
    data = bytearray(data)
    for _ in range(rng.randint(1, 30)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)

def truncate(data):
    return data[:rng.randrange(len(data))]

def dup_boundaries(data):
    lines = data.split(b"\n")
    out = []
    for line in lines:
        out.append(line)
        if line.startswith(b"--") and rng.random() < 0.7:
            out += [line] * rng.randint(1, 50)
    return b"\n".join(out)

def deep(depth=1000):
    text = b"From: deep@example.jp\nSubject: deep\nContent-Type: multipart/mixed; boundary=b0\n\n"
    for level in range(1, depth + 1):
        text += b"--b%d\nContent-Type: multipart/mixed; boundary=b%d\n\n" % (level - 1, level)
    return text + b"--b%d\nContent-Type: text/plain\n\ndeep\n" % depth

def deep_rfc822(depth=1000):
    return b"From: deep@example.jp\nSubject: deep\n" + b"Content-Type: message/rfc822\n\n" * depth + b"inner\n"

def long_line():
    return b"From: long@example.jp\nSubject: long\n\n" + b"a" * 10_000_000

def long_header():
    return b"From: long@example.jp\nSubject: a\r\n" + b" \r\n" * 1_000_000 + b"X-Spaces:" + b" " * 3_000_000 + b"\r\n\r\nbody\r\n"

def big_attachment():
    import base64
    blob = base64.encodebytes(os.urandom(50 * 1024 * 1024 * 3 // 4))
    return (b"From: big@example.jp\nSubject: big\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=x\n\n"
            b"--x\nContent-Type: text/plain\n\nsee attached\n--x\nContent-Type: application/octet-stream; name=big.bin\n"
            b"Content-Transfer-Encoding: base64\nContent-Disposition: attachment; filename=big.bin\n\n" + blob + b"--x--\n")

def hostile_addresses():
    return rng.choice([b"From: a <b8@x.jp> <bcc@evil.example>\n", b"From: Doe; John <john@x.jp>\n",
                       b"From: \"unterminated <q@x.jp>\n", b"From: <<<<>>>>\n", b"From: " + b"(" * 100000 + b"\n",
                       b"From: =?UTF-8?B?" + b"A" * 100000 + b"?= <x@y.jp>\n"]) + b"Subject: s\n\nbody\n"

def prefixes():
    return b"From: p@x.jp\nSubject: " + rng.choice([b"Re: ", b"[tag]", b"Fwd[2]: ", b"=?UTF-8?Q?Re:_?= "]) * 200_000 + b"x\n\nbody\n"

big_numbers = ["1e300", "-1e300", "1e22", "-1", "123456789012345678901234567890", "1.5", "0", "1e309"]
wrong_values = ["[]", "{}", "\"text\"", "true", "null", "-0", "[[[[[[[[[[]]]]]]]]]]"]

def replace_values(data, keys, choices):
    text = data.decode("utf-8", "replace")
    import re
    def swap(match):
        return match.group(1) + rng.choice(choices) if rng.random() < 0.5 else match.group(0)
    return re.sub(r'("(?:%s)"\s*:\s*)("[^"]*"|-?[0-9.eE+]+|true|false|null)' % "|".join(keys), swap, text).encode()

specials = [("deep", deep), ("deep-rfc822", deep_rfc822), ("long-line", long_line),
            ("long-header", long_header), ("big-attachment", big_attachment), ("prefixes", prefixes)]

def mail_case(number):
    """The number-th mail case: the big hand-made ones first, then mutated fixtures."""
    if number < len(specials):
        return specials[number]
    kind = ["flip", "truncate", "boundaries", "addresses", "flip", "truncate", "boundaries"][number % 7]
    base = rng.choice(mails)
    return kind, {"flip": lambda: flip(base), "truncate": lambda: truncate(base),
                  "boundaries": lambda: dup_boundaries(base), "addresses": hostile_addresses}[kind]

for index in range(cases):
    folder = os.path.join(work, str(index))
    os.makedirs(folder)
    if index % 3 != 2:
        kind, make = mail_case(index - index // 3)
        for sub in ("cur", "new", "tmp"):
            os.makedirs(os.path.join(folder, "mail", sub))
        with open(os.path.join(folder, "mail", "new", "1.fuzz:2,"), "wb") as f:
            f.write(make())
    else:
        export = rng.random() < 0.3
        base = rng.choice(exports if export else payloads)
        kind = rng.choice(["flip", "truncate", "numbers", "types"])
        keys = ["timestamp_ms"] if export else ["timestamp", "time"]
        data = {"flip": lambda: flip(base), "truncate": lambda: truncate(base),
                "numbers": lambda: replace_values(base, keys, big_numbers),
                "types": lambda: replace_values(base, keys + ["sender_name", "content", "id", "mid", "text", "messages", "entry", "messaging"], wrong_values)}[kind]()
        kind = ("export-" if export else "webhook-") + kind
        target = os.path.join(folder, "ig", "messages", "inbox", "thread_1", "message_1.json") if export else os.path.join(folder, "ig", "payload.json")
        os.makedirs(os.path.dirname(target))
        with open(target, "wb") as f:
            f.write(data)
    with open(os.path.join(folder, "kind"), "w") as f:
        f.write(kind)
PY
[ $? -eq 0 ] || { echo "fuzz: could not write the cases" >&2; exit 1; }

crashes=0 timeouts=0 dropped=0 peak=0
report() {   # case, reason, command
  mkdir -p "$out"
  cp -r "$work/$1" "$out/case-$1" 2>/dev/null
  echo "$3" > "$out/case-$1/command"
  echo "fuzz: case $1 ($(cat "$work/$1/kind")): $2" >&2
}
for ((index = 0; index < cases; index++)); do
  dir=$work/$index
  store=$dir/store.sqlite
  if [ -d "$dir/mail" ]; then
    command=("$mado" import maildir "$dir/mail" --store "$store")
  else
    command=("$mado" import instagram "$dir/ig" --store "$store" --account flourist.kyoto)
  fi
  # time(1) outside timeout(1), so a timeout kills mado itself and time still reports its peak RSS.
  ( ulimit -v "$memory_kb"; exec /usr/bin/time -f %M -o "$dir/rss" timeout -k 5 "$limit" "${command[@]}" ) >"$dir/stdout" 2>"$dir/stderr"
  status=$?
  rss=$(grep -E '^[0-9]+$' "$dir/rss" 2>/dev/null | tail -1)
  [ -n "$rss" ] && [ "$rss" -gt "$peak" ] && peak=$rss
  if [ "$status" -eq 124 ]; then
    timeouts=$((timeouts + 1)); report "$index" "timeout after ${limit}s" "${command[*]}"; continue
  fi
  if [ "$status" -ge 128 ]; then
    crashes=$((crashes + 1)); report "$index" "exit $status: $(grep -m1 -E 'Fatal|error|signal' "$dir/stderr")" "${command[*]}"; continue
  fi
  if [ -d "$dir/mail" ]; then
    stored=$(sqlite3 "$store" 'select count(*) from messages' 2>/dev/null || echo 0)
    if [ "${stored:-0}" -lt 1 ]; then dropped=$((dropped + 1)); report "$index" "mail not stored (exit $status)" "${command[*]}"; fi
  elif [ -f "$dir/ig/payload.json" ] || [ -f "$dir/ig/failed/payload.json" ] || [ -d "$dir/ig/messages" ]; then
    :   # imported, or set aside with its reason, or an export (only ever read)
  else
    dropped=$((dropped + 1)); report "$index" "payload neither kept nor set aside" "${command[*]}"
  fi
  rm -f "$store" "$dir/mail/new/"* 2>/dev/null   # the big cases would fill the disk
done
echo "fuzz: $cases cases, $crashes crashes, $timeouts timeouts, $dropped dropped, peak RSS $((peak / 1024)) MB"
[ $((crashes + timeouts + dropped)) -eq 0 ]
