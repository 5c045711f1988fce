#!/usr/bin/env bash
# spiegel agreement on a project two reviewers coded, against values worked
# out by hand (the statistics themselves are tested against published
# tables in tests/annotate/):
#   Anne: engagement+ at 1 and 5 s, safety- at 9 s; Bram: engagement+ at 2
#   and 6 s, bond+ at 12 s (a 14.5 s recording).
#   events (±2 s): 2 matched, 1 + 1 unmatched; table (eng+,eng+) 2,
#     (safety-,none) 1, (none,bond+) 1: po = 1/2, pe = 5/16, kappa = 3/11.
#   time units (1 s): 15 instants; points count at their own instant; 9
#     none-none, 6 one-sided: po = 9/15, pe = 148/225, kappa = -13/77.
#   ratings (mother engagement 2 | 3, father engagement 1 | -1, family
#     system 0 | 0): 3 rows, all complete; within 1 point 2 of 3 pairs;
#     linear weighted kappa over -3..3: po = 15/18, pe = 6.5/9, kappa = 0.4.
. "$(dirname "$0")/cli_setup.inc" "$@"
cd "$dir" || exit 1
make_clip talk.mp4 14.5 || die "ffmpeg failed"
"$bin" project new p.spiegel --recording talk.mp4 >/dev/null || die "project new failed"
tag() { "$bin" tags add p.spiegel --reviewer "$1" --at "$2" --element "$3" ${4:+--negative} >/dev/null || die "tags add $*"; }
rate() { "$bin" rate p.spiegel --reviewer "$1" --subject "$2" --element "$3" --value "$4" >/dev/null || die "rate $*"; }
tag Anne 1 engagement; tag Anne 5 engagement; tag Anne 9 safety neg
tag Bram 2 engagement; tag Bram 6 engagement; tag Bram 12 bond
rate Anne moeder engagement 2; rate Anne vader engagement 1; rate Anne family system 0
rate Bram moeder engagement 3; rate Bram vader engagement -1; rate Bram family system 0

"$bin" agreement p.spiegel --json >a.json || die "agreement failed: $(cat a.json)"
/usr/bin/python3 - a.json <<'PY' || die "unexpected numbers: $(cat a.json)"
import json, sys
j = json.load(open(sys.argv[1]))
near = lambda x, y: x is not None and abs(x - y) < 1e-9
assert j["tolerance_s"] == 2 and j["unit_s"] == 1, j
[p] = j["pairs"]
assert {p["a"]["name"], p["b"]["name"]} == {"Anne", "Bram"}, p
e = p["events"]
assert (e["matched"], e["unmatched_a"] + e["unmatched_b"]) == (2, 2) and near(e["kappa"], 3 / 11), e
t = p["time_unit"]
assert t["instants"] == 15 and near(t["kappa"], -13 / 77), t
w = p["ratings_weighted_kappa"]
assert near(w["linear"], 0.4) and w["pairs"] == 3, w
r = j["ratings"]
assert (r["rows"], r["rows_complete"]) == (3, 3), r
assert r["within_one_pairs"] == [2, 3] and near(r["within_one_pct"], 200 / 3), r
for k in ("ICC1", "ICC_A1", "ICC_C1", "ICC1k", "ICC_Ak", "ICC_Ck"):
    assert k in r["icc"], k
assert "value" in r["icc"]["ICC_A1"] and len(r["icc"]["ICC_A1"]["ci95"]) == 2, r["icc"]
PY

