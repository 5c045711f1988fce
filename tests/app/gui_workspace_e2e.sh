#!/usr/bin/env bash
# End-to-end test of the reviewer's workspace with real X input (xdotool):
# a short demo project is opened with an empty config, the first-start
# dialog asks who is reviewing (a name is typed and confirmed), playback
# starts with Space, 1 tags engagement (positive), Shift+3 tags a negative
# element, Ctrl+Z undoes that, Space pauses and Ctrl+Q quits. The project
# must then hold exactly one new tag: engagement, positive, by the typed
# reviewer, where playback was. Screenshots (kept in the scratch dir) of the
# first-start dialog, the main screen and the tag editor are checked for
# content with ImageMagick.
set -u
bin=$(readlink -f "$1")
dir=$2
. "$(dirname "$0")/gui_display.inc"
gui_scratch "$dir"
gui_ensure_display
for tool in xdotool import convert compare; do
  command -v $tool >/dev/null || { echo "SKIP: $tool missing"; exit 0; }
done
command -v espeak-ng >/dev/null || { echo "SKIP: espeak-ng missing (spiegel demo needs it)"; exit 0; }

"$bin" demo --out demo --seconds 20 >demo.log 2>&1 || { cat demo.log; echo "spiegel demo failed"; exit 1; }
project=demo/demo.spiegel
[ -f "$project" ] || { echo "the demo wrote no project"; exit 1; }
"$bin" tags list "$project" --json >before.json || { echo "tags list failed"; exit 1; }
[ ! -e config/spiegel/identity.json ] || { echo "the config dir is not empty"; exit 1; }

shot() { import -window root "$1" 2>/dev/null || echo "screenshot $1 failed"; }
key() { xdotool key --clearmodifiers "$@"; }

"$bin" "$project" --no-audio --print-state-on-exit --quit-after 150 >state.json 2>app.log &
pid=$!
wid=$(timeout 60 xdotool search --sync --onlyvisible --name Spiegel | head -1)
[ -n "$wid" ] || { echo "window did not appear"; kill $pid; exit 1; }
xdotool windowsize "$wid" 1600 900 2>/dev/null
xdotool windowfocus --sync "$wid" 2>/dev/null || xdotool windowfocus "$wid"
sleep 3 # the project opens, the first picture shows, the dialog settles
shot shot_first_start.png
xdotool type --delay 60 "Sanne"
sleep 0.5
key Return
sleep 1.5
shot shot_main.png
key space
sleep 2
key 1
sleep 0.4
key shift+3
sleep 1.0
shot shot_tag_editor.png
key ctrl+z
sleep 0.4
key space # pause, so the position printed on exit is where the tag was made (plus reaction)
sleep 0.8
key ctrl+q
wait $pid
status=$?
cat state.json
[ $status -eq 0 ] || { cat app.log; echo "the program failed ($status)"; exit 1; }
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
assert t["reviewer"] == "Sanne", t
pos = state["position_us"]
# Space paused right after the keys: the tag is at most the time between
# key 1 and that Space before the paused position (a generous bound for a
# loaded machine), and playback did move before the tag.
assert t["start_us"] > 0, f"the tag is at the very start: playback did not run ({t})"
assert 0 <= pos - t["start_us"] <= 2_500_000, f"tag at {t['start_us']} us, playback paused at {pos} us"
assert not state["playing"], "the second Space did not pause"
print("new tag:", t["start_us"], "us; paused at", pos, "us")
PY

# Each screenshot has content (not one flat colour), and the editor shot
# differs from the main one.
for f in shot_first_start.png shot_main.png shot_tag_editor.png; do
  [ -s "$f" ] || { echo "$f missing"; exit 1; }
  sd=$(convert "$f" -colorspace Gray -format "%[fx:standard_deviation]" info:)
  python3 -c "import sys; sys.exit(0 if float('$sd') > 0.02 else 1)" || { echo "$f looks blank (sd $sd)"; exit 1; }
done
diff=$(compare -metric AE shot_main.png shot_tag_editor.png null: 2>&1 | cut -d' ' -f1)
python3 -c "import sys; sys.exit(0 if float('$diff') > 1000 else 1)" || { echo "the tag editor did not change the screen ($diff px)"; exit 1; }
echo "gui workspace e2e: ok"
