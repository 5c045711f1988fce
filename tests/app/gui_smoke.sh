#!/usr/bin/env bash
# GUI smoke test: open a generated clip, let the window draw, save a
# screenshot through --screenshot-after, and check with ImageMagick that the
# video area shows a picture (not one flat colour). Also checks that settings
# and ImGui's layout file went to the config directory, not the working one.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
gui_make_clip clip.mp4 || { echo "ffmpeg could not make the clip"; exit 1; }

"$bin" clip.mp4 --no-audio --layout-file "$GUI_LAYOUT" --screenshot-after 4 shot.png
rc=$?
[ $rc -eq 0 ] || { echo "spiegel exited $rc"; exit 1; }
[ -s shot.png ] || { echo "no screenshot written"; exit 1; }

# The video panel (where the layout file says it is) must have structure
# (testsrc2: colour bars, moving shapes).
size=$(identify -format "%wx%h" shot.png)
[ "$size" = "1280x800" ] || echo "note: window is $size"
video=$(gui_geom video 1) || { echo "the layout file has no video panel"; exit 1; }
gui_busy shot.png "$video" 0.08 20

# Settings in XDG_CONFIG_HOME, nothing in the working directory.
[ -s config/spiegel/settings.json ] || { echo "settings.json not written"; exit 1; }
grep -q "clip.mp4" config/spiegel/settings.json || { echo "recent files not saved"; exit 1; }
[ -e imgui.ini ] && { echo "imgui.ini written to the working directory"; exit 1; }

# Nothing open: the empty state draws and the program still quits cleanly.
"$bin" --screenshot-after 1 empty.png || { echo "empty window failed"; exit 1; }
[ -s empty.png ] || { echo "no screenshot of the empty window"; exit 1; }
# A file that is not a recording: a calm message in the window, no crash,
# nothing left open, and the program still quits normally.
echo "not a video" >broken.mp4
out=$("$bin" broken.mp4 --no-audio --print-state-on-exit --screenshot-after 2 broken.png) ||
  { echo "spiegel failed on a broken file"; exit 1; }
echo "$out" | grep -q '"open":false' || { echo "broken file reported as open: $out"; exit 1; }
[ -s broken.png ] || { echo "no screenshot with the error message"; exit 1; }
echo "gui smoke: ok"
