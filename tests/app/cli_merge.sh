#!/usr/bin/env bash
# spiegel merge PROJECT FILE…: a facilitator brings several colleagues'
# files into the group's project in one command (issue #12 §1). Each
# colleague made their own project of the same recording with their own
# profile (their own config dir); a project of another recording, a package
# without a fingerprint and the group's own file are refused, each with one
# sentence naming the file, while the good files are merged (exit 3 says
# that something was refused); --all-or-nothing keeps every file out; a
# second run changes nothing; --json reports per file.
. "$(dirname "$0")/cli_setup.inc" "$@"
cd "$dir" || exit 1
make_clip talk.mp4 6 || die "ffmpeg failed"
make_clip other.mp4 5 || die "ffmpeg failed"
as() { local who=$1; shift; XDG_CONFIG_HOME="$dir/$who" "$bin" "$@"; }
tags_in() { as joost tags list "$1" --json | /usr/bin/python3 -c 'import json,sys; print(len(json.load(sys.stdin)))'; }

as joost project new g.spiegel --recording talk.mp4 --title "Gesprek Jansen" >/dev/null || die "project new g"
as sanne project new sanne.spiegel --recording talk.mp4 >/dev/null || die "project new sanne"
as sanne tags add sanne.spiegel --reviewer Sanne --at 1 --element engagement >/dev/null || die "Sanne's tag"
as sanne tags add sanne.spiegel --at 3 --element safety --negative >/dev/null || die "Sanne's second tag"
as bram project new bram.spiegel --recording talk.mp4 >/dev/null || die "project new bram"
as bram tags add bram.spiegel --reviewer Bram --at 2 --element bond >/dev/null || die "Bram's tag"
as bram tags export bram.spiegel --format json --out bram.json >/dev/null || die "Bram's package"
as dirk project new dirk.spiegel --recording other.mp4 --title "Gesprek De Vries" >/dev/null || die "project new dirk"
as dirk tags add dirk.spiegel --reviewer Dirk --at 1 --element engagement >/dev/null || die "Dirk's tag"
/usr/bin/python3 - bram.json <<'PY' || die "no-fingerprint package"
import json, sys
j = json.load(open(sys.argv[1]))
for r in j["recordings"]:
    r["fingerprint"] = ""
json.dump(j, open("blank.json", "w"))
PY

# Sanne's project and Bram's package come in; Dirk's other recording, the
# blank package and the group's own file are each refused by name.
as joost merge g.spiegel sanne.spiegel bram.json dirk.spiegel blank.json g.spiegel >out.txt 2>err.txt
rc=$?
[ $rc -eq 3 ] || die "merge with refused files exited $rc: $(cat err.txt)"
grep -qx "sanne.spiegel (Sanne)" out.txt || die "no line for Sanne's file: $(cat out.txt)"
grep -qx "3 added, 0 updated, 0 deleted, [0-9]* unchanged, 0 conflicts" out.txt || die "Sanne's counts: $(cat out.txt)"
grep -qx "bram.json (Bram)" out.txt || die "no line for Bram's file: $(cat out.txt)"
grep -q "^In all: 5 added" out.txt || die "total: $(cat out.txt)"
[ "$(wc -l <err.txt)" -eq 3 ] || die "not one sentence per refused file: $(cat err.txt)"
grep -qx 'spiegel: "dirk.spiegel" is work on another recording ("Gesprek De Vries"), not on this one; nothing of it was added.' err.txt ||
  die "Dirk's refusal: $(cat err.txt)"
grep -q '"blank.json" does not say which recording it was coded on' err.txt || die "blank refusal: $(cat err.txt)"
grep -q "\"g.spiegel\" is this project's own file" err.txt || die "own-file refusal: $(cat err.txt)"
[ "$(tags_in g.spiegel)" -eq 3 ] || die "the group's project has $(tags_in g.spiegel) tags, not 3"
as joost tags list g.spiegel >list.txt || die "tags list"
grep -q "Dirk" list.txt && die "Dirk's work came in: $(cat list.txt)"
grep -c "Sanne" list.txt | grep -qx 2 || die "Sanne's tags: $(cat list.txt)"
echo "ok: good files merged, three refused by name"

