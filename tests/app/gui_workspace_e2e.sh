#!/usr/bin/env bash
# End-to-end test of the reviewer's workspace with real X input (xdotool):
# a short demo project is opened with an empty config, the first-start
# dialog asks who is reviewing (a name is typed and confirmed), playback
# starts with Space, 1 tags engagement (positive) and Space pauses right
# after it (one xdotool call, 80 ms apart, so the paused position is where
# playback was when 1 was pressed), Shift+3 tags a negative element, Ctrl+Z
# undoes that, the Ratings tab is opened and Ctrl+Q quits. The project must
# then hold exactly one new tag: engagement, positive, by the typed
# reviewer, within a second of where playback was (issue #4 §9).
# Screenshots (kept in the scratch dir) of the first-start dialog, the main
# screen, the tag editor, the ratings panel and the start screen (nothing
# open, the project under "Recent projects") are checked for content with
# ImageMagick; regions come from the layout file (--layout-file), never
# from fixed pixel positions.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
gui_need xdotool import convert compare
command -v espeak-ng >/dev/null || { echo "SKIP: espeak-ng missing (spiegel demo needs it)"; exit 0; }

"$bin" demo --out demo --seconds 20 >demo.log 2>&1 || { cat demo.log; echo "spiegel demo failed"; exit 1; }
project=demo/demo.spiegel
[ -f "$project" ] || { echo "the demo wrote no project"; exit 1; }
"$bin" tags list "$project" --json >before.json || { echo "tags list failed"; exit 1; }
n0=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' before.json)
[ ! -e config/spiegel/identity.json ] || { echo "the config dir is not empty"; exit 1; }
key() { xdotool key --clearmodifiers "$@"; }

gui_launch "$project"
xdotool windowsize "$GUI_WID" 1600 900 2>/dev/null
gui_wait "R['identity.start'] and L['window']['w'] == 1600 and V['has_frame']" >/dev/null || exit 1
sleep 0.3 # the modal has faded in
gui_shot shot_first_start.png
xdotool type --delay 60 "Sanne"
key Return
gui_wait "'identity.start' not in R" >/dev/null || exit 1
sleep 0.3
gui_shot shot_main.png
key space
gui_wait "V.get('playing')" 20 >/dev/null || exit 1
sleep 1.5
# 1, then the pausing Space 80 ms later: the tag is where playback was, and
# so (within a frame or two) is the paused position.
key --delay 80 1 space
gui_wait "V.get('tags') == $n0 + 1 and 'paused_at_us' in V" 20 >/dev/null || exit 1
key shift+3
gui_wait "V.get('tags') == $n0 + 2 and R['tag_editor']" 20 >/dev/null || exit 1
sleep 0.3
gui_shot shot_tag_editor.png
key ctrl+z
gui_wait "V.get('tags') == $n0 + 1" 20 >/dev/null || exit 1
gui_press tab.Ratings "not L.get('tag_rows')" # the Tags table is no longer drawn
sleep 0.3
gui_shot shot_ratings.png
side=$(gui_geom side) || exit 1
gui_quit
cat state.json
"$bin" tags list "$project" --json >after.json || { echo "tags list failed"; exit 1; }

python3 - before.json after.json state.json config/spiegel/identity.json <<'PY' || exit 1
import json, sys
before = {t["id"] for t in json.load(open(sys.argv[1]))}
after = json.load(open(sys.argv[2]))
state = json.load(open(sys.argv[3]))
ident = json.load(open(sys.argv[4]))
assert ident.get("name") == "Sanne", f"identity.json: {ident}"
assert state.get("reviewer") == "Sanne", f"state: {state}"
new = [t for t in after if t["id"] not in before]
assert len(new) == 1, f"expected exactly one new tag (1 made, Shift+3 undone), got {new}"
t = new[0]
assert t["element"] == "engagement", t
assert t["valence"] == "positive", t
# Typing "Sanne" made a new reviewer profile, not the demo's Sanne: the tag
# is the new profile's, and the two Sannes are told apart.
demo_sanne = {b["reviewer_id"] for b in json.load(open(sys.argv[1])) if b["reviewer"] == "Sanne"}
assert ident.get("id") and ident["id"] not in demo_sanne, f"identity.json: {ident}, demo Sanne: {demo_sanne}"
assert t["reviewer_id"] == ident["id"], t
assert t["reviewer"] in ("Sanne", "Sanne (2)"), t
names = {a["reviewer"] for a in after if a["reviewer"].startswith("Sanne")}
assert names == {"Sanne", "Sanne (2)"}, names
pos = state["position_us"]
# The Space that paused came 80 ms after the 1, so the paused position is
# where playback was at the key press (plus a frame or two); the tag must
# be within a second of it. Paused on a frame, the position may sit up to
# a frame (40 ms) before the instant the tag was taken.
assert t["start_us"] > 0, f"the tag is at the very start: playback did not run ({t})"
assert -40_000 <= pos - t["start_us"] <= 1_000_000, f"tag at {t['start_us']} us, playback paused at {pos} us"
assert not state["playing"], "the second Space did not pause"
print("new tag:", t["start_us"], "us; paused at", pos, "us")
PY

# The start screen (nothing open) lists the project as recent.
"$bin" --no-audio --screenshot-after 2 shot_start.png >/dev/null 2>&1 || { echo "start screen failed"; exit 1; }
grep -q demo.spiegel config/spiegel/recent_projects.json || { echo "the project is not in the recent list"; exit 1; }

# Each screenshot has content (not one flat colour), and the editor shot
# differs from the main one.
for f in shot_first_start.png shot_main.png shot_tag_editor.png shot_ratings.png shot_start.png; do
  [ -s "$f" ] || { echo "$f missing"; exit 1; }
  sd=$(convert "$f" -colorspace Gray -format "%[fx:standard_deviation]" info:)
  python3 -c "import sys; sys.exit(0 if float('$sd') > 0.02 else 1)" || { echo "$f looks blank (sd $sd)"; exit 1; }
done
diff=$(compare -metric AE shot_main.png shot_tag_editor.png null: 2>&1 | cut -d' ' -f1)
python3 -c "import sys; sys.exit(0 if float('$diff') > 1000 else 1)" || { echo "the tag editor did not change the screen ($diff px)"; exit 1; }
# The ratings panel: scale buttons, labels and indicators in the side panel.
gui_busy shot_ratings.png "$side" 0.05 12
echo "gui workspace e2e: ok"
