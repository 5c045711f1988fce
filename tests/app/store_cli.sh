#!/usr/bin/env bash
# The store commands of the CLI: every command works, and every bad input
# gives exit code 3 (or 2 for wrong arguments, 1 for a failed write) with one
# sentence naming the file and the field, leaving the project as it was.
# Usage: store_cli.sh SPIEGEL_BINARY SCRATCH_DIR
set -u
bin=$1; dir=$2
rm -rf "$dir"; mkdir -p "$dir"; cd "$dir" || exit 1
export SPIEGEL_LANG=en
fails=0
ok()   { echo "ok: $*"; }
bad()  { echo "FAIL: $*"; fails=$((fails + 1)); }
# expect CODE PATTERN CMD...: runs CMD, checks the exit code and that stderr
# matches PATTERN (grep -E) and is one line.
expect() {
  local code=$1 pattern=$2; shift 2
  "$@" >out.txt 2>err.txt; local rc=$?
  if [ $rc -ne "$code" ]; then bad "$* exited $rc, expected $code: $(cat err.txt)"; return; fi
  if [ -n "$pattern" ] && ! grep -Eq -- "$pattern" err.txt; then bad "$*: stderr '$(cat err.txt)' lacks /$pattern/"; return; fi
  if [ "$code" -ne 0 ] && [ "$(wc -l <err.txt)" -ne 1 ]; then bad "$*: error is not one line: $(cat err.txt)"; return; fi
  ok "$* -> $rc"
}
# state P: a fingerprint of everything in the project (all rows of all tables).
state() { sqlite3 "$1" 'SELECT * FROM project; SELECT * FROM recordings; SELECT * FROM participants;
  SELECT * FROM reviewers; SELECT * FROM annotations; SELECT * FROM ratings; SELECT * FROM audit;' | md5sum; }
unchanged() { [ "$(state "$1")" = "$2" ] && ok "project unchanged" || bad "project changed after a refused command"; }

. "$(dirname "$0")/clips.inc"
make_silence rec.wav 600 || { echo "ffmpeg failed"; exit 1; }
echo "not media" > notmedia.mp4

for c in project tags rate merge; do expect 0 "" "$bin" $c --help; grep -q "Usage" out.txt || bad "$c --help prints no usage"; done
expect 0 "" "$bin" project new --help

# project new / info
expect 0 "" "$bin" project new p.spiegel --recording rec.wav --title "Gesprek 1"
expect 2 "exists already" "$bin" project new p.spiegel --recording rec.wav
expect 2 "recording" "$bin" project new q.spiegel
expect 3 "notmedia.mp4" "$bin" project new q.spiegel --recording notmedia.mp4
[ ! -e q.spiegel ] && ok "no project left after a failed new" || bad "q.spiegel was created"
expect 0 "" "$bin" project info p.spiegel
grep -q "Gesprek 1" out.txt || bad "info lacks the title"
expect 0 "" "$bin" project info p.spiegel --json
grep -q '"schema_version": 7' out.txt && grep -q '"found": true' out.txt || bad "info --json lacks schema/found"

# tags add / list
expect 0 "" "$bin" tags add p.spiegel --at 12.5 --element bond --participant moeder --note "kijkt; \"weg\"" --reviewer Lisa
id1=$(cat out.txt)
expect 0 "" "$bin" tags add p.spiegel --at 1:00 --to 1:30.250 --element safety --negative --participant family
ind=$(sqlite3 p.spiegel "SELECT json_extract(value, '\$.id') FROM codebook, json_each(json_extract(codebook.json, '\$.indicators')) WHERE json_extract(value, '\$.valence') = 'negative' LIMIT 1")
el=$(sqlite3 p.spiegel "SELECT json_extract(value, '\$.element') FROM codebook, json_each(json_extract(codebook.json, '\$.indicators')) WHERE json_extract(value, '\$.id') = '$ind'")
expect 0 "" "$bin" tags add p.spiegel --at 30 --element "$el" --indicator "$ind"
s=$(state p.spiegel)
expect 3 "p.spiegel.*--element" "$bin" tags add p.spiegel --at 5 --element nope --reviewer Nieuw
expect 3 "p.spiegel.*--indicator" "$bin" tags add p.spiegel --at 5 --element bond --indicator nope.nope
expect 3 "p.spiegel.*--at" "$bin" tags add p.spiegel --at 601 --element bond --participant vader
expect 3 "p.spiegel.*--to" "$bin" tags add p.spiegel --at 5 --to 4 --element bond
expect 2 "--at" "$bin" tags add p.spiegel --at soon --element bond
expect 2 "Unknown argument" "$bin" tags add p.spiegel --at 5 --element bond --colour red
unchanged p.spiegel "$s"
expect 0 "" "$bin" tags list p.spiegel
grep -q "$id1" out.txt || bad "list lacks the first tag"
expect 0 "" "$bin" tags list p.spiegel --json
for k in '"id"' '"start_us": 12500000' '"end_us": 90250000' '"element": "safety"' '"valence": "negative"' \
         "\"indicator\": \"$ind\"" '"moeder"' '"family"' '"note": "kijkt; \"weg\""' '"reviewer": "Lisa"'; do
  grep -qF -- "$k" out.txt || bad "tags list --json lacks $k"
done

# Reviewers are profiles, not names: the CLI acts as this user's profile
# (the window's), and a colleague's tag is refused (exit 4) — also to a
# second Lisa on another laptop (her own config dir).
grep -qF '"reviewer_id": "' out.txt || bad "tags list --json lacks reviewer_id"
lisa=$(sqlite3 p.spiegel "SELECT reviewer FROM annotations WHERE id = '$id1'")
[ "$(sqlite3 p.spiegel "SELECT profile FROM reviewers WHERE id = '$lisa'")" = "$lisa" ] && ok "Lisa's row is her profile" ||
  bad "Lisa's reviewer row has no profile"
grep -q "\"id\": \"$lisa\"" config/spiegel/identity.json && ok "the profile is in this user's config" ||
  bad "identity.json lacks Lisa's profile: $(cat config/spiegel/identity.json)"
cp p.spiegel who.spiegel # a copy: the counts below are p.spiegel's
other=(env XDG_CONFIG_HOME="$PWD/elsewhere" "$bin")
s=$(state who.spiegel)
expect 2 "Say who you are" "${other[@]}" tags remove who.spiegel "$id1"
expect 4 "This tag is Lisa" "${other[@]}" tags remove who.spiegel "$id1" --reviewer Lisa
unchanged who.spiegel "$s"
expect 0 "" "${other[@]}" tags add who.spiegel --at 3 --element bond --reviewer Lisa
id_other=$(cat out.txt)
expect 0 "" "$bin" tags list who.spiegel --json
/usr/bin/python3 - out.txt "$id1" "$id_other" <<'PY' && ok "two Lisas are two reviewers, shown apart" || bad "two Lisas: $(cat out.txt)"
import json, sys
tags = {t["id"]: t for t in json.load(open(sys.argv[1]))}
a, b = tags[sys.argv[2]], tags[sys.argv[3]]
assert a["reviewer_id"] != b["reviewer_id"]
assert {a["reviewer"], b["reviewer"]} == {"Lisa", "Lisa (2)"}
PY
expect 4 "This tag is Lisa" "$bin" tags remove who.spiegel "$id_other"
expect 0 "" "${other[@]}" tags remove who.spiegel "$id_other"
expect 4 "no tag" "$bin" tags remove who.spiegel "$id_other"
expect 2 "project and the package|exactly one" "$bin" tags remove who.spiegel

# rate
expect 0 "" "$bin" rate p.spiegel --reviewer Lisa --subject moeder --element bond --value 2 --why "warm"
expect 0 "" "$bin" rate p.spiegel --reviewer Lisa --subject family --element system --value -3
s=$(state p.spiegel)
expect 3 "p.spiegel.*--value" "$bin" rate p.spiegel --reviewer Lisa --subject moeder --element bond --value 4
expect 3 "p.spiegel.*--value" "$bin" rate p.spiegel --reviewer Nieuw --subject vader --element bond --value -4
expect 3 "p.spiegel.*--element" "$bin" rate p.spiegel --reviewer Lisa --subject moeder --element nope --value 1
expect 3 "p.spiegel.*--subject" "$bin" rate p.spiegel --reviewer Lisa --subject family --element bond --value 1
expect 2 "--value" "$bin" rate p.spiegel --reviewer Lisa --subject moeder --element bond --value twee
unchanged p.spiegel "$s"
[ "$(sqlite3 p.spiegel 'SELECT count(*) FROM ratings WHERE deleted = 0')" = 2 ] && ok "two ratings" || bad "rating count"

# export
expect 0 "" "$bin" tags export p.spiegel --format csv --out tags.csv
head -c 3 tags.csv | od -An -tx1 | grep -q "ef bb bf" && ok "csv has a BOM" || bad "csv lacks the BOM"
grep -q "^.*id;start;start_s;end;end_s;element" tags.csv && ok "csv uses ;" || bad "csv header"
grep -q ";00:01:00.000;60,000;00:01:30.250;90,250;safety;" tags.csv && ok "csv times" || bad "csv times: $(cat tags.csv)"
expect 0 "" "$bin" tags export p.spiegel --format csv --separator ,
grep -q ",00:01:00.000,60.000,00:01:30.250,90.250,safety," out.txt && ok "csv with ," || bad "csv with ,"
expect 0 "" "$bin" tags export p.spiegel --format json --out p.json
grep -q '"format_version": 1' p.json && ok "json package" || bad "json package lacks format_version"
expect 2 "--format" "$bin" tags export p.spiegel --format xml

# import into another project of the same recording, twice
expect 0 "" "$bin" project new q.spiegel --recording rec.wav
expect 0 "" "$bin" tags import q.spiegel p.json
grep -q "^7 added" out.txt || bad "first import: $(cat out.txt)"
[ "$(sqlite3 q.spiegel 'SELECT count(*) FROM recordings')" = 1 ] && ok "same recording matched" || bad "recording duplicated"
s=$(sqlite3 q.spiegel 'SELECT * FROM annotations; SELECT * FROM ratings' | md5sum)
expect 0 "" "$bin" tags import q.spiegel p.json
grep -q "^0 added, 0 updated, 0 deleted" out.txt || bad "second import changed something: $(cat out.txt)"
[ "$(sqlite3 q.spiegel 'SELECT * FROM annotations; SELECT * FROM ratings' | md5sum)" = "$s" ] && ok "second import changed nothing" || bad "second import changed rows"

# bad packages
s=$(state q.spiegel)
printf '{"format": "spiegel-package",\n "format_version": 1,,}' > broken.json
expect 3 "broken.json.*line 2" "$bin" tags import q.spiegel broken.json
sed 's/"format_version": 1/"format_version": 42/' p.json > future.json
expect 3 "future.json.*format_version" "$bin" tags import q.spiegel future.json
rec=$(sqlite3 q.spiegel 'SELECT id FROM recordings')
printf '{"format": "spiegel-package", "format_version": 1, "annotations": [
  {"id": "00000000-2222-4000-8000-000000000000", "recording": "%s", "start_us": 1, "element": "bond", "updated_at": 1},
  {"id": "00000000-2222-4000-8000-000000000001", "recording": "%s", "start_us": 1, "element": "bnod", "updated_at": 1}]}' \
  "$rec" "$rec" > unknown.json
