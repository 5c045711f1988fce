#!/usr/bin/env bash
# Where a new project goes is shown before it is made (issue #11): the
# offer for a bare recording names the whole path of the project file;
# "Choose another folder…" (the folder browser) moves it, nothing is
# written until "Make project", and the project is then made there, not
# next to the recording. The start screen's New project from a recording…
# shows the offer too. Screenshot: offer.png.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
gui_need xdotool import
mkdir -p rec projects config/spiegel
gui_make_clip rec/talk.mp4 || { echo "ffmpeg could not make the clip"; exit 1; }
echo '{"name":"Sanne","role":"trainee"}' >config/spiegel/identity.json

gui_launch "$PWD/rec/talk.mp4"
gui_wait "V.get('offer.path') == '$PWD/rec/talk.spiegel' and V['has_frame']" >/dev/null ||
  { echo "the offer does not name $PWD/rec/talk.spiegel"; exit 1; }
sleep 0.3
gui_shot offer.png
gui_press offer.folder "R.get('browser.path')"
gui_choose_folder "$PWD/projects"
gui_wait "V.get('offer.path') == '$PWD/projects/talk.spiegel'" >/dev/null || { echo "the offer did not move"; exit 1; }
[ ! -e rec/talk.spiegel ] && [ ! -e projects/talk.spiegel ] || { echo "a project was written before it was asked for"; exit 1; }
gui_press offer.make "V.get('project') == '$PWD/projects/talk.spiegel'"
xdotool key --clearmodifiers 1
gui_wait "V.get('tags') == 1" >/dev/null || exit 1
gui_quit

[ ! -e rec/talk.spiegel ] || { echo "a project was made next to the recording"; exit 1; }

# The start screen's New project from a recording… goes the same way: the
# recording plays and the offer names the path; nothing is made unasked.
gui_make_clip rec/other.mp4 || { echo "ffmpeg could not make the clip"; exit 1; }
gui_launch
gui_press start.new "R.get('browser.path')"
sleep 0.3 # the browser has faded in
gui_press browser.path "V.get('browser.path_active')"
gui_hold ctrl+a
xdotool type --delay 20 "$PWD/rec/other.mp4"
gui_hold Return
gui_wait "V.get('offer.path') == '$PWD/rec/other.spiegel'" >/dev/null || { echo "New project did not show where"; exit 1; }
gui_quit
[ ! -e rec/other.spiegel ] || { echo "New project made a project before it was asked for"; exit 1; }
"$bin" tags list projects/talk.spiegel --json >tags.json || { echo "tags list failed"; exit 1; }
/usr/bin/python3 -c 'import json,sys; t=json.load(open(sys.argv[1])); print(t); assert len(t) == 1' tags.json || exit 1
echo "gui offer folder: ok"
