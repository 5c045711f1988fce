#!/usr/bin/env bash
# A blind coding round from the command line, as a group works: Fenna
# starts it on the group's project, Anne and Bram code on their own copies
# (three people: three config dirs, three profiles), Fenna merges the
# copies in, and each sees only what the round allows until they reveal;
# tags list, tags export and agreement follow the same rule.
. "$(dirname "$0")/cli_setup.inc" "$@"
cd "$dir" || exit 1
make_clip talk.mp4 14.5 || die "ffmpeg failed"
as() { local who=$1; shift; XDG_CONFIG_HOME="$dir/$who" "$bin" "$@"; }
as fenna project new g.spiegel --recording talk.mp4 >/dev/null || die "project new failed"
as fenna round start g.spiegel --blind --members "Anne, Bram,Cato" --reviewer Fenna >id.txt 2>err.txt ||
  die "round start: $(cat err.txt)"
grep -q "Blind round: 0 of 3 done. Still coding: Anne, Bram and Cato." err.txt || die "start text: $(cat err.txt)"
grep -q "independent judgement, not secrecy" err.txt || die "no word on why: $(cat err.txt)"
as fenna round start g.spiegel --reviewer Fenna >out.txt 2>&1; [ $? -eq 4 ] || die "a second round was not refused"
grep -q "A coding round runs on this recording already" out.txt || die "second round: $(cat out.txt)"

# Each codes on a copy of the group's project on their own laptop.
cp g.spiegel anne.spiegel && cp g.spiegel bram.spiegel
as anne tags add anne.spiegel --reviewer Anne --at 1 --element engagement >/dev/null || die "Anne's tag"
as anne tags add anne.spiegel --at 9 --element safety --negative >/dev/null || die "Anne's second tag"
as bram tags add bram.spiegel --reviewer Bram --at 2 --element engagement >/dev/null || die "Bram's tag"
as bram rate bram.spiegel --subject family --element system --value 1 >/dev/null || die "Bram's rating"
# Anne's own copy shows her own tags only: the round came with the copy.
[ "$(as anne tags list anne.spiegel 2>/dev/null | wc -l)" -eq 2 ] || die "Anne's copy"
as fenna merge g.spiegel anne.spiegel >/dev/null || die "merge Anne"
as fenna merge g.spiegel bram.spiegel >/dev/null || die "merge Bram"

# The facilitator sees nobody's work, only the status.
[ "$(as fenna tags list g.spiegel 2>err.txt | wc -l)" -eq 0 ] || die "Fenna sees tags"
grep -q "Not shown: 3 tags or ratings" err.txt || die "hidden line: $(cat err.txt)"
as fenna round status g.spiegel --json >s.json || die "status"
/usr/bin/python3 - s.json <<'PY' || die "status JSON: $(cat s.json)"
import json, sys
j = json.load(open(sys.argv[1]))
assert j["blind"] and j["started_by"] == "Fenna", j
assert [m["name"] for m in j["members"]] == ["Anne", "Bram", "Cato"], j
assert (j["expected"], j["done"], j["you_revealed"], j["you_are_member"]) == (3, 0, False, False), j
PY
as anne tags list g.spiegel --json >a.json 2>/dev/null || die "Anne's list"
/usr/bin/python3 -c 'import json,sys; t=json.load(open(sys.argv[1])); assert sorted(x["reviewer"] for x in t) == ["Anne","Anne"], t' a.json ||
  die "before reveal Anne sees: $(cat a.json)"

# Anne reveals; Bram has not, so she still sees only her own.
as anne round reveal g.spiegel >out.txt || die "reveal: $(cat out.txt)"
grep -q "1 of 3 done. Still coding: Bram and Cato." out.txt || die "after reveal: $(cat out.txt)"
[ "$(as anne tags list g.spiegel 2>/dev/null | wc -l)" -eq 2 ] || die "Anne sees Bram before he revealed"
as anne round reveal g.spiegel | grep -q "nothing changed" || die "a second reveal"
# Her coding stays as it was.
as anne tags add g.spiegel --at 4 --element bond >out.txt 2>&1; [ $? -eq 4 ] || die "a tag after reveal was taken"
grep -q "You have shown your coding to the group in this round" out.txt || die "after reveal: $(cat out.txt)"

