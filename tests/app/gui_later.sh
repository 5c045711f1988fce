#!/usr/bin/env bash
# The first-start dialog can be put off (issue #11): "Later" closes it; the
# project then shows a band "… wait for your name" with "Enter your name…";
# a tag key gives a calm status-line notice, no dialog, and tags nothing
# yet. Entering the name then makes the tag pressed before, at the moment it
# was pressed, by that reviewer: nothing is lost. Screenshot: later.png.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
gui_need xdotool import
gui_make_clip talk.mp4 || { echo "ffmpeg could not make the clip"; exit 1; }
"$bin" project new talk.spiegel --recording talk.mp4 >/dev/null || { echo "project new failed"; exit 1; }
[ ! -e config/spiegel/identity.json ] || { echo "a reviewer exists already"; exit 1; }

gui_launch "$PWD/talk.spiegel"
gui_wait "R.get('identity.later') and V['has_frame']" >/dev/null || exit 1
sleep 0.3 # the modal has faded in
gui_press identity.later "'identity.later' not in R and R.get('band.noname')"
xdotool key --clearmodifiers 1
gui_wait "'needs your name' in V.get('status', '')" >/dev/null || { echo "no notice for the tag key"; exit 1; }
sleep 0.3
gui_shot later.png
# A modal (an error per key) would take this click.
gui_press band.noname.button "R.get('identity.start')"
gui_wait "V.get('tags') == 0" 5 >/dev/null || { echo "a tag was made without a reviewer"; exit 1; }
sleep 0.3 # the modal has faded in
xdotool type --delay 30 "Lotte"
gui_press identity.start "'identity.start' not in R"
gui_wait "V.get('tags') == 1 and 'band.noname' not in R" >/dev/null || { echo "the kept tag was not made"; exit 1; }
gui_quit

"$bin" tags list talk.spiegel --json >tags.json || { echo "tags list failed"; exit 1; }
/usr/bin/python3 - tags.json <<'PY' || exit 1
import json, sys
tags = json.load(open(sys.argv[1]))
print(tags)
assert len(tags) == 1 and tags[0]["reviewer"] == "Lotte" and tags[0]["element"] == "engagement", tags
PY
echo "gui later: ok"