expect 3 "unknown.json.*annotations\[[0-9]+\]\.element" "$bin" tags import q.spiegel unknown.json
expect 3 "nothere.json" "$bin" tags import q.spiegel nothere.json
unchanged q.spiegel "$s"

# merge
expect 0 "" "$bin" tags add q.spiegel --at 99 --element engagement --reviewer Sam
expect 0 "" "$bin" merge p.spiegel q.spiegel
grep -q "^2 added" out.txt || bad "merge: $(cat out.txt)"
expect 0 "" "$bin" merge p.spiegel q.spiegel --json
grep -q '"added": 0' out.txt || bad "second merge added: $(cat out.txt)"
[ "$(sqlite3 p.spiegel 'SELECT count(*) FROM annotations')" = 4 ] && ok "4 tags after merge" || bad "tag count after merge"
expect 3 "notmedia.mp4" "$bin" merge p.spiegel notmedia.mp4

# relinking a moved recording (found by content, under another name)
mkdir -p proj media
cp rec.wav media/orig.wav
expect 0 "" "$bin" project new proj/m.spiegel --recording media/orig.wav
mkdir -p moved/a; mv media/orig.wav moved/a/renamed.wav
expect 0 "" "$bin" project info proj/m.spiegel --json
grep -q '"found": false' out.txt && ok "moved recording is missing" || bad "moved recording still found"
expect 1 "--search" "$bin" project relink proj/m.spiegel
expect 0 "" "$bin" project relink proj/m.spiegel --search moved
grep -q "renamed.wav" out.txt && ok "relinked" || bad "relink: $(cat out.txt)"
expect 0 "" "$bin" project info proj/m.spiegel --json
grep -q '"found": true' out.txt && grep -q '"relative_path": "../moved/a/renamed.wav"' out.txt && ok "relink stored" ||
  bad "relink not stored: $(cat out.txt)"

