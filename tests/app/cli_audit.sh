#!/usr/bin/env bash
# spiegel audit (issue #13 §3): a project's log is intact after ordinary
# work; the privacy officer gets it as Dutch Excel CSV; an entry removed or
# changed with the sqlite3 shell, or the newest cut off, is found and the
# first broken entry named (exit 4), in English and Dutch.
. "$(dirname "$0")/cli_setup.inc" "$@"
cd "$dir" || exit 1
make_clip talk.mp4 2 || die "ffmpeg failed"
"$bin" audit --help | grep -q "audit verify" || die "audit --help"
"$bin" project new p.spiegel --recording talk.mp4 --title "Gesprek" >/dev/null || die "project new"
for at in 0.2 0.6 1.0 1.4; do
  "$bin" tags add p.spiegel --at $at --element bond --reviewer Fenna >/dev/null || die "tags add"
done
"$bin" consent recording p.spiegel --recorded-on 2026-11-02 >/dev/null || die "recording days"

"$bin" audit verify p.spiegel >out.txt || die "a fresh log is not intact: $(cat out.txt)"
"$bin" audit list p.spiegel --json >list.json || die "audit list"
n=$(/usr/bin/python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' list.json)
[ "$n" -ge 8 ] || die "only $n entries for a project, a reviewer, four tags and a day: $(cat list.json)"
grep -q "intact: $n entries" out.txt || die "verify: $(cat out.txt)"
/usr/bin/python3 - list.json "$(hostname)" <<'PY' || die "list --json: $(head -c 600 list.json)"
import json, sys
entries = json.load(open(sys.argv[1]))
assert all(len(e["hash"]) == 64 and e["device"] == sys.argv[2] for e in entries), entries[0]
assert [e["action"] for e in entries][:2] == ["create", "create"], entries
PY
"$bin" audit export p.spiegel --csv --out log.csv || die "export"
head -c 3 log.csv | od -An -tx1 | grep -q "ef bb bf" || die "the CSV lacks the BOM"
sed -n 1p log.csv | grep -q "nr;at_ms;at_utc;who;device;action;object;detail;id;hash" || die "CSV header: $(head -1 log.csv)"
[ "$(wc -l <log.csv)" -eq $((n + 1)) ] || die "CSV rows: $(wc -l <log.csv), entries $n"
"$bin" audit verify p.spiegel >/dev/null || die "the export's own entry broke the chain"
"$bin" audit export p.spiegel >/dev/null 2>err.txt; [ $? -eq 2 ] && grep -q -- "--csv" err.txt || die "export without --csv"

# Behind Spiegel's back, with the sqlite3 shell.
cp p.spiegel removed.spiegel
sqlite3 removed.spiegel "DELETE FROM audit WHERE seq = 3"
"$bin" audit verify removed.spiegel >/dev/null 2>err.txt; rc=$?
[ $rc -eq 4 ] || die "a removed entry: exit $rc"
grep -q "broken at entry 3 .*removed" err.txt || die "removed: $(cat err.txt)"
[ "$(wc -l <err.txt)" -eq 1 ] || die "not one sentence: $(cat err.txt)"
SPIEGEL_LANG=nl "$bin" audit verify removed.spiegel 2>&1 | grep -q "verbroken bij regel 3" || die "Dutch sentence"
cp p.spiegel changed.spiegel
sqlite3 changed.spiegel "UPDATE audit SET detail = 'niets' WHERE seq = 5"
"$bin" audit verify changed.spiegel --json >out.json; [ $? -eq 4 ] || die "a changed entry passed"
/usr/bin/python3 -c 'import json,sys; v=json.load(open(sys.argv[1])); assert v["broken"] == "changed" and v["at"] == 5, v' out.json ||
  die "changed: $(cat out.json)"
cp p.spiegel cut.spiegel
sqlite3 cut.spiegel "DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)"
"$bin" audit verify cut.spiegel 2>err.txt; [ $? -eq 4 ] && grep -q "at its end" err.txt || die "cut end: $(cat err.txt)"
"$bin" audit verify nothere.spiegel 2>err.txt; [ $? -eq 3 ] && grep -q "nothere.spiegel" err.txt || die "missing file: $(cat err.txt)"
echo "cli audit: ok"
