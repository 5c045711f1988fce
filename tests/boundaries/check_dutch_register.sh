#!/usr/bin/env bash
# One Dutch register: the program says "je" to its users, as youth-care
# organisations write to their staff (issue #11). Fails on any string
# literal in the sources that addresses the user formally: a standalone
# "u", "uw", "uzelf" (any case) inside quotes. Comments are skipped; "\u",
# "%u" and the one-letter literal "u" are not words.
# Usage: check_dutch_register.sh SOURCE_DIR. Prints each hit; exit 1 if any.
set -u
root=${1:-.}
hits=$(grep -rnP --include='*.cpp' --include='*.hpp' \
  '^(?!\s*//).*"[^"]*(?<![\w\\%])(u|uw|uzelf|U|Uw|Uzelf)(?![\w])[^"]*"' \
  "$root/app/src" "$root/app/review" "$root/annotate" "$root/store" "$root/media" | grep -vP '"u"')
if [ -n "$hits" ]; then
  echo "formal Dutch ('u', 'uw') in a string; write 'je' / 'jouw' / 'jij':"
  echo "$hits"
  exit 1
fi
echo "one Dutch register: ok"