# files that are not (usable) projects
s=$(state p.spiegel)
cp notmedia.mp4 text.spiegel
expect 3 "text.spiegel.*not a Spiegel project" "$bin" tags list text.spiegel
expect 3 "text.spiegel.*not a valid Spiegel file" "$bin" merge p.spiegel text.spiegel
expect 3 "missing.spiegel" "$bin" project info missing.spiegel
cp q.spiegel newer.spiegel; sqlite3 newer.spiegel 'PRAGMA user_version = 99'
expect 3 "newer.spiegel.*newer version" "$bin" tags add newer.spiegel --at 1 --element bond
expect 3 "newer.spiegel.*newer version" "$bin" merge p.spiegel newer.spiegel
sqlite3 other.db 'CREATE TABLE x(y); INSERT INTO x VALUES (1);'
expect 3 "other.db.*not a Spiegel project" "$bin" project info other.db
unchanged p.spiegel "$s"
# damage: overwrite pages in the middle of a project with many tags
expect 0 "" "$bin" project new big.spiegel --recording rec.wav
sqlite3 big.spiegel "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
  INSERT INTO annotations (id, recording, start_us, end_us, element, note, created_at, updated_at)
  SELECT printf('%08x-0000-4000-8000-000000000000', i), (SELECT id FROM recordings), i * 1000, i * 1000, 'bond',
         hex(randomblob(30)), 1, 1 FROM n"
