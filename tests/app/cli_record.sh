#!/usr/bin/env bash
# spiegel record (issue #14 §3): the supervisor writes the reflection record
# of the demo's recall work as HTML and as PDF, in English and in Dutch. The
# PDF is A4 and says the held session's title, its moments' times, an
# answer and the hours; the family appears by role only. Wrong arguments,
# an unknown session and a project without sessions say why with exit 2 or
# 3 and leave an existing file as it was; each record written is in the
# audit log.
. "$(dirname "$0")/cli_setup.inc" "$@"
cd "$dir" || exit 1
command -v pdftotext >/dev/null && command -v pdfinfo >/dev/null || die "pdftotext/pdfinfo missing (poppler-utils)"

"$bin" record --help | grep -q -- "--session" || die "record --help"
"$bin" demo --out demo --seconds 40 >/dev/null 2>demo.err || die "demo: $(cat demo.err)"
proj=demo/demo.spiegel
held=$(sqlite3 "$proj" "SELECT id FROM recall_sessions WHERE held_on <> ''")
title=$(sqlite3 "$proj" "SELECT title FROM recall_sessions WHERE id = '$held'")
[ -n "$held" ] && [ -n "$title" ] || die "the demo has no held recall session"
[ "$(sqlite3 "$proj" "SELECT count(*) FROM recall_sessions WHERE held_on = ''")" = 1 ] || die "no prepared session"
# The held session's moment starts as the record writes them (MM:SS.mmm).
times=$(sqlite3 "$proj" "SELECT start_us FROM recall_moments WHERE session = '$held' ORDER BY rank" |
  awk '{ ms = int($1 / 1000); printf "%02d:%02d.%03d\n", int(ms / 60000), int(ms / 1000) % 60, ms % 1000 }')
[ "$(echo "$times" | wc -l)" -ge 2 ] || die "the held session has fewer than two moments"
answer=$(sqlite3 "$proj" "SELECT answer FROM recall_pauses WHERE session = '$held' AND answer <> '' LIMIT 1")
minutes=$(sqlite3 "$proj" "SELECT minutes FROM recall_sessions WHERE id = '$held'")

# text FILE.pdf: its words on one line each paragraph would wrap, for grep.
text() { pdftotext "$1" - | tr '\n' ' ' | tr -s ' '; }
check_pdf() { # FILE LANG-WORDS…
  local f=$1; shift
  pdfinfo "$f" | grep -q "Page size: *595.27.* x 841.8.* (A4)" || die "$f is not A4: $(pdfinfo "$f" | grep size)"
  local t; t=$(text "$f")
  for want in "$title" $times "$@"; do
    case "$t" in *"$want"*) ;; *) die "$f lacks '$want'";; esac
  done
  # The answer may wrap anywhere: compare its first words.
  local start; start=$(echo "$answer" | cut -d' ' -f1-6)
  case "$t" in *"$start"*) ;; *) die "$f lacks the answer '$start'";; esac
}

SPIEGEL_LANG=en "$bin" record "$proj" --session "$held" --out en.pdf >out.txt 2>err.txt || die "record en.pdf: $(cat err.txt)"
grep -q "en.pdf" out.txt || die "the written file is not said"
check_pdf en.pdf "Reflection record" "$minutes minutes (0.75 hours)" "Technical-instrumental" "LESSONS LEARNED" \
  "professional, mother, father, young person"
SPIEGEL_LANG=nl "$bin" record "$proj" --session "$held" --out nl.pdf >/dev/null 2>err.txt || die "record nl.pdf: $(cat err.txt)"
check_pdf nl.pdf "Reflectieverslag" "$minutes minuten (0,75 uur)" "Technisch-instrumenteel" "GELEERDE LESSEN" \
  "hulpverlener, moeder, vader, jeugdige" "alliëren"
# The whole series: both sessions, the prepared one not held yet, hours of the held one only.
SPIEGEL_LANG=en "$bin" record "$proj" --out series.pdf >/dev/null 2>err.txt || die "series: $(cat err.txt)"
t=$(text series.pdf)
case "$t" in *"series of 2 sessions"*"1 of 2"*"not held yet"*) ;; *) die "series.pdf: $t";; esac
[ "$(pdfinfo series.pdf | awk '/^Pages:/ { print $2 }')" -ge 2 ] || die "the series is on one page"

