#!/usr/bin/env bash
# End-to-end keyboard test with real X input (xdotool): open a clip, press
# Space, wait, press Space again, quit with Ctrl+Q, and check from the state
# the program prints on exit that playback advanced and is paused. Then
# check the `?` sheet opens and that `]` changes the speed.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
gui_need xdotool
gui_make_clip clip.mp4 || { echo "ffmpeg could not make the clip"; exit 1; }

# run_keys OUT KEYS...: start the program on the clip, focus its window, send
# each key (a number means: sleep that long), then Ctrl+Q. --quit-after is
# a safety net so a lost key never hangs the suite.
run_keys() {
  local out=$1
  shift
  "$bin" clip.mp4 --no-audio --print-state-on-exit --quit-after 120 >"$out" &
  local pid=$!
  local wid
  wid=$(timeout 60 xdotool search --sync --onlyvisible --name Spiegel | head -1)
  [ -n "$wid" ] || { echo "window did not appear"; kill $pid; return 1; }
  xdotool windowfocus --sync "$wid" 2>/dev/null || xdotool windowfocus "$wid"
  sleep 1.5 # the clip opens and the first frame shows
  local k
  for k in "$@"; do
    case $k in
    [0-9]*) sleep "$k" ;;
    *) xdotool key --clearmodifiers "$k" ;;
    esac
  done
  xdotool key --clearmodifiers ctrl+q
  wait $pid
}

run_keys state.json space 3 space 0.5 || { echo "program failed"; exit 1; }
cat state.json
python3 - state.json <<'PY' || exit 1
import json, sys
s = json.load(open(sys.argv[1]))
assert s["open"], "no recording open"
# Only "it moved": how far depends on the machine's load (no timed tests).
assert s["position_us"] > 40000, f"playback did not advance: {s['position_us']} us"
assert s["frame_pts_us"] > 0, f"the picture did not advance: {s['frame_pts_us']} us"
assert not s["playing"], "second Space did not pause"
PY

run_keys state2.json bracketright bracketright l 0.3 || { echo "program failed"; exit 1; }
cat state2.json
python3 - state2.json <<'PY' || exit 1
import json, sys
s = json.load(open(sys.argv[1]))
assert abs(s["speed"] - 1.5) < 1e-6, f"] ] should give 1.5x, got {s['speed']}"
assert s["loop_a_us"] is not None and s["loop_b_us"] is None, "L should set loop start only"
PY
echo "gui keyboard: ok"
