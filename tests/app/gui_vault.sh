#!/usr/bin/env bash
# Keeping the recording encrypted from the window, in Dutch (issue #13 §4).
# Sanne opens the demo, File > De opname versleuteld bewaren…, Versleutelen:
# the status says where it is kept, the player plays from the vault, a seek
# shows the frame the plain file has at that time, the project points at
# the .spiegelvault, the vault holds no plaintext and the original is left
# as it was. Opened again, it plays from the vault. Screenshot:
# vault_dialog_nl.png.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
gui_need xdotool import sqlite3 ffprobe
export SPIEGEL_LANG=nl
gui_demo
project=$PWD/demo/demo.spiegel
plain=$PWD/demo/demo.mp4
before=$(sha256sum "$plain" | cut -d' ' -f1)

gui_launch "$project"
gui_wait "V['has_frame']" >/dev/null || exit 1
gui_press menu.file "R.get('menu.vault')"
gui_press menu.vault "R.get('vault.confirm')"
sleep 0.3 # the dialog has its size
gui_shot vault_dialog_nl.png
gui_press vault.confirm "'vault.confirm' not in R"
gui_wait "'versleuteld bewaard in demo-' in V.get('status', '') and '.spiegelvault' in V['status']" 90 >/dev/null ||
  { echo "no word that the recording is kept encrypted: $(gui_wait "V.get('status')")"; exit 1; }
gui_wait "V.get('recording', '').endswith('.spiegelvault') and V['has_frame']" 30 >/dev/null ||
  { echo "the player does not play from the vault"; exit 1; }
# Pause, then seek 5 s on: the picture is the plain file's frame at that time.
gui_wait "V['jobs_done']" 60 >/dev/null || exit 1
if [ "$(gui_wait "str(V['playing'])")" = True ]; then
  xdotool key --clearmodifiers space
  gui_wait "V.get('playing') == False and 'paused_at_us' in V" >/dev/null || { echo "did not pause"; exit 1; }
fi
xdotool key --clearmodifiers Home
gui_wait "V.get('paused_at_us') == 0" >/dev/null || { echo "Home did not go to the start"; exit 1; }
ffprobe -v error -select_streams v:0 -show_entries frame=pts_time -of csv=p=0 "$plain" | cut -d, -f1 >frames.txt
# check_frame: the picture shown is the plain file's frame at the position.
check_frame() {
  local at shown want
  at=$(gui_wait "V['paused_at_us']")
  shown=$(gui_wait "str(V['frame_pts_us'])")
  want=$(/usr/bin/python3 -c "import sys; at=$at; print(max(round(float(t)*1e6) for t in open('frames.txt') if t.strip() and round(float(t)*1e6) <= at))")
  /usr/bin/python3 -c "import sys; sys.exit(0 if abs($shown - $want) <= 1 else 1)" ||
    { echo "at $at us the vault shows the frame at $shown us, the plain file the one at $want us"; exit 1; }
}
xdotool key --clearmodifiers Right
gui_wait "V.get('paused_at_us', 0) == 5000000 and V.get('frame_pts_us', -1) >= 0" >/dev/null || { echo "the seek did not land"; exit 1; }
check_frame
# Two frames on and one back, then a second on (between frames).
for key in period period comma shift+Right; do
  last=$(gui_wait "V['paused_at_us']")
  xdotool key --clearmodifiers "$key"
  gui_wait "V.get('paused_at_us', $last) != $last and V.get('frame_pts_us', -1) >= 0" >/dev/null || { echo "$key did not move"; exit 1; }
  check_frame
done
gui_quit

stored=$(sqlite3 "$project" "select path from recordings where deleted = 0")
case $stored in *.spiegelvault) ;; *) echo "the project still points at $stored"; exit 1 ;; esac
vault=$(dirname "$project")/$(basename "$stored")
[ "$vault" = "$stored" ] && [ -s "$vault" ] || { echo "no vault beside the project: $stored"; exit 1; }
grep -q "SPIEGEL DEMO\|ftypisom\|mdat" "$vault" && { echo "the vault has plaintext in it"; exit 1; }
[ "$(sha256sum "$plain" | cut -d' ' -f1)" = "$before" ] || { echo "the original was changed"; exit 1; }

# Opened again, it plays from the vault.
gui_launch "$project"
gui_wait "V.get('recording', '').endswith('.spiegelvault') and V['has_frame']" 60 >/dev/null ||
  { echo "opened again, it does not play from the vault"; exit 1; }
gui_quit
echo "gui vault: ok"
