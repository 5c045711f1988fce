#!/usr/bin/env bash
# The Agreement tab (issue #12 §3-4) on the demo project, which Sanne and
# Joost both coded, in a 1280x800 window of its own display: the numbers it
# shows are the ones `spiegel agreement --json` gives for the same project,
# formatted as the tab does (Dutch decimal commas in Dutch). Then, with the
# real mouse and keys: a tolerance typed into the tab is the project's (the
# CLI computes with it, and agrees with the tab again); Joost is marked as the gold standard on the Reviewers tab
# (the project says so afterwards) and the Agreement tab compares Sanne with
# him (missed and added moments as the JSON counts them); File > Export >
# Agreement report... writes the HTML report through the file browser's
# save mode, holding the tab's numbers. Screenshots: agreement_en.png,
# agreement_gold_en.png, agreement_nl.png.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@" 1280x800 360 389
die() { echo "gui agreement tab: $*"; [ -n "${GUI_PID:-}" ] && kill "$GUI_PID" 2>/dev/null; exit 1; }
gui_need xdotool import
gui_demo
project=demo/demo.spiegel

# expected LANG: a Python expression over V that holds when the tab shows
# what the CLI's JSON says, in the tab's format for LANG.
expected() {
  SPIEGEL_LANG=$1 "$bin" agreement "$project" --json >"expected_$1.json" 2>/dev/null || die "agreement --json failed"
  /usr/bin/python3 - "expected_$1.json" "$1" <<'PY'
import json, sys
j, lang = json.load(open(sys.argv[1])), sys.argv[2]
def dec(v, n=2):
    if v is None:
        return "niet bepaald" if lang == "nl" else "undefined"
    s = "%.*f" % (n, v)
    if s.lstrip("-").strip("0.") == "":
        s = s.lstrip("-")
    return s.replace(".", ",") if lang == "nl" else s
pct = lambda v: dec(v, 1) + " %" if v is not None else dec(None)
want = {"agreement.ready": 1}
r = j["ratings"]
want["agreement.icc_a1"] = dec(r["icc"]["ICC_A1"]["value"]) if r["icc"]["ICC_A1"] else dec(None)
want["agreement.alpha_ordinal"] = dec(r["alpha_ordinal"])
want["agreement.alpha_interval"] = dec(r["alpha_interval"])
want["agreement.within_one"] = pct(r["within_one_pct"])
for i, p in enumerate(j["pairs"]):
    e, w = p["events"], p["ratings_weighted_kappa"]
    want["agreement.pair.%d" % i] = "|".join([p["a"]["name"] + " \u2013 " + p["b"]["name"], str(e["matched"]),
        str(e["unmatched_a"]), str(e["unmatched_b"]), dec(e["kappa"]), dec(p["time_unit"]["kappa"]),
        dec(w["linear"]) + " / " + dec(w["quadratic"])])
for g in j["gold"][:1]:
    els = g["elements"]
    want["agreement.gold.missed"] = str(sum(len(e["missed"]) for e in els))
    want["agreement.gold.added"] = str(sum(len(e["added"]) for e in els))
    want["agreement.gold.within_one"] = pct(g["ratings"]["within_one_pct"])
assert j["pairs"], "the demo should have two reviewers"
print(" and ".join("V.get(%r) == %r" % kv for kv in want.items()))
PY
}

wait_numbers() { # LANG: the tab shows the CLI's numbers
  local expr
  expr=$(expected "$1") || die "no expected values"
  gui_wait "$expr" 60 >/dev/null || die "the tab ($1) does not show the CLI's numbers: want $expr; layout: $(cat "$GUI_LAYOUT")"
}

gui_launch "$project" --side-tab agreement
gui_wait "V['has_frame'] and V.get('side_tab') == 'Agreement'" >/dev/null || exit 1
wait_numbers en
echo "English: the tab shows the CLI's numbers ($(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["ratings"]["icc"]["ICC_A1"])' expected_en.json))"

# The tolerance is the project's: typed here, the CLI computes with it.
gui_press agreement.tolerance "True"
gui_hold ctrl+a
xdotool type --delay 20 "3"
gui_hold Return
for i in $(seq 1 50); do
  "$bin" agreement "$project" --json 2>/dev/null | /usr/bin/python3 -c 'import json,sys; sys.exit(json.load(sys.stdin)["tolerance_s"] != 3)' && break
  sleep 0.2
