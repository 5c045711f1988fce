#!/usr/bin/env bash
# GUI test of the reviewer's workspace: a project with tags of all four
# alliance elements opens from the command line; the timeline shows one lane
# per element with coloured markers (checked by counting pixels of each
# element's colour in the timeline area), the Tags tab lists them, and the
# state printed on exit reports the tags; each lane's label carries its
# tagging key. Screenshot: lanes.png.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
make_clip clip.mp4 20 || { echo "ffmpeg could not make the clip"; exit 1; }

"$bin" project new p.spiegel --recording clip.mp4 >/dev/null || { echo "project new failed"; exit 1; }
add() { "$bin" tags add p.spiegel --reviewer Sanne "$@" >/dev/null || { echo "tags add $* failed"; exit 1; }; }
add --at 2 --element engagement --note "kijkt op"
add --at 5 --element engagement --negative --participant moeder
add --at 8 --element bond --participant vader
add --at 8.02 --element bond # folds with the one before into "2" at full view
add --at 10 --to 14 --element safety --note "praat over thuis"
add --at 15 --to 18 --element system --negative
add --at 12 --element system

# A known reviewer, so the first-start identity dialog does not cover the window.
mkdir -p config/spiegel && echo '{"name":"Sanne","role":"trainee"}' >config/spiegel/identity.json
out=$("$bin" p.spiegel --no-audio --print-state-on-exit --layout-file "$GUI_LAYOUT" --screenshot-after 4 lanes.png) ||
  { echo "spiegel failed on the project"; exit 1; }
echo "$out"
echo "$out" | grep -q '"open":true' || { echo "the project's recording did not open"; exit 1; }
echo "$out" | grep -q '"tags":7' || { echo "the workspace does not hold the 7 tags"; exit 1; }
[ -s lanes.png ] || { echo "no screenshot"; exit 1; }

# Count pixels close to each element's colour in the timeline strip (where
# the layout file says it is; assets/codebooks/alliance.json's colours).
strip=$(gui_wait "'%dx%d+%d+%d' % (T['right'] - T['left'], T['bottom'] - T['top'], T['left'], T['top'])" 1) ||
  { echo "the layout file has no timeline"; exit 1; }
python3 -c 'import json,sys; l=json.load(open(sys.argv[1]))["lanes"]; sys.exit(0 if len(l) == 4 else 1)' "$GUI_LAYOUT" ||
  { echo "the timeline does not show four element lanes"; exit 1; }
# Each lane says its tagging key and the element's short name, the names the
# Tags list and the Ratings tab use too.
python3 - "$GUI_LAYOUT" <<'PY' || exit 1
import json, sys
labels = {k: v["label"] for k, v in json.load(open(sys.argv[1]))["lanes"].items()}
want = {"engagement": "1  Engagement", "bond": "2  Connection", "safety": "3  Safety", "system": "4  Family alliance"}
assert labels == want, labels
PY
for colour in "#0072b2" "#e69f00" "#009e73" "#cc79a7"; do
  n=$(convert lanes.png -crop "$strip" +repage -fuzz 6% +transparent "$colour" \
    -alpha extract -format "%[fx:round(mean*w*h)]" info:)
  echo "timeline pixels near $colour: $n"
  [ "$n" -ge 40 ] || { echo "lane of colour $colour shows no markers ($n px)"; exit 1; }
done
echo "gui lanes: ok"