as bram round reveal g.spiegel >/dev/null || die "Bram's reveal"
as anne tags list g.spiegel --json >a.json 2>/dev/null || die "Anne's list after"
/usr/bin/python3 -c 'import json,sys; t=json.load(open(sys.argv[1])); assert sorted(x["reviewer"] for x in t) == ["Anne","Anne","Bram"], t' a.json ||
  die "after both revealed Anne sees: $(cat a.json)"
as anne agreement g.spiegel --json >ag.json 2>/dev/null || die "agreement"
/usr/bin/python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); [p]=j["pairs"]; assert {p["a"]["name"],p["b"]["name"]}=={"Anne","Bram"} and p["events"]["matched"]==1, j' ag.json ||
  die "agreement as Anne: $(cat ag.json)"
# Fenna never revealed: still nothing, in every export too.
as fenna agreement g.spiegel --json >fg.json 2>/dev/null || die "Fenna's agreement"
/usr/bin/python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); assert j["pairs"] == [], j' fg.json || die "Fenna's agreement: $(cat fg.json)"
as fenna tags export g.spiegel --format csv --out f.csv 2>/dev/null || die "Fenna's CSV"
[ "$(wc -l <f.csv)" -eq 1 ] || die "Fenna's CSV holds tags: $(cat f.csv)"
as anne tags export g.spiegel --format csv --out a.csv 2>/dev/null || die "Anne's CSV"
[ "$(wc -l <a.csv)" -eq 4 ] || die "Anne's CSV: $(cat a.csv)"
as fenna tags export g.spiegel --format json --out f.json 2>/dev/null || die "Fenna's package"
/usr/bin/python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); assert j["annotations"] == [] and j["ratings"] == [] and len(j["reveals"]) == 2, j' f.json ||
  die "Fenna's package carries hidden work"
SPIEGEL_LANG=nl as fenna round status g.spiegel >nl.txt || die "Dutch status"
grep -q "Blinde ronde: 2 van 3 klaar. Nog bezig: Cato." nl.txt || die "Dutch: $(cat nl.txt)"
# The consensus, after the reveal: a rating and a promoted tag, both
# agreed by Anne and Bram; Fenna, who did not reveal, may not write it.
as fenna round agree g.spiegel --subject family --element system --value 1 >out.txt 2>&1; [ $? -eq 4 ] ||
  die "Fenna agreed without revealing"
grep -q "Reveal your own coding first" out.txt || die "Fenna's consensus: $(cat out.txt)"
as anne round agree g.spiegel --subject family --element system --value 2 --why "samen" >/dev/null || die "agree rating"
bram_tag=$(/usr/bin/python3 -c 'import json,sys; print(next(t["id"] for t in json.load(open(sys.argv[1])) if t["reviewer"] == "Bram"))' a.json)
as anne round agree g.spiegel --tag "$bram_tag" >/dev/null || die "agree tag"
as anne tags list g.spiegel --json >c.json 2>/dev/null || die "list with consensus"
/usr/bin/python3 -c 'import json,sys; t=json.load(open(sys.argv[1])); c=[x for x in t if x["reviewer"]=="Consensus"]; assert len(c)==1 and c[0]["start_us"]==2000000, t' c.json ||
  die "consensus tag: $(cat c.json)"
[ "$(sqlite3 g.spiegel "SELECT agreed_by FROM ratings WHERE value = 2 AND subject = 'family'" | tr ',' '
' | wc -l)" -eq 2 ] ||
  die "the consensus rating does not name both who agreed"
as anne round agree g.spiegel --tag "$bram_tag" --value 2 >/dev/null 2>&1; [ $? -eq 2 ] || die "agree with --tag and --value"
# The reveals are in the audit log.
[ "$(sqlite3 g.spiegel "SELECT count(*) FROM audit WHERE action = 'reveal'")" -eq 2 ] || die "audit"
echo "cli round: ok"