done
"$bin" agreement "$project" --json | /usr/bin/python3 -c 'import json,sys; sys.exit(json.load(sys.stdin)["tolerance_s"] != 3)' ||
  die "the typed tolerance did not reach the project"
wait_numbers en
echo "the tolerance typed in the tab (3 s) is the project's; the tab and the CLI agree on it"
xdotool mousemove --window "$GUI_WID" 300 250 # no tooltip in the picture
sleep 0.3
gui_shot agreement_en.png

# Joost becomes the gold standard on the Reviewers tab.
gui_press tab.Reviewers "V.get('side_tab') == 'Reviewers' and R.get('reviewers.gold.Joost')"
gui_press reviewers.gold.Joost "True"
for i in $(seq 1 50); do
  "$bin" reviewers list "$project" --json 2>/dev/null | /usr/bin/python3 -c '
import json, sys; sys.exit(0 if {r["name"]: r["gold"] for r in json.load(sys.stdin)}.get("Joost") else 1)' && break
  sleep 0.2
done
"$bin" reviewers list "$project" --json | grep -q '"gold": true' || die "the checkbox did not mark Joost as the gold standard"
echo "Joost is the gold standard in the project"
gui_press tab.Agreement "V.get('side_tab') == 'Agreement'"
wait_numbers en
gui_wait "'Sanne' in V.get('agreement.gold.verdict', '')" >/dev/null || die "no gold comparison for Sanne"
echo "gold: $(gui_wait "V.get('agreement.gold.verdict')")"
xdotool mousemove --window "$GUI_WID" 300 250
sleep 0.3
gui_shot agreement_gold_en.png

# File > Export > Agreement report...: the save browser, a name, Save.
gui_press menu.file "R.get('menu.export')"
gui_press menu.export "R.get('menu.export.agreement')"
gui_press menu.export.agreement "R.get('browser.save') and 'browser.save_name' in V"
gui_wait "V['browser.save_name'].endswith('.html')" >/dev/null || die "no name offered"
folder=$(gui_wait "V.get('browser.folder')") || exit 1
gui_press browser.save_name "True"
gui_hold ctrl+a
xdotool type --delay 20 "tab-report"
gui_wait "V.get('browser.save_name') == 'tab-report'" >/dev/null || die "the name was not typed"
gui_press browser.save "'browser.save' not in R"
for i in $(seq 1 100); do [ -s "$folder/tab-report.html" ] && break; sleep 0.1; done
[ -s "$folder/tab-report.html" ] || die "no report at $folder/tab-report.html"
icc=$(gui_wait "V.get('agreement.icc_a1')") || exit 1
grep -q ">$icc<" "$folder/tab-report.html" || die "the report lacks the tab's ICC(A,1) $icc"
grep -q "Sanne compared with Joost" "$folder/tab-report.html" || die "the report lacks the gold comparison"
echo "report: $folder/tab-report.html holds ICC(A,1) $icc"
gui_quit

# Dutch: the same numbers with decimal commas (a tolerance of 1.5 s shows as 1,5).
"$bin" agreement "$project" --set-tolerance 1.5 >/dev/null || die "--set-tolerance failed"
SPIEGEL_LANG=nl gui_launch "$project" --side-tab agreement
gui_wait "V['has_frame'] and V.get('side_tab') == 'Overeenstemming'" >/dev/null || exit 1
wait_numbers nl
gui_wait "V.get('agreement.tolerance') == '1,5'" >/dev/null || die "the Dutch tolerance field: $(cat "$GUI_LAYOUT")"
xdotool mousemove --window "$GUI_WID" 300 250
gui_wait "'Sanne' in V.get('agreement.gold.verdict', '')" >/dev/null || die "no Dutch gold comparison"
sleep 0.3
gui_shot agreement_nl.png
gui_quit
for f in agreement_en.png agreement_gold_en.png agreement_nl.png; do [ -s "$f" ] || die "no screenshot $f"; done
echo "gui agreement tab: ok"
