#!/usr/bin/env bash
# N and P jump to the next and previous tag with the pre-roll (issue #4 §5:
# a jump to a tag starts a few seconds before it, default 3 s, adjustable):
# on the short demo, paused at the start, N N P with real keys (xdotool).
# After each key the player must stand at that tag's start minus the
# pre-roll (never before 0) with the tag selected (read from the layout
# file, which reports the position while paused); after the last key the
# state printed on exit says the same. A second run, on the Ratings tab, with
# the pre-roll set to 1 s in the settings checks that the setting is used
# and that N/P work while the Tags tab is hidden.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
gui_need xdotool
gui_demo
project=demo/demo.spiegel
"$bin" tags list "$project" --json >tags.json || { echo "tags list failed"; exit 1; }

# expect PRE_ROLL_US INDEX: "id position_us" of the INDEX-th tag in (start,
# id) order after position 0, and where a jump to it lands.
expect() {
  python3 - tags.json "$1" "$2" <<'PY'
import json, sys
tags = sorted((t for t in json.load(open(sys.argv[1])) if t["start_us"] > 0), key=lambda t: (t["start_us"], t["id"]))
t = tags[int(sys.argv[3])]
print(t["id"], max(0, t["start_us"] - int(sys.argv[2])))
PY
}

# press KEY PRE_ROLL_US INDEX: press KEY and wait until the player stands
# paused where a jump to tag INDEX lands, with that tag selected. A frame
# exactly on the target may sit up to one frame (40 ms at 25 fps) off.
press() {
  local want
  read -r id pos < <(expect "$2" "$3")
  xdotool key --clearmodifiers "$1"
  want="V.get('selected_tag') == '$id' and 'paused_at_us' in V and abs(V['paused_at_us'] - $pos) <= 40_000"
  gui_wait "$want" 20 >/dev/null ||
    { echo "after $1: expected tag $id at $pos us; layout: $(cat "$GUI_LAYOUT")"; exit 1; }
  echo "$1: tag $id, paused at $pos us"
}

check_exit_state() { # ID POSITION_US
  python3 - state.json "$1" "$2" <<'PY' || exit 1
import json, sys
s = json.load(open(sys.argv[1]))
assert s["selected_tag"] == sys.argv[2], f"selected {s['selected_tag']}, wanted {sys.argv[2]}"
assert abs(s["position_us"] - int(sys.argv[3])) <= 40_000, f"position {s['position_us']}, wanted {sys.argv[3]}"
assert not s["playing"], "a jump started playback"
PY
}

gui_launch "$project"
gui_wait "V['has_frame'] and V.get('paused_at_us') == 0 and L['tag_rows']" >/dev/null || exit 1
press n 3000000 0
press n 3000000 1
press p 3000000 0
gui_quit
check_exit_state "$id" "$pos"

# The pre-roll is a setting: 1 s.
python3 - config/spiegel/settings.json <<'PY' || exit 1
import json, sys
p = sys.argv[1]
s = json.load(open(p))
s.setdefault("tagging", {})["pre_roll_ms"] = 1000
json.dump(s, open(p, "w"))
PY
# This run shows the Ratings tab: N and P work whichever tab shows.
gui_launch "$project" --side-tab ratings
gui_wait "V['has_frame'] and V.get('paused_at_us') == 0 and V.get('side_tab') == 'Ratings'" >/dev/null || exit 1
press n 1000000 0
press n 1000000 1
gui_quit
check_exit_state "$id" "$pos"
echo "gui tags jump: ok"
