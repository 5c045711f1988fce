#!/usr/bin/env bash
# The strip under the Tags list shows all of the selected tag (issue #11
# item 11): a tag with a long Dutch note is clicked in the list of the
# default 1280x800 window; the strip then holds that tag and its whole note,
# byte for byte, wrapped inside the side panel (no sideways scrolling) and
# shown whole (nothing to scroll), in English and in Dutch; every time in
# the list, a span's both ends too, is shown whole. Screenshots:
# detail_en.png, detail_nl.png.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
gui_need xdotool import
gui_demo
project=demo/demo.spiegel
note="Moeder zegt dat ze het allemaal niet meer weet en kijkt naar de hulpverlener; vader legt zijn hand op haar \
schouder en de jeugdige wordt stil. Belangrijk moment: hier erkent ze voor het eerst hoe zwaar het is. Later \
terugkijken met Joost in de intervisie, en vragen hoe hij dit zou benoemen. Daarna pakt ze de draad weer op."
printf '%s' "$note" >note.txt
element=$("$bin" tags list "$project" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["element"])')
# The first tag in time, so its row is the list's first.
id=$("$bin" tags add "$project" --at 0.05 --element "$element" --note "$note") || { echo "tags add failed"; exit 1; }
echo "tag $id, a note of ${#note} characters"
row="next(r for r in L['tag_rows'] if r['id'] == '$id')"
whole="V.get('tags.detail_tag') == '$id' and V.get('tags.detail_note') == open('note.txt', encoding='utf-8').read()"
# Inside the strip, the strip inside the side panel and the window; the note
# on several lines, none to scroll to.
fits="R['tags.detail_note']['x1'] <= R['tags.detail']['x1'] and R['tags.detail']['x1'] <= R['side']['x1'] <= L['window']['w']"
wrapped="R['tags.detail_note']['y1'] - R['tags.detail_note']['y0'] >= 3 * ($row['bottom'] - $row['top']) - 6"
shown="V['tags.detail_scroll_max'] == 0 and R['tags.detail_note']['y1'] <= R['tags.detail']['y1']"

check() { # LANG SHOT
  SPIEGEL_LANG=$1 gui_launch "$project"
  gui_wait "V['has_frame'] and V['jobs_done'] and $row and R.get('tags.detail')" >/dev/null || exit 1
  gui_wait "L['window']['w'] == 1280 and L['window']['h'] == 800" 5 >/dev/null ||
    { echo "the window is not the default 1280x800: $(cat "$GUI_LAYOUT")"; exit 1; }
  gui_wait "all(r['time_whole'] for r in L['tag_rows'])" 5 >/dev/null ||
    { echo "$1: a time in the list is cut: $(cat "$GUI_LAYOUT")"; exit 1; }
  gui_click_row "$id" "$whole" # the strip holds the tag and its whole note
  gui_wait "$fits" 5 >/dev/null || { echo "$1: the note runs past the side panel: $(cat "$GUI_LAYOUT")"; exit 1; }
  gui_wait "$wrapped" 5 >/dev/null || { echo "$1: the note is not wrapped: $(cat "$GUI_LAYOUT")"; exit 1; }
  gui_wait "$shown" 5 >/dev/null || { echo "$1: part of the note is out of view: $(cat "$GUI_LAYOUT")"; exit 1; }
  echo "$1: the whole note in $(gui_wait "'%dx%d' % (R['tags.detail_note']['x1'] - R['tags.detail_note']['x0'], R['tags.detail_note']['y1'] - R['tags.detail_note']['y0'])") px"
  gui_shot "$2"
  gui_quit
}
check en detail_en.png
check nl detail_nl.png
[ -s detail_en.png ] && [ -s detail_nl.png ] || { echo "no screenshots"; exit 1; }
echo "gui tags detail: ok"