SPIEGEL_LANG=nl "$bin" record "$proj" --out nl.html >/dev/null 2>err.txt || die "record nl.html: $(cat err.txt)"
grep -q '<html lang="nl">' nl.html || die "nl.html is not Dutch"
grep -q "$title" nl.html && grep -q "0,75 uur" nl.html && grep -q "Persoonlijk" nl.html || die "nl.html content"
[ "$(grep -c 'src="data:image/jpeg;base64,' nl.html)" -ge 4 ] || die "nl.html has no stills"
grep -q 'src="http\|href="http' nl.html && die "nl.html fetches something"
# The family is never named: the demo's script calls the young person Daan
# (in the tags' notes), the record does not.
for f in en.pdf nl.pdf series.pdf; do text "$f" | grep -q "Daan" && die "$f names the young person"; done
grep -q "Daan" nl.html && die "nl.html names the young person"

# Bad input: a clear sentence, the right code, the old file untouched.
cp nl.html keep.html
"$bin" record "$proj" --out r.txt 2>err.txt; [ $? -eq 2 ] || die ".txt: exit code"
grep -q ".html or .pdf" err.txt || die ".txt: $(cat err.txt)"
[ -e r.txt ] && die ".txt was written"
"$bin" record "$proj" 2>err.txt; [ $? -eq 2 ] || die "no --out: exit code"
grep -q -- "--out" err.txt || die "no --out: $(cat err.txt)"
"$bin" record "$proj" --session no-such-id --out nl.html 2>err.txt; [ $? -eq 3 ] || die "unknown session: exit code"
grep -q "no recall session with id no-such-id" err.txt || die "unknown session: $(cat err.txt)"
SPIEGEL_LANG=nl "$bin" record "$proj" --session no-such-id --out nl.html 2>err.txt; [ $? -eq 3 ] || die "nl unknown"
grep -q "geen terugkijksessie met id no-such-id" err.txt || die "Dutch unknown session: $(cat err.txt)"
cmp -s nl.html keep.html || die "a failed record changed the existing file"
make_clip talk.mp4 2 || die "ffmpeg failed"
"$bin" project new empty.spiegel --recording talk.mp4 >/dev/null || die "project new"
"$bin" record empty.spiegel --out nl.html 2>err.txt; [ $? -eq 3 ] || die "no sessions: exit code"
grep -q "has no recall sessions yet" err.txt || die "no sessions: $(cat err.txt)"
cmp -s nl.html keep.html || die "a project without sessions changed the existing file"
"$bin" record missing.spiegel --out x.html 2>err.txt; [ $? -eq 3 ] || die "a missing project: exit code"
"$bin" record "$proj" --out no/such/folder/r.html 2>err.txt; [ $? -eq 1 ] || die "unwritable: exit code"
grep -q "no/such/folder/r.html" err.txt || die "unwritable: $(cat err.txt)"

# A missing recording: the record is still written, without stills, and says so.
mv demo/demo.mp4 demo/away.mp4
"$bin" record "$proj" --session "$held" --out nostills.html >/dev/null 2>err.txt || die "without the recording"
grep -q "is not available" err.txt || die "no note on stderr: $(cat err.txt)"
grep -q "without stills" nostills.html && ! grep -q "<img" nostills.html || die "nostills.html"
mv demo/away.mp4 demo/demo.mp4

# Every record written is in the audit log; the log is still intact.
"$bin" audit list "$proj" >audit.txt || die "audit list"
for f in en.pdf nl.pdf series.pdf nl.html nostills.html; do
  grep -q "reflection record $f" audit.txt || die "no audit entry for $f"
done
grep -q "reflection record r.txt\|no/such/folder" audit.txt && die "a failed record was logged"
"$bin" audit verify "$proj" >/dev/null || die "the audit log is not intact"
echo "cli_record: ok"
