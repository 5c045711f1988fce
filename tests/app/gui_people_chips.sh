#!/usr/bin/env bash
# The people the next tags get show as chips in the timeline's "Next tags"
# row, and a tag editor's F-keys change that tag only (issue #11 item 8).
# On the demo (F2 mother, F4 young person), with the real keys and mouse
# (xdotool), aimed through the layout file:
#   F2 F4 with no tag open: chips "mother, young person";
#   1 tags A with them; F4 in A's editor takes the young person off A only,
#     the chips stay; F9 (the pin) makes A's people the next tags': "mother";
#   Esc, → 5 s, 2 tags B: mother; Esc, a click on mother's chip: nobody;
#   → 5 s, 3 tags C: nobody.
# The project file then holds A [moeder], B [moeder], C []. Screenshot:
# people_chips.png (the editor open on A, the chips below).
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
gui_need xdotool import
gui_demo_tags
# new_tags: "id:participants,..." of the tags not in before.json, by start.
new_tags() {
  "$bin" tags list "$project" --json | python3 -c '
import json, sys
before = {t["id"] for t in json.load(open("before.json"))}
new = sorted((t for t in json.load(sys.stdin) if t["id"] not in before), key=lambda t: t["start_us"])
print(" ".join(t["id"] + ":" + ",".join(t["participants"]) for t in new))'
}
# wait_tags WANT: poll the project file until new_tags prints WANT with the ids left out.
wait_tags() {
  local got try
  for try in $(seq 1 80); do
    got=$(new_tags | sed -E 's/[^ :]+:/:/g')
    [ "$got" = "$1" ] && return 0
    sleep 0.25
  done
  echo "new tags' participants: '$got', expected '$1'"; kill "$GUI_PID"; exit 1
}

gui_launch "$project"
gui_wait "V['has_frame'] and V['jobs_done'] and V.get('next_people') == ''" >/dev/null || exit 1
gui_key F2
gui_key F4
gui_wait "V['next_people'] == 'mother, young person' and R.get('next_people.2') and R.get('next_people.4')" >/dev/null ||
  { echo "F2 F4 did not show as chips"; exit 1; }
gui_key 1
gui_wait "R.get('tag_editor') and V.get('selected_tag')" >/dev/null || exit 1
wait_tags ":moeder,jeugdige"
# F4 in the editor: the tag only.
gui_key F4
wait_tags ":moeder"
sleep 0.3
gui_wait "V['next_people'] == 'mother, young person'" 2 >/dev/null ||
  { echo "F4 in the editor changed the next tags' people: '$(gui_poll "V['next_people']" 1)'"; exit 1; }
gui_shot people_chips.png
# F9, the pin: the next tags get this tag's people.
gui_key F9
gui_wait "V['next_people'] == 'mother'" >/dev/null || { echo "F9 did not pin the tag's people"; exit 1; }
gui_hold Escape
gui_wait "not R.get('tag_editor')" >/dev/null || exit 1
gui_key Right
gui_key 2
wait_tags ":moeder :moeder"
gui_hold Escape
gui_wait "not R.get('tag_editor') and R.get('next_people.2')" >/dev/null || exit 1
gui_press next_people.2 "V['next_people'] == ''"
gui_key Right
gui_key 3
wait_tags ":moeder :moeder :"
gui_quit
echo "gui people chips: ok"
