#!/usr/bin/env bash
# "Locate…" through the GUI with the real mouse and keyboard (xdotool),
# buttons found through the layout file: the demo recording is moved to
# another folder under another name; opening the project shows the
# "Recording not found" dialog; Locate… opens the folder browser, the
# folder's path is typed into its path field, Choose. The project file then
# points at the new path (`spiegel project info --json`: path and found),
# the window plays the recording (Space: the position moves and a picture
# shows) and the tags are all still there. Screenshots: missing.png,
# browser.png, relinked.png.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
gui_need xdotool import convert
gui_demo
project=demo/demo.spiegel
"$bin" project info "$project" --json >before.json || { echo "project info failed"; exit 1; }
old=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["recordings"][0]["path"])' before.json)
case $old in /*) ;; *) old=demo/$old ;; esac # a path relative to the project
[ -f "$old" ] || { echo "the demo recording $old is not there"; exit 1; }
mkdir -p elsewhere/sub
new=$PWD/elsewhere/sub/gesprek-verplaatst.${old##*.}
mv "$old" "$new"
"$bin" project info "$project" --json | grep -q '"found": false' || { echo "the move did not hide the recording"; exit 1; }

gui_launch "$project"
gui_wait "R['missing.locate']" >/dev/null || exit 1
sleep 0.3 # the modal has faded in
gui_shot missing.png
gui_press missing.locate "R['browser.path'] and 'missing.locate' not in R"
sleep 0.3 # the browser has faded in
gui_press browser.path "V.get('browser.path_active')"
gui_hold ctrl+a
xdotool type --delay 20 "$PWD/elsewhere"
gui_hold Return
gui_wait "V.get('browser.folder') == '$PWD/elsewhere'" >/dev/null || exit 1
sleep 0.2
gui_shot browser.png
gui_press browser.choose "'browser.choose' not in R"
gui_wait "V.get('recording') == '$new' and V['has_frame']" >/dev/null || exit 1
xdotool key --clearmodifiers space
gui_wait "V.get('playing')" 20 >/dev/null || exit 1
sleep 1
xdotool key --clearmodifiers space
gui_wait "V.get('paused_at_us', 0) > 0" 20 >/dev/null || exit 1
gui_shot relinked.png
video=$(gui_geom video) || exit 1
gui_quit
cat state.json

"$bin" project info "$project" --json >after.json || { echo "project info failed"; exit 1; }
python3 - before.json after.json state.json "$new" <<'PY' || exit 1
import json, os, sys
before, after, state = (json.load(open(p)) for p in sys.argv[1:4])
new = sys.argv[4]
r = after["recordings"][0]
path = r["path"] if os.path.isabs(r["path"]) else os.path.join(os.path.dirname(after["path"]), r["path"])
assert os.path.realpath(path) == os.path.realpath(new), f"the project points at {r['path']}, not {new}"
assert r["found"], "project info does not find the recording"
counts = lambda j: {k: v for k, v in j["counts"].items() if k != "audit"}  # relinking is audited
assert counts(after) == counts(before), f"counts changed: {before['counts']} -> {after['counts']}"
assert state["open"] and os.path.realpath(state["file"]) == os.path.realpath(new), f"the window plays {state.get('file')}"
assert state["position_us"] > 0 and state["frame_pts_us"] > 0, f"playback did not move: {state}"
print("relinked to", r["path"])
PY
# The picture shows in the video area (not one flat colour).
gui_busy relinked.png "$video" 0.05 20
echo "gui relink: ok"
