#!/usr/bin/env bash
# Discussion on moments (issue #12 §5) with the real mouse and keys
# (xdotool), aimed through the layout file, at 1280x800: "Discuss this
# tag…" in the editor of a colleague's tag brings the Discussion tab with a
# box for the first comment; starting the thread puts one mark on the
# timeline's Discussion row and a bubble on the tag; a reply and Resolve
# land in the project file. Opened again in Dutch, a click on the thread's
# mark selects it in the tab. Screenshots: discussion_en.png,
# discussion_nl.png.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$1" "$2" 1280x800 390 419
gui_need xdotool import sqlite3
gui_demo
project=demo/demo.spiegel
gui_lone_point Joost # a colleague's tag: discussing it is not changing it

gui_launch "$project"
gui_wait "V['has_frame'] and V['jobs_done'] and L['lanes']['$element'] and V.get('thread_lane.marks', 0) == 0" >/dev/null || exit 1
read -r x y < <(gui_wait "(x_of($start), (L['lanes']['$element']['top'] + L['lanes']['$element']['bottom']) / 2)") || exit 1
# A click selects his tag, Enter opens its editor (read only).
for try in 1 2 3 4 5; do
  gui_click "$x" "$y"
  gui_poll "V.get('selected_tag') == '$id'" 3 >/dev/null && break
  [ $try -lt 5 ] || { echo "a click on Joost's marker did not select it"; exit 1; }
done
gui_hold Return
gui_wait "R.get('tag_editor') and V.get('selected_tag') == '$id'" >/dev/null || { echo "Enter did not open the editor"; exit 1; }
gui_press tag_editor.discuss "not R.get('tag_editor') and V.get('side_tab') == 'Discussion' and R.get('discussion.new_text')"
echo "Discuss this tag: the Discussion tab asks for the first comment"
gui_click $(gui_centre discussion.new_text)
sleep 0.3
xdotool type --delay 30 "Why negative here? She looks at him."
gui_press discussion.start "V.get('discussion.threads') == 1 and V.get('discussion.comments') == 1"
thread=$(gui_wait "V.get('discussion.selected')") || exit 1
gui_wait "R.get('thread_mark.$thread') and V.get('thread_lane.marks') == 1 and V.get('discussed_tag.$id') == 1" >/dev/null ||
  { echo "no mark on the Discussion row or no bubble on the tag: $(cat "$GUI_LAYOUT")"; exit 1; }
# The mark sits at the tag's time.
gui_wait "abs((R['thread_mark.$thread']['x0'] + R['thread_mark.$thread']['x1']) / 2 - x_of($start)) < 20" >/dev/null ||
  { echo "the thread's mark is not at the tag"; exit 1; }
echo "thread $thread started; its mark is on the Discussion row at the tag"

gui_click $(gui_centre discussion.reply_text)
sleep 0.3
xdotool type --delay 30 "Eens, ze kijkt weg."
gui_press discussion.reply "V.get('discussion.comments') == 2"
gui_press discussion.resolve "V.get('discussion.comments') == 2"
sleep 0.5
gui_shot discussion_en.png
gui_quit

q() { sqlite3 "$project" "$1"; }
[ "$(q "SELECT tag || ' ' || resolved FROM threads WHERE deleted = 0")" = "$id 1" ] ||
  { echo "the file does not hold one resolved thread on $id: $(q 'SELECT * FROM threads')"; exit 1; }
[ "$(q "SELECT count(*) FROM comments WHERE deleted = 0 AND thread = '$thread'")" = 2 ] || { echo "expected two comments"; exit 1; }
[ "$(q "SELECT count(*) FROM comments c JOIN comments p ON c.parent = '' AND p.parent = '' WHERE c.id = p.id")" = 2 ] ||
  { echo "both comments should be on the thread itself"; exit 1; }
[ "$(q "SELECT text FROM comments WHERE thread = '$thread' ORDER BY created_at LIMIT 1")" = "Why negative here? She looks at him." ] ||
  { echo "the first comment is not as typed"; exit 1; }
q "SELECT count(*) FROM annotations WHERE id = '$id' AND reviewer IN (SELECT id FROM reviewers WHERE name = 'Joost')" | grep -qx 1 ||
  { echo "Joost's tag changed hands"; exit 1; }
echo "the file holds the resolved thread and both comments"

# In Dutch: a click on the mark selects the thread in the Bespreking tab.
export SPIEGEL_LANG=nl
gui_launch "$project" --side-tab tags
gui_wait "V['has_frame'] and V['jobs_done'] and R.get('thread_mark.$thread')" >/dev/null || exit 1
gui_press "thread_mark.$thread" "V.get('side_tab') == 'Bespreking' and V.get('discussion.selected') == '$thread'"
sleep 0.5
gui_shot discussion_nl.png
gui_quit
[ -s discussion_en.png ] && [ -s discussion_nl.png ] || { echo "no screenshots"; exit 1; }
echo "gui discussion: ok"
