#!/usr/bin/env bash
# A project reopens where the reviewer left its recording, and says so; one
# left at its very end opens at the start again. The place is kept with the
# recent projects (recent_projects.json), per laptop.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
gui_need xdotool
gui_demo

gui_launch demo/demo.spiegel
gui_wait "V['has_frame'] and V['jobs_done']" >/dev/null || exit 1
xdotool key --clearmodifiers Right
gui_wait "V.get('paused_at_us') == 5000000" >/dev/null || exit 1
xdotool key --clearmodifiers shift+Right
gui_wait "V.get('paused_at_us') == 6000000" >/dev/null || exit 1
gui_quit

# Reopened: at 6 s, with one line saying so.
gui_launch demo/demo.spiegel
gui_wait "V['has_frame'] and V.get('paused_at_us') == 6000000" >/dev/null || { echo "did not reopen at 6 s"; exit 1; }
gui_wait "'Back where you left off: 00:06.000' in V['status']" >/dev/null || exit 1
# To the end (well past it: held at the last frame), then quit.
for i in 1 2 3 4; do xdotool key --clearmodifiers Right; done
gui_wait "V.get('paused_at_us', 0) >= 19000000" >/dev/null || exit 1
gui_quit

# Left at the end: the start again, nothing said.
gui_launch demo/demo.spiegel
gui_wait "V['has_frame'] and V['jobs_done'] and V.get('paused_at_us') == 0" >/dev/null || { echo "did not start at 0"; exit 1; }
gui_wait "'left off' not in V['status']" >/dev/null || exit 1
gui_quit
echo "gui resume: ok"
