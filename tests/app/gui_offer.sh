#!/usr/bin/env bash
# A bare recording (issue #4 §1): `spiegel RECORDING` offers to make a
# project next to it. "Just watch" hides the offer; pressing 1 (a tag key)
# brings it back instead of doing nothing; "Make project" writes
# talk.spiegel next to talk.mp4, and the next 1 tags at once. The project
# file then holds exactly that one tag, by the reviewer.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
gui_need xdotool
gui_make_clip talk.mp4 || { echo "ffmpeg could not make the clip"; exit 1; }
mkdir -p config/spiegel
echo '{"name":"Sanne","role":"trainee"}' >config/spiegel/identity.json
key() { xdotool key --clearmodifiers "$@"; }

gui_launch "$PWD/talk.mp4"
gui_wait "V['has_frame'] and R.get('offer.watch')" >/dev/null || exit 1
gui_press offer.watch "'offer.watch' not in R" || exit 1
key 1
gui_wait "R.get('offer.make')" >/dev/null || { echo "a tag key did not bring the offer back"; exit 1; }
[ ! -e talk.spiegel ] || { echo "a project was written before it was asked for"; exit 1; }
gui_press offer.make "V.get('tags') == 0" || exit 1
key 1
gui_wait "V.get('tags') == 1" >/dev/null || exit 1
gui_quit

[ -f talk.spiegel ] || { echo "no talk.spiegel next to the recording"; exit 1; }
"$bin" tags list talk.spiegel --json >tags.json || { echo "tags list failed"; exit 1; }
python3 - tags.json <<'PY' || exit 1
import json, sys
tags = json.load(open(sys.argv[1]))
print(tags)
assert len(tags) == 1, f"expected one tag, got {len(tags)}"
assert tags[0]["element"] == "engagement" and tags[0]["reviewer"] == "Sanne", tags[0]
PY
echo "gui offer: ok"
