#!/usr/bin/env bash
# A colleague's tag is read-only (issue #4, decided: only a tag's own
# reviewer may change it). Sanne reviews the short demo, which also holds
# Joost's tags. With the real mouse and keys (xdotool), aimed through the
# layout file: click one of Joost's point tags on its lane (it is selected),
# press Delete (a calm message names Joost; Enter closes it), then try to
# drag it 3 s to the right. The project file must hold every tag exactly as
# before. Screenshot: owner_message.png.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
gui_need xdotool import
gui_demo
project=demo/demo.spiegel
gui_lone_point Joost
echo "Joost's tag $id ($element) at $start us"

gui_launch "$project"
gui_wait "V['has_frame'] and V['jobs_done'] and L['lanes']['$element']" >/dev/null || exit 1
read -r x y x2 < <(gui_wait "(x_of($start), (L['lanes']['$element']['top'] + L['lanes']['$element']['bottom']) / 2, x_of($start + 3_000_000))") || exit 1
for try in 1 2 3; do
  gui_click "$x" "$y"
  gui_poll "V.get('selected_tag') == '$id'" 4 >/dev/null && break
done
gui_wait "V.get('selected_tag') == '$id'" >/dev/null || exit 1
xdotool key --clearmodifiers Delete
message=$(gui_wait "V.get('message')") || exit 1
echo "message: $message"
case "$message" in *Joost*) ;; *) echo "the message does not name the tag's reviewer"; exit 1 ;; esac
gui_shot owner_message.png
gui_hold Return
gui_wait "'message' not in V" >/dev/null || exit 1
# A drag on the colleague's tag: pressed, moved, released. On a loaded
# machine a press can arrive before ImGui has seen the pointer over the tag:
# then it is released and pressed again (three tries).
held=no
for try in 1 2 3; do
  xdotool mousemove --window "$GUI_WID" "$x" "$y"
  sleep 0.3
  xdotool mousedown 1
  for step in 1 2 3 4; do
    xdotool mousemove --window "$GUI_WID" $((x + (x2 - x) * step / 4)) "$y"
    sleep 0.1
  done
  if gui_poll "'drag.start_us' in V" 5 >/dev/null; then held=yes; break; fi # held, as a press on any tag is
  xdotool mouseup 1
  sleep 0.3
done
[ "$held" = yes ] || { echo "three presses on the tag were not held"; exit 1; }
if gui_poll "V.get('drag.start_us', $start) != $start" 1 >/dev/null; then
  xdotool mouseup 1; echo "a colleague's tag follows the drag"; exit 1
fi
xdotool mouseup 1
sleep 0.3
gui_quit
"$bin" tags list "$project" --json >after.json || { echo "tags list failed"; exit 1; }
cmp -s before.json after.json || { diff before.json after.json | head; echo "the project changed"; exit 1; }
[ -s owner_message.png ] || { echo "no screenshot"; exit 1; }
echo "gui owner: ok"