dd if=/dev/urandom of=big.spiegel bs=4096 seek=3 count=20 conv=notrunc status=none
expect 3 "big.spiegel.*(damaged|not a Spiegel project)" "$bin" tags list big.spiegel

# read-only: chmod does not stop root, so only as a normal user
if [ "$(id -u)" -ne 0 ]; then
  cp p.spiegel ro.spiegel; chmod 444 ro.spiegel
  expect 1 "ro.spiegel.*read-only" "$bin" tags add ro.spiegel --at 1 --element bond
  expect 0 "" "$bin" tags list ro.spiegel
  chmod 644 ro.spiegel
else
  echo "WARN: running as root: the read-only file test is skipped (the store test covers read-only opening)"
fi

# a full disk (simulated by capping the file's pages)
sqlite3 big2.spiegel 'VACUUM' 2>/dev/null; rm -f big2.spiegel
cp q.spiegel full.spiegel
s=$(state full.spiegel)
pages=$(sqlite3 full.spiegel 'PRAGMA page_count')
expect 0 "" "$bin" tags export p.spiegel --format json --out many.json
sqlite3 :memory: "SELECT 1" >/dev/null
# a package with 3000 new tags on the same recording
rec=$(sqlite3 full.spiegel 'SELECT id FROM recordings')
sqlite3 full.spiegel "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 2999)
  SELECT json_object('format', 'spiegel-package', 'format_version', 1, 'annotations',
    (SELECT json_group_array(json_object('id', printf('%08x-1111-4000-8000-000000000000', i), 'recording', '$rec',
       'start_us', i * 1000, 'element', 'bond', 'note', hex(randomblob(40)), 'updated_at', 1)) FROM n))" > many.json
SPIEGEL_STORE_MAX_PAGES=$((pages + 2)) expect 1 "full.spiegel.*full" "$bin" tags import full.spiegel many.json
unchanged full.spiegel "$s"
[ "$(sqlite3 full.spiegel 'PRAGMA integrity_check')" = ok ] && ok "integrity after full disk" || bad "integrity after full disk"

if [ $fails -ne 0 ]; then echo "store cli: $fails failures"; exit 1; fi
echo "store cli: ok"
