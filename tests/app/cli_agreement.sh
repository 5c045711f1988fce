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
echo "cli agreement: ok"
