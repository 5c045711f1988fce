#!/usr/bin/env bash
# Dropping files onto the window, as a file manager does: xdotool cannot
# drag, so xdnd_drop.py (next to this file) is a real XDND version 5 source
# that offers text/uri-list and answers GLFW's selection request with a
# percent-encoded file:// URI. Spiegel starts on its start screen; a
# recording whose name has a space and a non-ASCII letter is dropped: it
# opens (the decoded path, a picture) with the offer to make a project.
# Then the short demo project is dropped: it opens with all its tags (as
# many as `spiegel tags list --json` reports). Screenshots: dropped_clip.png,
# dropped_project.png. Last, a text file named .mp4 is dropped: a message,
# and the project stays open (dropped_broken.png).
drop_tool=$(readlink -f "$(dirname "$0")/xdnd_drop.py") # before gui_setup changes the directory
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
gui_need xdotool import
# Debian's python3-xlib is in the system Python, which need not be the
# first python3 on PATH (pyenv): use whichever has it.
xpy=
for p in python3 /usr/bin/python3; do
  command -v "$p" >/dev/null && "$p" -c 'import Xlib' 2>/dev/null && { xpy=$p; break; }
done
[ -n "$xpy" ] || { echo "SKIP: python3-xlib missing (the XDND source needs it)"; exit 0; }
[ -f "$drop_tool" ] || { echo "xdnd_drop.py is not next to the test"; exit 1; }
export LC_ALL=C.UTF-8 # a UTF-8 file name in the shell and in Python
clip="$PWD/opname ëën.mp4"
gui_make_clip "$clip" || { echo "ffmpeg could not make the clip"; exit 1; }
mkdir -p config/spiegel
echo '{"name":"Sanne","role":"trainee"}' >config/spiegel/identity.json

# drop FILE: drag FILE onto the window; fails the test when the exchange does.
drop() {
  "$xpy" "$drop_tool" --name Spiegel "$1" >>xdnd.log 2>xdnd.err || {
    cat xdnd.log xdnd.err
    kill "$GUI_PID" 2>/dev/null
    echo "dropping $1 failed"
    exit 1
  }
}
# The expected path as a Python string literal (the quotes and ë survive).
pyq() { python3 -c 'import sys; print(repr(sys.argv[1]))' "$1"; }

gui_launch
gui_wait "'recording' not in V and L" >/dev/null || exit 1 # the start screen is drawn
drop "$clip"
gui_wait "V.get('recording') == $(pyq "$clip") and V['has_frame']" >/dev/null || {
  cat xdnd.log app.log
  echo "the dropped recording did not open"
  exit 1
}
gui_wait "R.get('offer.make')" >/dev/null || { echo "no offer to make a project for the dropped recording"; exit 1; }
sleep 0.3 # the offer has faded in
gui_shot dropped_clip.png
[ ! -e "${clip%.mp4}.spiegel" ] || { echo "a project was written before it was asked for"; exit 1; }

if command -v espeak-ng >/dev/null; then
  "$bin" demo --out demo --seconds 20 >demo.log 2>&1 || { cat demo.log; kill "$GUI_PID"; echo "spiegel demo failed"; exit 1; }
  project=$PWD/demo/demo.spiegel
  [ -f "$project" ] || { kill "$GUI_PID"; echo "the demo wrote no project"; exit 1; }
  "$bin" tags list "$project" --json >tags.json || { kill "$GUI_PID"; echo "tags list failed"; exit 1; }
  want=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' tags.json)
  [ "$want" -gt 0 ] || { kill "$GUI_PID"; echo "the demo project has no tags"; exit 1; }
  drop "$project"
  gui_wait "V.get('tags') == $want and V['has_frame'] and 'offer.make' not in R" >/dev/null || {
    cat xdnd.log app.log
    echo "the dropped project did not open with its $want tags"
    exit 1
  }
  sleep 0.3
  gui_shot dropped_project.png
  # A file that is no recording: a calm message, and the open project and
  # its recording stay as they were (they used to close).
  playing_before=$(gui_wait "V['recording']") || exit 1
  echo "not a video at all" >"$PWD/notes.mp4"
  drop "$PWD/notes.mp4"
  gui_wait "V['popup_open']" >/dev/null || { kill "$GUI_PID"; echo "no message for a file that is no recording"; exit 1; }
  sleep 0.3
  gui_shot dropped_broken.png
  xdotool key --clearmodifiers Return
  gui_wait "not V['popup_open'] and V.get('tags') == $want and V['recording'] == $(pyq "$playing_before")" >/dev/null || {
    kill "$GUI_PID"; echo "the project or its recording closed after a failed open"; exit 1; }
else
  echo "SKIP (second half): espeak-ng missing, so no demo project to drop"
fi
gui_quit
cat xdnd.log
echo "gui drop: ok"