# Again: nothing changes; with only good files the exit code is 0.
before=$(sqlite3 g.spiegel 'SELECT * FROM annotations; SELECT * FROM reviewers' | md5sum)
as joost merge g.spiegel sanne.spiegel bram.json >out.txt 2>err.txt || die "second merge: $(cat err.txt)"
[ "$(grep -c '^0 added, 0 updated, 0 deleted' out.txt)" -eq 2 ] && grep -q "^In all: 0 added, 0 updated, 0 deleted" out.txt ||
  die "second merge changed something: $(cat out.txt)"
[ "$(sqlite3 g.spiegel 'SELECT * FROM annotations; SELECT * FROM reviewers' | md5sum)" = "$before" ] ||
  die "the second merge changed rows"
echo "ok: merging again changes nothing"

# --all-or-nothing: one refused file keeps the good one out too.
as joost project new g2.spiegel --recording talk.mp4 >/dev/null || die "project new g2"
audit=$(sqlite3 g2.spiegel "SELECT count(*) FROM audit")
as joost merge g2.spiegel sanne.spiegel dirk.spiegel --all-or-nothing >out.txt 2>err.txt
[ $? -eq 3 ] || die "--all-or-nothing did not exit 3"
grep -q "sanne.spiegel: not added, because another file was refused" out.txt || die "held-back line: $(cat out.txt)"
[ "$(wc -l <err.txt)" -eq 1 ] && grep -q "dirk.spiegel" err.txt || die "all-or-nothing stderr: $(cat err.txt)"
[ "$(tags_in g2.spiegel)" -eq 0 ] || die "--all-or-nothing merged something"
[ "$(sqlite3 g2.spiegel "SELECT count(*) FROM audit")" = "$audit" ] || die "--all-or-nothing wrote to the audit log"
echo "ok: --all-or-nothing merges nothing"

# --json: one object per file and the total.
as joost project new g3.spiegel --recording talk.mp4 >/dev/null || die "project new g3"
as joost merge g3.spiegel sanne.spiegel dirk.spiegel bram.json --json >m.json 2>err.txt
[ $? -eq 3 ] || die "--json with a refused file did not exit 3"
/usr/bin/python3 - m.json <<'PY' || die "merge JSON: $(cat m.json)"
import json, sys
j = json.load(open(sys.argv[1]))
f = j["files"]
assert [x["file"] for x in f] == ["sanne.spiegel", "dirk.spiegel", "bram.json"], f
assert f[0]["merged"] and f[0]["added"] == 3 and f[0]["reviewers"] == ["Sanne"] and f[0]["conflicts"] == [], f[0]
assert f[0]["recording"] == "talk" and (f[0]["tags"], f[0]["ratings"]) == (2, 0), f[0]
assert not f[1]["merged"] and f[1]["refused"]["problem"] == "not_same_recording", f[1]
assert "Gesprek De Vries" in f[1]["refused"]["message"] and f[1]["recording"] == "Gesprek De Vries", f[1]
assert "added" not in f[1], f[1]
assert f[2]["merged"] and f[2]["added"] == 2 and f[2]["reviewers"] == ["Bram"], f[2]
assert j["total"]["added"] == 5 and j["total"]["updated"] == 0, j["total"]
PY
echo "ok: --json per file"

# Dutch; a file that is not there; no files at all.
SPIEGEL_LANG=nl as joost merge g.spiegel dirk.spiegel >out.txt 2>err.txt
[ $? -eq 3 ] || die "Dutch refusal exit"
grep -q '"dirk.spiegel" is werk op een andere opname ("Gesprek De Vries"), niet op deze; er is niets van toegevoegd.' err.txt ||
  die "Dutch refusal: $(cat err.txt)"
as joost merge g.spiegel nothere.spiegel sanne.spiegel >out.txt 2>err.txt
[ $? -eq 3 ] && grep -q "nothere.spiegel" err.txt && grep -qx "sanne.spiegel (Sanne)" out.txt || die "missing file: $(cat err.txt)"
as joost merge g.spiegel >out.txt 2>err.txt
[ $? -eq 2 ] && grep -q "colleagues' files" err.txt || die "no files: $(cat err.txt)"
as joost merge --help | grep -q -- "--all-or-nothing" || die "help lacks --all-or-nothing"
echo "cli merge: ok"