# A wider tolerance (5 s) pairs nothing new here; a named pair; the text in Dutch.
"$bin" agreement p.spiegel --tolerance 5 --reviewers Bram,Anne --json >b.json || die "agreement --tolerance failed"
/usr/bin/python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); p=j["pairs"][0]
assert j["tolerance_s"] == 5 and p["a"]["name"] == "Bram" and p["events"]["matched"] == 2, j' b.json || die "tolerance 5"
SPIEGEL_LANG=nl "$bin" agreement p.spiegel >nl.txt || die "agreement (text) failed"
grep -q "binnen 1 punt: 66,7 %" nl.txt && grep -q "kappa 0,27" nl.txt || die "Dutch text: $(cat nl.txt)"
grep -q "Anne – Bram" nl.txt || die "names: $(cat nl.txt)"
# Bad input: a name that is not there, a tolerance that is not a time.
"$bin" agreement p.spiegel --reviewers Anne,Cees >out.txt 2>&1 && die "an unknown reviewer was accepted"
grep -q '"Cees" is not a reviewer of this project; its reviewers are: Anne, Bram' out.txt || die "unknown: $(cat out.txt)"
"$bin" agreement p.spiegel --tolerance soon >out.txt 2>&1; [ $? -eq 2 ] || die "a bad tolerance did not exit 2"
grep -q "tolerance needs a time above zero" out.txt || die "bad tolerance: $(cat out.txt)"

# ICC(A,k) on these three rows: its lower bound lies past the Spearman-Brown
# pole (unbounded below), so it is null, never above the upper bound.
/usr/bin/python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["ratings"]["icc"]
lo, hi = r["ICC_Ak"]["ci95"]
assert lo is None and hi is not None and hi >= r["ICC_Ak"]["value"], r
for k, v in r.items():
    a, b = v["ci95"]
    assert a is None or b is None or a <= b, (k, v)' a.json || die "ICC bounds: $(cat a.json)"

# The HTML report: one self-contained page with the same numbers, and its
# definitions; in Dutch with decimal commas.
"$bin" agreement p.spiegel --html report.html --json >h.json 2>h.err || die "agreement --html failed: $(cat h.err)"
[ -s report.html ] || die "no report.html"
cmp -s <(/usr/bin/python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); j.pop("duration_s"); print(j)' a.json) \
  <(/usr/bin/python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); j.pop("duration_s"); print(j)' h.json) ||
  die "--html changed the JSON"
grep -q "Wrote the agreement report to report.html" h.err || die "no word of the report: $(cat h.err)"
for want in '<!DOCTYPE html>' '<style>' 'Anne &ndash;\|Anne – Bram' '>0.27<' '>-0.17<' '>0.64<' '66.7 %' 'Koo &amp; Li' \
  'Intraclass correlations (McGraw &amp; Wong, 1996)' 'Cohen'"'"'s kappa is computed over a table of the codes'; do
  grep -q "$want" report.html || die "report.html lacks $want"
done
grep -q '<link\|<script\|src="http' report.html && die "report.html is not self-contained"
SPIEGEL_LANG=nl "$bin" agreement p.spiegel --html rapport.html >/dev/null 2>&1 || die "agreement --html (nl) failed"
grep -q '<html lang="nl">' rapport.html && grep -q '>0,27<' rapport.html && grep -q '66,7 %' rapport.html ||
  die "Dutch report: $(grep -o '<td class="n">[^<]*' rapport.html | head)"
# A folder that cannot be written: a sentence, no half file.
"$bin" agreement p.spiegel --html /nonexistent/r.html >out.txt 2>&1 && die "a report into a missing folder was accepted"
grep -q "/nonexistent/r.html" out.txt || die "unwritable report: $(cat out.txt)"

# Settings are the project's: --set-tolerance / --set-unit write them, the
# next run uses them, --tolerance still overrides one run.
"$bin" agreement p.spiegel --set-tolerance 5 --set-unit 0.5 >set.txt || die "--set-tolerance failed"
grep -q "tolerance 5 s, time unit 0.5 s" set.txt || die "set: $(cat set.txt)"
"$bin" agreement p.spiegel --json >s.json || die "agreement after set failed"
/usr/bin/python3 -c 'import json,sys; j=json.load(open(sys.argv[1]))
assert j["tolerance_s"] == 5 and j["unit_s"] == 0.5 and j["pairs"][0]["time_unit"]["instants"] == 30, j' s.json ||
  die "settings not used: $(cat s.json)"
"$bin" agreement p.spiegel --tolerance 2 --json >o.json || die "override failed"
/usr/bin/python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); assert j["tolerance_s"] == 2 and j["unit_s"] == 0.5, j' o.json ||
  die "override: $(cat o.json)"
