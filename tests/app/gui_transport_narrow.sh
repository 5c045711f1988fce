#!/usr/bin/env bash
# A narrow transport bar gives up words, never controls: with an A–B loop
# set, the loop's times stand beside its buttons in a wide window; when the
# window is made narrow the times move into the Stop-looping button's
# tooltip, the volume slider shrinks and then goes, the mute button stays
# whole at the bar's right edge, and nothing overlaps. English and Dutch.
# Screenshots:
# wide_LANG.png, narrow_LANG.png.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$1" "$2" 1600x900 240 260
gui_need xdotool import
gui_demo

# no_overlap: the row's controls in order, each inside the transport bar.
no_overlap() {
  gui_poll "R['loop_clear']['x1'] <= R.get('loop_times', R['loop_clear'])['x1'] \
<= R.get('volume', R.get('mute', {'x0': 0}))['x0'] and R.get('volume', R.get('mute', {'x1': 1e9}))['x1'] <= R['transport']['x1'] + 1" >/dev/null
}

run() {
  export SPIEGEL_LANG=$1
  rm -f config/spiegel/settings.json config/spiegel/recent_projects.json # a fresh start at 0:00
  gui_launch demo/demo.spiegel
  gui_wait "V['has_frame'] and V['jobs_done']" >/dev/null || exit 1
  xdotool windowsize --sync "$GUI_WID" 1500 850
  xdotool mousemove --window "$GUI_WID" 700 300 # no tooltip in the shots
  xdotool key --clearmodifiers l
  gui_wait "'loop_times' in R" >/dev/null || { echo "$1: L set no loop start"; exit 1; }
  xdotool key --clearmodifiers Right
  gui_wait "V.get('paused_at_us') == 5000000" >/dev/null || exit 1
  xdotool key --clearmodifiers l
  gui_wait "'loop_times' in R and 'volume' in R" >/dev/null || { echo "$1: the loop's times are not shown in a wide bar"; exit 1; }
  no_overlap || { echo "$1: the wide bar's controls overlap"; exit 1; }
  sleep 0.3 && gui_shot "wide_$1.png"
  xdotool windowsize --sync "$GUI_WID" 900 700
  gui_wait "R['transport']['x1'] - R['transport']['x0'] < 600" >/dev/null || { echo "$1: the window did not narrow"; exit 1; }
  gui_wait "'loop_times' not in R" >/dev/null || { echo "$1: the times still crowd the narrow bar"; exit 1; }
  gui_wait "'volume' in R or 'mute' in R" >/dev/null || { echo "$1: no volume control left"; exit 1; }
  no_overlap || { echo "$1: the narrow bar's controls overlap or run off"; exit 1; }
  sleep 0.3 && gui_shot "narrow_$1.png"
  gui_quit
}
run en
run nl
echo "gui transport narrow: ok"
