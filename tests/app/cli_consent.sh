#!/usr/bin/env bash
# spiegel consent (issue #13 §1): Fenna records the consent of a family of
# three (a 13-year-old daughter with two custodial parents) for supervision
# the way she would after the recording: the check refuses while one parent
# is missing and names them, allows once all are there, judges the
# daughter again when she turns 16 during retention, blocks at once on a
# withdrawal (and marks the recording for deletion, audited), and words
# every mistake as one sentence that changes nothing.
. "$(dirname "$0")/cli_setup.inc" "$@"
cd "$dir" || exit 1
make_clip talk.mp4 2 || die "ffmpeg failed"
s() { "$bin" "$@" --reviewer Fenna; }

"$bin" project new p.spiegel --recording talk.mp4 --title "Gesprek" >/dev/null || die "project new"
# An old-style project: nothing recorded yet, said plainly, nothing fails.
"$bin" consent list p.spiegel >list.txt || die "list: $(cat list.txt)"
grep -q "No consent recorded yet" list.txt || die "no-consent sentence: $(cat list.txt)"
"$bin" consent check p.spiegel --purpose supervision >/dev/null && die "allowed without people or consent?"

# The people (added by role), the daughter's age and custody.
s rate p.spiegel --subject moeder --element bond --value 1 >/dev/null || die "add moeder"
s rate p.spiegel --subject vader --element bond --value 1 >/dev/null || die "add vader"
s rate p.spiegel --subject dochter --element bond --value 1 >/dev/null || die "add dochter"
"$bin" consent check p.spiegel --purpose supervision >out.txt && die "a child of unknown age passed"
grep -q "the age of daughter is not known" out.txt || die "age unknown: $(cat out.txt)"
"$bin" consent recording p.spiegel --recorded-on 2026-11-02 --retain-until 2031-11-02 >/dev/null || die "recording days"
s consent person p.spiegel dochter --birth-year 2013 --custodian moeder --custodian vader \
  --custody-source gezagsregister --custody-checked-on 2026-11-02 >out.txt || die "person: $(cat out.txt)"

for who in moeder vader dochter; do
  s consent set p.spiegel $who --purpose supervision --given-on 2026-11-02 --evidence "signed form in the dossier" \
    >/dev/null || die "set $who"
done
s consent set p.spiegel dochter --by moeder --purpose supervision --given-on 2026-11-02 >/dev/null || die "set by moeder"
# One of two custodial parents missing: refused, exit 4, the parent named.
"$bin" consent check p.spiegel --purpose supervision --on 2026-12-03 >out.txt
[ $? -eq 4 ] || die "one parent missing: exit code"
grep -q "no consent from father (parental authority) for daughter" out.txt || die "missing parent: $(cat out.txt)"
s consent set p.spiegel dochter --by vader --purpose supervision --given-on 2026-11-02 >/dev/null || die "set by vader"
"$bin" consent check p.spiegel --purpose supervision --on 2026-12-03 >out.txt || die "all there: $(cat out.txt)"
grep -q "Allowed for supervision" out.txt || die "allowed sentence: $(cat out.txt)"
# Another purpose is not implied.
"$bin" consent check p.spiegel --purpose teaching --on 2026-12-03 >/dev/null && die "teaching allowed from supervision"
# Only the people seen count when a stretch shows only some.
s consent set p.spiegel moeder --purpose teaching --given-on 2026-11-02 >/dev/null || die "set teaching"
"$bin" consent check p.spiegel --purpose teaching --on 2026-12-03 --visible moeder >/dev/null ||
  die "a stretch showing only the mother"

# Turning 16 during retention: in 2030 the parents' word no longer counts alone.
"$bin" consent check p.spiegel --purpose supervision --on 2030-06-01 --json >check.json || die "2030: $(cat check.json)"
/usr/bin/python3 -c 'import json,sys; d=json.load(open("check.json")); sys.exit(0 if d["allowed"] else 1)' ||
  die "2030 check json"
s consent set p.spiegel dochter --purpose supervision --refused --given-on 2030-01-10 >/dev/null || die "refuse"
"$bin" consent check p.spiegel --purpose supervision --on 2030-06-01 >out.txt && die "refusal ignored"
grep -q "daughter refused" out.txt || die "refusal sentence: $(cat out.txt)"
s consent set p.spiegel dochter --purpose supervision --given-on 2026-11-02 >/dev/null || die "give again"

# Withdrawal: blocked at once, the recording marked for deletion, audited.
s consent withdraw p.spiegel vader --purpose supervision --on 2026-12-03 >out.txt || die "withdraw: $(cat out.txt)"
grep -q "marked for deletion (2026-12-03)" out.txt || die "withdraw sentence: $(cat out.txt)"
"$bin" consent check p.spiegel --purpose supervision --on 2026-12-03 >out.txt && die "allowed after a withdrawal"
grep -q "father withdrew consent on 2026-12-03" out.txt || die "withdrawn sentence: $(cat out.txt)"
[ "$(sqlite3 p.spiegel "select deletion_requested_on from recordings")" = 2026-12-03 ] || die "not marked"
sqlite3 p.spiegel "select action from audit" | grep -qx withdraw || die "no withdraw audit entry"

# The grid in Dutch, and JSON.
SPIEGEL_LANG=nl "$bin" consent list p.spiegel >nl.txt || die "list nl"
grep -q "ingetrokken" nl.txt && grep -q "Wie moet toestemmen" nl.txt || die "Dutch grid: $(cat nl.txt)"
"$bin" consent list p.spiegel --json >list.json || die "list json"
/usr/bin/python3 - <<'EOF' || die "list json content"
import json
d = json.load(open("list.json"))
assert d["recording"]["deletion_requested_on"] == "2026-12-03"
assert len(d["consents"]) == 6, len(d["consents"])
assert [p["name"] for p in d["people"]] == ["mother", "father", "daughter"]
assert not d["allowed"]["supervision"]
EOF

# Mistakes: one sentence each, nothing written.
before=$(sqlite3 p.spiegel "select count(*) from consents; select count(*) from audit")
s consent set p.spiegel oma --purpose supervision 2>err.txt >/dev/null && die "unknown person accepted"
grep -q '"oma" is not a person in this recording; they are: mother, father, daughter.' err.txt || die "$(cat err.txt)"
s consent set p.spiegel moeder --purpose teach 2>err.txt >/dev/null && die "unknown purpose accepted"
grep -q '"teach" is not a purpose' err.txt || die "$(cat err.txt)"
s consent set p.spiegel moeder --purpose teaching --expires 2026-13-01 2>err.txt >/dev/null && die "bad day accepted"
grep -q -- '--expires needs a day as YYYY-MM-DD' err.txt || die "$(cat err.txt)"
s consent person p.spiegel dochter --custodian dochter 2>err.txt >/dev/null && die "own custodian accepted"
[ "$(wc -l <err.txt)" -eq 1 ] || die "more than one line: $(cat err.txt)"
[ "$(sqlite3 p.spiegel "select count(*) from consents; select count(*) from audit")" = "$before" ] ||
  die "a refused call wrote something"
# The keep-until day is weighed against what the consents allow (#13 §2).
out=$("$bin" consent recording p.spiegel --retain-until 2099-01-01) || die "recording days again"
case $out in
*"allow keeping it until"*"bring it forward"* | *"No use is consented by everyone yet"*) ;;
*) die "no retention advice: $out" ;;
esac
echo "ok"
