#!/usr/bin/env bash
# GUI test of an incomplete copy (a faststart MP4 cut to 40 %, as an
# interrupted copy from a share leaves it), in English and Dutch: the
# timeline hatches the missing stretch; a click into it holds the picture on
# the last real frame with one calm sentence; a tag key there is refused
# with the reason; playing on stops at the real end with the sentence. A
# whole copy shows none of it. A cut Matroska copy (its duration is in a
# header at the start) is held at its real end too. Screenshots:
# seek_LANG.png, refuse_LANG.png, end_LANG.png, whole_end.png, mkv_seek.png.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
gui_need xdotool import
make_clip whole.mp4 10 -movflags +faststart || { echo "ffmpeg failed"; exit 1; }
cp whole.mp4 cut.mp4
truncate -s $(( $(stat -c %s whole.mp4) * 2 / 5 )) cut.mp4
field() { "$bin" probe "$1" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$2"; }
playable=$(field cut.mp4 playable_us)
duration=$(field cut.mp4 duration_us)
echo "cut.mp4: $playable of $duration us"
[ "$playable" -lt "$duration" ] || { echo "cut.mp4 is not incomplete"; exit 1; }
"$bin" project new p.spiegel --recording cut.mp4 >/dev/null || { echo "project new failed"; exit 1; }
mkdir -p config/spiegel && echo '{"name":"Sanne","role":"trainee"}' >config/spiegel/identity.json

# run LANG: the whole walk through in one language.
run() {
  export SPIEGEL_LANG=$1
  gui_launch p.spiegel
  gui_wait "V['has_frame'] and V['jobs_done'] and V['playable_us'] == $playable" >/dev/null || exit 1
  gui_wait "R['timeline_missing']['x1'] > R['timeline_missing']['x0']" >/dev/null || exit 1
  # A click on the ruler at 8 s, in the missing stretch.
  local xy
  xy=$(gui_wait "(x_of(8000000), T['top'] + 6)") || exit 1
  gui_click $xy
  gui_wait "V.get('paused_at_us') == $playable and V['picture_note'] != '' and 0 < V['frame_pts_us'] <= $playable" >/dev/null ||
    exit 1
  gui_wait "V['picture_note']" 1
  sleep 0.5 && gui_shot "seek_$1.png"
  # Tag key 1 there: refused with a titled message, no tag made.
  xdotool key --clearmodifiers 1
  gui_wait "V['popup_open'] and V['message'] != ''" >/dev/null || exit 1
  gui_wait "V['message']" 1
  sleep 0.5 && gui_shot "refuse_$1.png"
  gui_wait "V['tags'] == 0" >/dev/null || exit 1
  gui_hold Return
  gui_wait "not V['popup_open']" >/dev/null || exit 1
  # 2 s back (Shift+Left twice): a real moment again, nothing to say; then
  # play to the real end.
  xdotool key --clearmodifiers shift+Left
  gui_wait "V.get('paused_at_us') == $playable - 1000000" >/dev/null || exit 1
  xdotool key --clearmodifiers shift+Left
  gui_wait "V.get('paused_at_us') == $playable - 2000000 and V['picture_note'] == ''" >/dev/null || exit 1
  xdotool mousemove --window "$GUI_WID" 1000 300 # no timeline tooltip in the shot
  xdotool key --clearmodifiers space
  gui_wait "V['incomplete_end'] and not V['playing'] and V.get('paused_at_us') == $playable and V['picture_note'] != ''" \
    >/dev/null || exit 1
  sleep 0.5 && gui_shot "end_$1.png"
  gui_quit
  python3 - state.json "$playable" <<'PY' || exit 1
import json, sys
s = json.load(open(sys.argv[1]))
playable = int(sys.argv[2])
assert s["playable_us"] == playable and s["incomplete_end"], s
assert s["position_us"] == playable and 0 < s["frame_pts_us"] <= playable, s
assert s["tags"] == 0, s
PY
}
run en
run nl
export SPIEGEL_LANG=en

# A whole copy: no missing stretch, no sentence at its end.
gui_launch whole.mp4
gui_wait "V['has_frame'] and V['jobs_done']" >/dev/null || exit 1
xy=$(gui_wait "(x_of(9000000), T['top'] + 6)") || exit 1
gui_click $xy
gui_wait "V.get('paused_at_us', 0) > 8000000" >/dev/null || exit 1
xdotool key --clearmodifiers space
gui_wait "not V['playing'] and V.get('paused_at_us', 0) > 9900000" >/dev/null || exit 1
sleep 0.5 && gui_shot whole_end.png
python3 -c 'import json,sys; L=json.load(open(sys.argv[1])); V=L["values"]
assert "timeline_missing" not in L.get("rects", {}), "a whole file shows a missing stretch"
assert V["picture_note"] == "" and not V["incomplete_end"], V' "$GUI_LAYOUT" || exit 1
gui_quit

# A cut Matroska copy: a click at 8 s holds the last real frame, said so.
make_clip whole.mkv 10 || { echo "ffmpeg failed"; exit 1; }
cp whole.mkv cut.mkv
truncate -s $(( $(stat -c %s whole.mkv) * 2 / 5 )) cut.mkv
playable=$(field cut.mkv playable_us)
[ "$playable" -lt "$(field cut.mkv duration_us)" ] || { echo "cut.mkv is not incomplete"; exit 1; }
gui_launch cut.mkv
gui_wait "V['has_frame'] and V['playable_us'] == $playable" >/dev/null || exit 1
xy=$(gui_wait "(x_of(8000000), T['top'] + 6)") || exit 1
gui_click $xy
gui_wait "V.get('paused_at_us') == $playable and V['picture_note'] != '' and 0 < V['frame_pts_us'] <= $playable" >/dev/null ||
  exit 1
sleep 0.5 && gui_shot mkv_seek.png
gui_quit
echo "gui incomplete: ok"
