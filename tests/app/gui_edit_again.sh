#!/usr/bin/env bash
# A tag's editor opens again after it was closed: Enter on the selected tag,
# a double-click on its marker, a double-click on its row (issue #11 item 1).
# A colleague's tag opens too, read only. With the real keys and mouse
# (xdotool), aimed through the layout file; screenshot edit_again.png.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
gui_need xdotool import
gui_demo
project=demo/demo.spiegel
gui_lone_point Joost

gui_launch "$project"
gui_wait "V['has_frame'] and V['jobs_done'] and L['lanes']['$element']" >/dev/null || exit 1
# 1 tags now and opens the editor; Esc closes it; Enter on the selected tag opens it again.
xdotool key --clearmodifiers 1
mine=$(gui_wait "R.get('tag_editor') and V.get('selected_tag')") || exit 1
gui_hold Escape
gui_wait "not R.get('tag_editor')" >/dev/null || { echo "Esc did not close the editor"; exit 1; }
gui_hold Return
gui_wait "R.get('tag_editor') and V.get('selected_tag') == '$mine'" >/dev/null || { echo "Enter did not open the editor again"; exit 1; }
gui_hold Escape
gui_wait "not R.get('tag_editor')" >/dev/null || exit 1
# A double-click on Joost's marker opens his tag's editor, read only.
read -r x y < <(gui_wait "(x_of($start), (L['lanes']['$element']['top'] + L['lanes']['$element']['bottom']) / 2)") || exit 1
for try in 1 2 3 4 5; do
  gui_click "$x" "$y" 2
  gui_poll "R.get('tag_editor') and V.get('selected_tag') == '$id'" 3 >/dev/null && break
  [ $try -lt 5 ] || { echo "a double-click on the marker did not open its editor"; exit 1; }
done
sleep 0.3
gui_shot edit_again.png
gui_hold Escape
gui_quit
"$bin" tags list "$project" --json >after.json || { echo "tags list failed"; exit 1; }
python3 - before.json after.json "$id" <<'PY' || exit 1
import json, sys
before = {t["id"]: t for t in json.load(open(sys.argv[1]))}
after = {t["id"]: t for t in json.load(open(sys.argv[2]))}
assert after[sys.argv[3]] == before[sys.argv[3]], "Joost's tag changed"
assert len(after) == len(before) + 1, "expected exactly the one new tag"
PY
echo "gui edit again: ok"
