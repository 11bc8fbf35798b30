#!/usr/bin/env bash
# Check (not a benchmark): the release build, with the Swift runtime linked in, loads no
# networking library at start (libcurl and the TLS, Kerberos, LDAP… libraries behind it come in
# only on the first Instagram or LINE API call), still reaches a local fake LINE API through
# URLSession, and says so clearly when libcurl is missing; and it loads neither libcrypto (opened
# on the first hash) nor libstdc++ (linked in), still hashes with libcrypto, and says so clearly
# when libcrypto is missing. Exits non-zero on any failure.
#   bash scripts/check-start-libraries.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --static-swift-stdlib --product mado >/dev/null
echo "DT_NEEDED of .build/release/mado:"
readelf -d .build/release/mado | awk '/NEEDED/ { print "  " $NF }'
# Our own Swift symbols stay out of the dynamic symbol table (--no-export-dynamic, Package.swift):
# with them (6,600) the runtime's dladdr and the loader walk and hash it at every start.
exported=$(readelf -W --dyn-syms .build/release/mado | grep -c ' GLOBAL ' || true)
echo "dynamic symbols: $exported"
[ "$exported" -lt 2000 ] || { echo "FAIL: $exported dynamic symbols: is the executable linked with --export-dynamic again?" >&2; exit 1; }
bash Tests/e2e/network-library.sh .build/release/mado
bash Tests/e2e/crypto-library.sh .build/release/mado
bash Tests/e2e/terminal-library.sh .build/release/mado
