#!/usr/bin/env bash
# An open span shows its element and valence, and 1–4 / Shift+1–4 choose
# them (issue #11 item 9). On the demo, with the real keys (xdotool): I at
# 5 s opens a span of the first element, positive, drawn in its lane and
# named in the status line; Shift+3 makes it Safety, negative, and tags
# nothing; at 10 s O makes the span. Then I and Esc drop a span: 1 after it
# tags a point (Engagement). The project file then holds exactly those two
# new tags. Screenshot: open_span.png (the open Safety − span).
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
gui_need xdotool import
gui_demo_tags

gui_launch "$project"
gui_wait "V['has_frame'] and V['jobs_done'] and L['lanes']['safety']" >/dev/null || exit 1
tags=$(gui_wait "V['tags']") || exit 1
gui_key Right
gui_wait "V.get('paused_at_us') == 5_000_000" >/dev/null || exit 1
gui_key i
gui_wait "V.get('open_span') == 'engagement +' and 'Span started: Engagement +' in V['status']" >/dev/null ||
  { echo "I did not show the open span"; exit 1; }
gui_key shift+3
gui_wait "V.get('open_span') == 'safety -' and 'Span started: Safety -' in V['status']" >/dev/null ||
  { echo "Shift+3 did not make the open span Safety, negative"; exit 1; }
gui_key Right
gui_wait "V.get('paused_at_us') == 10_000_000" >/dev/null || exit 1
# Drawn in the Safety lane, from I to the playhead.
gui_wait "abs(R['open_span']['y0'] - L['lanes']['safety']['top']) < 2 and abs(R['open_span']['x0'] - x_of(5_000_000)) < 3 and abs(R['open_span']['x1'] - x_of(10_000_000)) < 3" >/dev/null ||
  { echo "the open span is not drawn in the Safety lane from 5 s to 10 s"; exit 1; }
gui_wait "V['tags'] == $tags and not R.get('tag_editor')" 1 >/dev/null || { echo "Shift+3 made a tag during the span"; exit 1; }
sleep 0.3
gui_shot open_span.png
gui_key o
gui_wait "V['tags'] == $tags + 1 and R.get('tag_editor') and 'open_span' not in V" >/dev/null || exit 1
gui_hold Escape
gui_wait "not R.get('tag_editor')" >/dev/null || exit 1
# Esc drops an open span: 1 then tags a point.
gui_key i
gui_wait "V.get('open_span')" >/dev/null || exit 1
gui_hold Escape
gui_wait "'open_span' not in V and 'Span started' not in V['status']" >/dev/null || { echo "Esc did not drop the span"; exit 1; }
gui_key 1
gui_wait "V['tags'] == $tags + 2" >/dev/null || exit 1
gui_quit
"$bin" tags list "$project" --json >after.json || { echo "tags list failed"; exit 1; }
python3 - before.json after.json <<'PY' || exit 1
import json, sys
before = {t["id"] for t in json.load(open(sys.argv[1]))}
new = sorted((t for t in json.load(open(sys.argv[2])) if t["id"] not in before), key=lambda t: t["end_us"] - t["start_us"])
print("new tags:", [(t["element"], t["valence"], t["start_us"], t["end_us"]) for t in new])
assert len(new) == 2, f"expected two new tags, got {len(new)}"
point, span = new
assert (span["element"], span["valence"]) == ("safety", "negative"), span
assert (span["start_us"], span["end_us"]) == (5_000_000, 10_000_000), span
assert point["element"] == "engagement" and point["start_us"] == point["end_us"], point
PY
echo "gui open span: ok"
