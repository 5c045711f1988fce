#!/usr/bin/env bash
# The compare view (issue #12 §2) on the demo project, which Sanne and
# Joost both tagged: V opens it; one lane per reviewer and element, Sanne's
# (the current reviewer, no gold standard) first as the reference; as many
# links as `spiegel agreement` counts matched pairs and as many
# disagreements as it counts unmatched tags (the same matching). D puts the
# paused player on the first disagreement and selects its tag, D again on
# the next, Shift+D back. Choosing one element leaves two lanes. The Ratings
# tab's "Side by side" shows a column per reviewer. Screenshots at 1280x800
# in English and Dutch: compare_en.png, compare_nl.png, compare_one_en.png,
# ratings_side_nl.png.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$1" "$2" 1280x800 330 359
gui_need xdotool import
gui_demo
project=demo/demo.spiegel
"$bin" agreement "$project" --json >agreement.json || { echo "spiegel agreement failed"; exit 1; }
read -r names matched unmatched < <(python3 - agreement.json <<'PY'
import json, sys
a = json.load(open(sys.argv[1]))
assert len(a["pairs"]) == 1, "the demo should have exactly two reviewers"
p = a["pairs"][0]
e = p["events"]
print(p["a"]["name"] + "," + p["b"]["name"], e["matched"], e["unmatched_a"] + e["unmatched_b"])
PY
)
[ -n "${unmatched:-}" ] || { echo "could not read the agreement"; exit 1; }
echo "reviewers $names: $matched matched, $unmatched unmatched (spiegel agreement)"
[ "$matched" -gt 0 ] && [ "$unmatched" -gt 1 ] || { echo "the demo needs matched and unmatched tags for this test"; exit 1; }

lanes="L.get('compare_lanes', [])"
gui_launch "$project"
gui_wait "V['has_frame'] and V['jobs_done'] and L.get('lanes') and not V['playing'] and 'paused_at_us' in V" >/dev/null || exit 1
elements=$(gui_wait "len(L['lanes'])") || exit 1 # one per element of the codebook
gui_key v
gui_wait "len($lanes) == 2 * $elements and 'lanes' not in L" >/dev/null ||
  { echo "V did not show 2 x $elements compare lanes in place of the element lanes: $(cat "$GUI_LAYOUT")"; exit 1; }
gui_wait "all(l['reference'] == (i < $elements) for i, l in enumerate($lanes)) and $lanes[0]['name'] == 'Sanne'" >/dev/null ||
  { echo "Sanne's lanes should come first, as the reference"; exit 1; }
gui_wait "V['compare_links'] == $matched and len(L.get('compare_disagreements', [])) == $unmatched" >/dev/null ||
  { echo "the view's links / disagreements differ from spiegel agreement's $matched / $unmatched"; exit 1; }
gui_wait "V['compare_links_drawn'] > 0 and sum(l['unmatched'] for l in $lanes) == $unmatched" >/dev/null ||
  { echo "no links drawn, or the lanes do not mark the $unmatched unmatched tags"; exit 1; }
gui_wait "'$matched matched' in V['compare_summary'] and 'within' in V['compare_summary']" >/dev/null ||
  { echo "summary: $(gui_wait "V['compare_summary']")"; exit 1; }
echo "compare view: $(gui_wait "V['compare_summary']")"

# D: to the first disagreement after the playhead, its tag selected.
first=$(gui_wait "next(int(t) for t in L['compare_disagreements'] if t > V['paused_at_us'])") || exit 1
gui_key d
gui_wait "V.get('selected_tag') and not V['playing'] and abs(V['paused_at_us'] - $first) <= 60_000" 20 >/dev/null ||
  { echo "D did not put the playhead on the disagreement at $first us: $(gui_wait "V['paused_at_us']")"; exit 1; }
tag1=$(gui_wait "V['selected_tag']") || exit 1
second=$(gui_wait "L['compare_disagreements'][L['compare_disagreements'].index($first) + 1]") || exit 1
gui_key d
gui_wait "V.get('selected_tag') != '$tag1' and abs(V['paused_at_us'] - $second) <= 60_000" 20 >/dev/null ||
  { echo "D again did not go to the next disagreement at $second us"; exit 1; }
gui_key shift+d
gui_wait "V.get('selected_tag') == '$tag1' and abs(V['paused_at_us'] - $first) <= 60_000" 20 >/dev/null ||
  { echo "Shift+D did not go back to the disagreement at $first us"; exit 1; }
"$bin" tags list "$project" --json >tags.json
python3 - tags.json "$tag1" "$first" <<'PY' || { echo "the selected tag is not a tag at the disagreement's time"; exit 1; }
import json, sys
t = next(t for t in json.load(open(sys.argv[1])) if t["id"] == sys.argv[2])
assert t["start_us"] == int(sys.argv[3]), t
PY
echo "D / Shift+D: $first us, $second us, back to $first us"
gui_shot compare_en.png

# One element: two lanes, the reference's first.
gui_press compare.element "R.get('compare.element.engagement')"
gui_press compare.element.engagement "len($lanes) == 2 and all(l['element'] == 'engagement' for l in $lanes)"
gui_wait "$lanes[0]['reference'] and not $lanes[1]['reference']" >/dev/null || exit 1
echo "one element: two lanes"
gui_shot compare_one_en.png
gui_quit

# Dutch: the view and the ratings side by side.
export SPIEGEL_LANG=nl
gui_launch "$project" --side-tab ratings
gui_wait "V['has_frame'] and V['jobs_done'] and L.get('lanes')" >/dev/null || exit 1
gui_key v
gui_wait "len($lanes) == 2 * $elements and 'binnen' in V['compare_summary']" >/dev/null ||
  { echo "the Dutch compare view is not there: $(cat "$GUI_LAYOUT")"; exit 1; }
gui_press ratings.side_by_side "V.get('ratings_side_columns') == 2"
echo "ratings side by side: two columns, $(gui_wait "str(V['ratings_side_split_cells'])") split cells"
xdotool mousemove --window "$GUI_WID" 300 200 # no tooltip over the table
sleep 0.5
gui_shot compare_nl.png
gui_quit
for f in compare_en.png compare_one_en.png compare_nl.png; do
  [ -s "$f" ] || { echo "no screenshot $f"; exit 1; }
done
echo "gui compare: ok"
