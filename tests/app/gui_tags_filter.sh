#!/usr/bin/env bash
# The Tags list's filters are the timeline's too (issue #11 item 10), with
# the real mouse (xdotool), aimed through the layout file: filtered to one
# element, every other element's tag on the timeline is dimmed and that
# element's are not; ticking "Hide the rest on the timeline" leaves only that
# element's tags on the lanes, and the choice is saved in the settings. One
# click on a row selects its tag and puts the paused player on its start
# (still paused, no editor opened). Screenshots: filter_dimmed.png,
# filter_hidden.png.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
gui_need xdotool import
gui_demo
project=demo/demo.spiegel
"$bin" tags list "$project" --json >tags.json || { echo "tags list failed"; exit 1; }
# The element with the most tags, its tags' ids as a Python set, and one of
# its tags at least 4 s in (away from where the player starts).
read -r element ids pick start < <(python3 - tags.json <<'PY'
import collections, json, sys
tags = json.load(open(sys.argv[1]))
element = collections.Counter(t["element"] for t in tags).most_common(1)[0][0]
mine = sorted((t for t in tags if t["element"] == element), key=lambda t: (t["start_us"], t["id"]))
pick = next(t for t in mine if t["start_us"] >= 4_000_000)
print(element, "{" + ",".join(repr(t["id"]) for t in mine) + "}", pick["id"], pick["start_us"])
PY
)
[ -n "${start:-}" ] || { echo "the demo has no element with a tag after 4 s"; exit 1; }
others=$(python3 -c 'import json,sys; print(sum(t["element"] != sys.argv[2] for t in json.load(open(sys.argv[1]))))' tags.json "$element")
[ "$others" -gt 0 ] || { echo "the demo has only $element tags"; exit 1; }
echo "filtering to $element; $others tags of other elements"
drawn="L.get('lane_tags')"
only_mine="all(t['id'] in $ids for t in $drawn)"
dimmed_right="all(t['dimmed'] == (t['id'] not in $ids) for t in $drawn)"

gui_launch "$project"
gui_wait "V['has_frame'] and V['jobs_done'] and L['tag_rows'] and $drawn" >/dev/null || exit 1
# Unfiltered: other elements' tags are drawn, none dimmed.
gui_wait "not $only_mine and not any(t['dimmed'] for t in $drawn)" >/dev/null ||
  { echo "unfiltered, the lanes should show every tag undimmed"; exit 1; }

# Element filter: open the combo, pick the element.
gui_press tags.filter.element "R.get('tags.filter.element.$element')"
gui_press "tags.filter.element.$element" "not V['popup_open'] and L['tag_rows'] and all(r['id'] in $ids for r in L['tag_rows'])"
gui_wait "$drawn and not $only_mine and $dimmed_right" 10 >/dev/null ||
  { echo "filtered to $element, the other elements' tags are not dimmed (or $element's are): $(cat "$GUI_LAYOUT")"; exit 1; }
echo "filtered: the other elements' tags are dimmed on the timeline"
gui_shot filter_dimmed.png

# Hide them instead.
gui_press tags.hide_filtered "$drawn and $only_mine"
gui_wait "not any(t['dimmed'] for t in $drawn)" 5 >/dev/null || { echo "hidden, yet some drawn tag is dimmed"; exit 1; }
echo "hide: only $element's tags are on the timeline"
gui_shot filter_hidden.png

# One click on a row: its tag selected, the player paused on its start.
gui_wait "not V['playing'] and 'paused_at_us' in V" >/dev/null || exit 1
gui_click_row "$pick" "V.get('selected_tag') == '$pick' and 'paused_at_us' in V and abs(V['paused_at_us'] - $start) <= 40_000"
# A double-click's editor would be open by the time the seek is done.
gui_wait "not V['playing'] and not R.get('tag_editor')" 5 >/dev/null || { echo "the click played or opened the editor"; exit 1; }
echo "click on the row: paused at $start us"
gui_quit
python3 - config/spiegel/settings.json <<'PY' || { echo "the hide choice was not saved"; exit 1; }
import json, sys
assert json.load(open(sys.argv[1]))["hideFilteredTags"] is True
PY
[ -s filter_dimmed.png ] && [ -s filter_hidden.png ] || { echo "no screenshots"; exit 1; }
echo "gui tags filter: ok"
