#!/usr/bin/env bash
# Resizing a span tag on the timeline with the real mouse (xdotool), found
# through the layout file (no pixel positions in this test): one of Sanne's
# span tags in the short demo (Sanne is the reviewer here, so the tag is
# hers to edit); press on its right edge, drag right, release. The project
# file then holds the tag with its end moved by about the dragged time and
# its start unchanged. Screenshot: resize.png (while dragging).
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
gui_need xdotool import
gui_demo
project=demo/demo.spiegel
"$bin" tags list "$project" --json >before.json || { echo "tags list failed"; exit 1; }
# Sanne's span that ends earliest (room to the right to drag into).
read -r id element start end < <(python3 - before.json <<'PY'
import json, sys
spans = [t for t in json.load(open(sys.argv[1])) if t["reviewer"] == "Sanne" and t["end_us"] - t["start_us"] >= 500_000]
spans.sort(key=lambda t: t["end_us"])
if spans:
    t = spans[0]
    print(t["id"], t["element"], t["start_us"], t["end_us"])
PY
)
[ -n "${id:-}" ] || { echo "the demo has no span tag of Sanne's"; exit 1; }
echo "span $id ($element): $start..$end us"

gui_launch "$project"
gui_wait "V['has_frame'] and L['lanes']['$element']" >/dev/null || exit 1
# The right edge, in the middle of the element's lane; drag 2 s to the right.
read -r x y x2 < <(gui_wait "(x_of($end), (L['lanes']['$element']['top'] + L['lanes']['$element']['bottom']) / 2, x_of($end + 2_000_000))") || exit 1
echo "edge at $x,$y; dragging to $x2"
# A hand that wobbles 4 px while clicking (and holds a while) moves nothing.
xdotool mousemove --window "$GUI_WID" "$x" "$y"
sleep 0.2
xdotool mousedown 1
gui_wait "'drag.end_us' in V" >/dev/null || exit 1
xdotool mousemove --window "$GUI_WID" $((x + 2)) "$y"; sleep 0.05
xdotool mousemove --window "$GUI_WID" $((x + 4)) "$y"; sleep 0.3
gui_wait "V['drag.end_us'] == $end" >/dev/null || { echo "a 4 px wobble moved the edge"; kill "$GUI_PID"; exit 1; }
xdotool mouseup 1
gui_wait "'drag.end_us' not in V" >/dev/null || exit 1
"$bin" tags list "$project" --json | python3 -c 'import json,sys; t=[t for t in json.load(sys.stdin) if t["id"] == sys.argv[1]][0]; sys.exit(t["end_us"] != int(sys.argv[2]))' "$id" "$end" ||
  { echo "the wobble changed the tag"; kill "$GUI_PID"; exit 1; }
xdotool mousemove --window "$GUI_WID" "$x" "$y"
sleep 0.2
xdotool mousedown 1
gui_wait "'drag.end_us' in V" >/dev/null || exit 1 # the edge is held
for step in 1 2 3 4; do
  xdotool mousemove --window "$GUI_WID" $((x + (x2 - x) * step / 4)) "$y"
  sleep 0.05
done
# Release only once the preview has followed the pointer to its end.
preview=$(gui_wait "V.get('drag.end_us', 0) > $end + 1_500_000 and V['drag.end_us']") || exit 1
gui_shot resize.png
xdotool mouseup 1
gui_wait "'drag.end_us' not in V" >/dev/null || exit 1
# The status line says what changed, and how to undo it.
gui_wait "'Resized tag' in V['status'] and 'Ctrl' in V['status']" >/dev/null || { echo "no status line about the resize"; exit 1; }
us_per_px=$(gui_wait "(T['end_us'] - T['start_us']) / (T['right'] - T['left'])") || exit 1
gui_quit
"$bin" tags list "$project" --json >after.json || { echo "tags list failed"; exit 1; }

python3 - after.json "$id" "$start" "$end" "$preview" "$us_per_px" <<'PY' || exit 1
import json, sys
after = {t["id"]: t for t in json.load(open(sys.argv[1]))}
tid, start, end, preview, us_per_px = sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]), float(sys.argv[6])
t = after[tid]
moved = t["end_us"] - end
print(f"end moved by {moved} us (dragged 2 s; preview said {preview - end:.0f} us); start {t['start_us']}")
assert t["start_us"] == start, f"the start moved: {start} -> {t['start_us']}"
# The drag went 2 s to the right; a few pixels of rounding either way.
slack = max(4 * us_per_px, 100_000)
assert abs(moved - 2_000_000) <= slack, f"the end moved by {moved} us, not about 2 s (slack {slack:.0f} us)"
assert t["end_us"] == int(preview), f"the file ({t['end_us']}) differs from the preview ({preview})"
PY
[ -s resize.png ] || { echo "no screenshot"; exit 1; }
echo "gui timeline resize: ok"
