#!/usr/bin/env bash
# spiegel bench answers --help in both languages and refuses unknown options.
# (The benchmark itself is a command people run, never a timed test.)
set -u
bin=$1
"$bin" bench --help | grep -q -- "--quick" || { echo "bench --help does not list --quick"; exit 1; }
SPIEGEL_LANG=nl "$bin" bench --help | grep -q "Gebruik" || { echo "bench --help has no Dutch text"; exit 1; }
"$bin" bench --no-such-option 2>/dev/null; rc=$?
[ $rc -eq 2 ] || { echo "unknown option exited $rc, expected 2"; exit 1; }
echo "bench cli: ok"
