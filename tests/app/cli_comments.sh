#!/usr/bin/env bash
# Discussion from the command line (issue #12 §5): Anne and Bram each
# discuss on their own copy of the group's blind-round project; the copies
# are merged in; before the reveal each is shown only their own threads
# and comments (list, CSV, JSON package alike), after it everyone's; a
# reply and a resolve travel through a second merge; the CSV is the tag
# CSV's Excel dialect.
. "$(dirname "$0")/cli_setup.inc" "$@"
cd "$dir" || exit 1
make_clip talk.mp4 14.5 || die "ffmpeg failed"
as() { local who=$1; shift; XDG_CONFIG_HOME="$dir/$who" "$bin" "$@"; }
as fenna project new g.spiegel --recording talk.mp4 >/dev/null || die "project new failed"
as fenna round start g.spiegel --blind --members "Anne,Bram" --reviewer Fenna >/dev/null 2>&1 || die "round start"
cp g.spiegel anne.spiegel && cp g.spiegel bram.spiegel
tag=$(as anne tags add anne.spiegel --reviewer Anne --at 3 --element engagement) || die "Anne's tag"
thread=$(as anne comments add anne.spiegel --tag "$tag" --text "Twijfel: betrokkenheid; of band?") || die "Anne's thread"
as bram comments add bram.spiegel --reviewer Bram --at 8 --to 10 --text "=wat gebeurt hier" >/dev/null || die "Bram's thread"
as bram comments add bram.spiegel --text "" --at 1 >out.txt 2>&1; [ $? -ne 0 ] || die "an empty comment was accepted"
grep -q "Type a comment first." out.txt || die "empty comment: $(cat out.txt)"
as fenna merge g.spiegel anne.spiegel >/dev/null || die "merge Anne"
as fenna merge g.spiegel bram.spiegel >/dev/null || die "merge Bram"

count() { as "$1" comments list g.spiegel --json 2>/dev/null | /usr/bin/python3 -c 'import json,sys; print(len(json.load(sys.stdin)))'; }
[ "$(count anne)" = 1 ] || die "Anne should see only her own thread, sees $(count anne)"
[ "$(count bram)" = 1 ] || die "Bram should see only his own thread"
[ "$(count fenna)" = 0 ] || die "the facilitator sees threads"
as bram tags export g.spiegel --format json --out bram.json 2>/dev/null || die "package export"
/usr/bin/python3 - bram.json "$thread" <<'PY' || die "Bram's package carries Anne's discussion"
import json, sys
p = json.load(open(sys.argv[1]))
assert all(t["id"] != sys.argv[2] for t in p["threads"]), p["threads"]
assert len(p["threads"]) == 1 and len(p["comments"]) == 1, (p["threads"], p["comments"])
PY

as anne round reveal g.spiegel >/dev/null 2>&1 || die "Anne reveals"
as bram round reveal g.spiegel >/dev/null 2>&1 || die "Bram reveals"
[ "$(count bram)" = 2 ] || die "after the reveals Bram sees both threads"
reply=$(as bram comments add g.spiegel --thread "$thread" --text "Band, denk ik") || die "Bram replies"
first=$(as anne comments list g.spiegel --json | /usr/bin/python3 -c 'import json,sys,os; print(next(t for t in json.load(sys.stdin) if t["id"] == sys.argv[1])["comments"][0]["id"])' "$thread")
as anne comments add g.spiegel --thread "$thread" --reply-to "$reply" --text "Eens" >/dev/null || die "Anne answers the reply"
as anne comments resolve g.spiegel "$thread" || die "resolve"
as anne comments list g.spiegel --json >list.json || die "list"
/usr/bin/python3 - list.json "$thread" "$first" "$reply" <<'PY' || die "list: $(cat list.json)"
import json, sys
threads = {t["id"]: t for t in json.load(open(sys.argv[1]))}
t = threads[sys.argv[2]]
assert t["resolved"] and t["tag"], t
got = [(c["author"], c["text"], c["depth"]) for c in t["comments"]]
assert got == [("Anne", "Twijfel: betrokkenheid; of band?", 0), ("Bram", "Band, denk ik", 0), ("Anne", "Eens", 1)], got
assert t["comments"][0]["id"] == sys.argv[3] and t["comments"][2]["reply_to"] == sys.argv[4], t
PY

# The CSV: BOM, ';', CRLF, quoted text with ';', formula guard, reply_to.
as anne comments export g.spiegel --out c.csv 2>/dev/null || die "export"
/usr/bin/python3 - c.csv "$thread" "$reply" <<'PY' || die "CSV: $(cat c.csv)"
import sys
raw = open(sys.argv[1], "rb").read()
assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw, raw[:40]
lines = raw[3:].decode().split("\r\n")
assert lines[0].startswith("thread_id;start;start_s;"), lines[0]
rows = [l for l in lines[1:] if l]
assert len(rows) == 4, rows
assert any(r.startswith(sys.argv[2] + ";00:00:03.000;3,000;") and r.endswith(';"Twijfel: betrokkenheid; of band?"') for r in rows), rows
assert any(r.endswith(";'=wat gebeurt hier") for r in rows), rows
assert any((";" + sys.argv[3] + ";Anne;") in r and r.endswith(";Eens") for r in rows), rows
PY

# The discussion travels back to Anne's own copy with a merge.
as anne merge anne.spiegel g.spiegel >/dev/null || die "merge back"
[ "$(as anne comments list anne.spiegel --json | /usr/bin/python3 -c 'import json,sys; print(sum(len(t["comments"]) for t in json.load(sys.stdin)))')" = 4 ] ||
  die "Anne's copy lacks comments after the merge"
echo "cli comments: ok"