"$bin" agreement p.spiegel --set-tolerance 0 >out.txt 2>&1; [ $? -eq 2 ] || die "a zero tolerance did not exit 2"
grep -q "set-tolerance needs a time above zero" out.txt || die "zero tolerance: $(cat out.txt)"
"$bin" agreement p.spiegel --set-unit 2:00:00 >out.txt 2>&1 && die "a two-hour unit was accepted"
"$bin" agreement p.spiegel --json >s2.json && cmp -s s.json s2.json || die "a refused setting changed the project"
"$bin" agreement p.spiegel --set-tolerance 2 --set-unit 1 >/dev/null || die "resetting the settings failed"

# The gold standard: Bram's coding is the expert's; Anne compares herself.
"$bin" reviewers gold p.spiegel Bram >g.txt || die "reviewers gold failed"
grep -q "Bram is the gold standard now." g.txt || die "gold: $(cat g.txt)"
"$bin" reviewers list p.spiegel --json >l.json || die "reviewers list failed"
/usr/bin/python3 -c 'import json,sys; l={r["name"]: r for r in json.load(open(sys.argv[1]))}
assert l["Bram"]["gold"] is True and l["Anne"]["gold"] is False and l["Anne"]["tags"] == 3, l' l.json || die "list: $(cat l.json)"
"$bin" agreement p.spiegel --json --html gold.html >gj.json 2>/dev/null || die "agreement with a gold standard failed"
/usr/bin/python3 - gj.json <<'PY2' || die "gold comparison: $(cat gj.json)"
import json, sys
j = json.load(open(sys.argv[1]))
[g] = j["gold"]
assert (g["trainee"]["name"], g["gold"]["name"]) == ("Anne", "Bram"), g
el = {e["element"]: e for e in g["elements"]}
assert el["engagement"]["matched"] == 2 and not el["engagement"]["missed"] and not el["engagement"]["added"], el
assert [m["start_s"] for m in el["bond"]["missed"]] == [12] and [m["start_s"] for m in el["safety"]["added"]] == [9], el
assert g["events"]["matched"] == 2 and g["ratings"]["within_one_pairs"] == [2, 3] and g["meets_criterion"] is False, g
PY2
grep -q "Anne compared with Bram" gold.html && grep -q "00:00:12.000 +" gold.html || die "gold in the report"
"$bin" agreement p.spiegel | grep -q "Anne does not meet the training criterion yet: 66.7 %" || die "gold verdict in the text"
"$bin" reviewers gold p.spiegel Cees >out.txt 2>&1 && die "an unknown gold reviewer was accepted"
grep -q '"Cees" is not a reviewer of this project' out.txt || die "unknown gold: $(cat out.txt)"
"$bin" reviewers gold p.spiegel Bram --off | grep -q "Bram is no longer the gold standard." || die "gold --off"
"$bin" agreement p.spiegel --json | /usr/bin/python3 -c 'import json,sys; assert json.load(sys.stdin)["gold"] == []' ||
  die "gold still compared after --off"

# In a blind round a reviewer who has not revealed cannot be made the gold
# standard (it would show their work to everyone who revealed); after the
# reveal they can.
"$bin" round start p.spiegel --blind --members Anne,Bram --reviewer Anne >/dev/null 2>&1 || die "round start failed"
"$bin" reviewers gold p.spiegel Anne --reviewer Anne >out.txt 2>&1; [ $? -eq 4 ] || die "gold on blind work was not refused"
grep -q "Anne is still coding blind" out.txt || die "blind gold: $(cat out.txt)"
"$bin" reviewers list p.spiegel --json --reviewer Anne | grep -q '"gold": true' && die "a refused gold mark was written"
"$bin" round reveal p.spiegel --reviewer Anne >/dev/null || die "reveal failed"
"$bin" reviewers gold p.spiegel Anne --reviewer Anne | grep -q "Anne is the gold standard now." || die "gold after the reveal"
echo "cli agreement: ok"
