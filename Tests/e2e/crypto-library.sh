#!/usr/bin/env bash
# End to end, libcrypto on demand (Sources/CCryptoOnDemand): hashes still come from libcrypto
# (a mail without a Message-ID is named by the SHA-256 of its bytes, the same as Python's
# hashlib says), a command that hashes nothing does not load it, and when it cannot be loaded
# the user gets one clear sentence in English and Japanese, not a crash, and nothing is stored.
# On a release build with the Swift runtime linked in, libcrypto and libstdc++ are not in
# DT_NEEDED at all (scripts/check-start-libraries.sh runs this on that build).
# Usage: crypto-library.sh PATH/TO/mado
mado=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
. "$(dirname "$0")/lib.sh"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

store="$work/store.sqlite"
"$mado" agent add hanako --name "Hanako Sato" --store "$store" >/dev/null || fail "agent add"
maildir="$work/maildir"
mkdir -p "$maildir/new" "$maildir/cur" "$maildir/tmp"
printf 'From: Emma Wilson <emma@example.com>\r\nTo: shop@example.com\r\nSubject: No id here\r\nDate: Mon, 30 Nov 2026 09:00:00 +0000\r\n\r\nThe vase arrived broken.\r\n' > "$maildir/new/1.eml"
expected="sha256:$(python3 -c 'import hashlib,sys; print(hashlib.sha256(open(sys.argv[1],"rb").read()).hexdigest())' "$maildir/new/1.eml")"

# libcrypto missing: one sentence in each language, no signal, the mail not stored.
set +e
MADO_LIBCRYPTO=/nonexistent/libcrypto.so.3 "$mado" import maildir "$maildir" --store "$store" >"$work/missing.out" 2>"$work/missing.err"
status=$?
set -e
[ $status -lt 128 ] || fail "mado died of signal $((status - 128)) without libcrypto: $(cat "$work/missing.err")"
[ $status -ne 0 ] || fail "mado said nothing was wrong without libcrypto: $(cat "$work/missing.out")"
grep -q "could not load libcrypto, which it needs for hashes and signatures (/nonexistent/libcrypto.so.3: cannot open shared object file" "$work/missing.err" \
  || fail "no clear English sentence without libcrypto: $(cat "$work/missing.err")"
grep -q "「libcrypto」を読み込めなかった" "$work/missing.err" || fail "no Japanese sentence without libcrypto: $(cat "$work/missing.err")"
[ "$(sqlite3 "$store" "SELECT count(*) FROM messages")" = 0 ] || fail "a mail was stored without its hash"

# With libcrypto: the mail is named by the SHA-256 of its bytes.
"$mado" import maildir "$maildir" --store "$store" >"$work/import.out" 2>&1 || fail "import: $(cat "$work/import.out")"
got=$(sqlite3 "$store" "SELECT external_id FROM messages")
[ "$got" = "$expected" ] || fail "the mail is named $got, not $expected"

# What a command that hashes nothing loads at start.
if readelf -d "$mado" | grep -q 'libswiftCore'; then
  echo "note: $mado links the Swift runtime as shared libraries; start checks skipped"
else
  needed=$(readelf -d "$mado" | grep NEEDED)
  echo "$needed" | grep -E 'libcrypto|libstdc\+\+' && fail "libcrypto or libstdc++ is loaded at every start (DT_NEEDED): $needed"
  for command in "--version" "list --limit 5" "search vase --limit 5"; do
    loaded=$(LD_DEBUG=files "$mado" $command --store "$store" 2>&1 >/dev/null | grep -oE "file=[^ ]+" | sort -u || true)
    [ -n "$loaded" ] || fail "LD_DEBUG shows no libraries for 'mado $command' (cannot check)"
    echo "$loaded" | grep -E 'libcrypto' && fail "'mado $command' loaded libcrypto: $loaded"
  done
fi

echo "ok: crypto-library"
