#!/usr/bin/env bash
# The CLI answers --help and refuses an unknown command with exit code 2.
set -u
bin=$1
"$bin" --help | grep -q "open" || { echo "help does not list commands"; exit 1; }
"$bin" no-such-command 2>/dev/null; rc=$?
[ $rc -eq 2 ] || { echo "unknown command exited $rc, expected 2"; exit 1; }
echo "cli basics: ok"
