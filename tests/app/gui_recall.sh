#!/usr/bin/env bash
# A recall session from the window alone (issue #14 §1, §3), with the real
# mouse and keys (xdotool) at 1280x800: in the Recall tab a new session gets
# the tags the Tags tab shows as its moments; Start plays the first from its
# pre-roll and stops by itself at it (an "auto" pause in the file); a lead
# from the prompt bank and a typed answer are kept with that pause; Space
# goes on, N goes to the next moment, Shift+Space while it plays is a pause
# by the inquirer; ending the session shows the closing form, whose lessons
# are kept; the tab's "Reflection record…" writes a PDF that holds the typed
# answer. Screenshots: recall_paused.png, recall_closing.png.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$1" "$2" 1280x800 390 419
gui_need xdotool import sqlite3 pdftotext
gui_demo
project=demo/demo.spiegel
q() { sqlite3 "$project" "$1"; }
sessions_before=$(q "SELECT count(*) FROM recall_sessions WHERE deleted = 0")

gui_launch "$project" --side-tab recall
gui_wait "V['has_frame'] and V['jobs_done'] and V.get('recall.sessions') == $sessions_before" >/dev/null ||
  { echo "the Recall tab does not list the demo's sessions: $(cat "$GUI_LAYOUT")"; exit 1; }
gui_press recall.new "V.get('recall.sessions') == $sessions_before + 1 and V.get('recall.moments') == 0"
gui_press recall.add_tags "V.get('recall.moments', 0) >= 2"
moments=$(gui_wait "V['recall.moments']") || exit 1
session=$(q "SELECT id FROM recall_sessions WHERE deleted = 0 ORDER BY created_at DESC LIMIT 1")
[ "$(q "SELECT count(*) FROM recall_moments WHERE session = '$session' AND deleted = 0")" = "${moments%.*}" ] ||
  { echo "the file does not hold the session's $moments moments"; exit 1; }
echo "a new session with $moments moments from the tags shown"

first=$(q "SELECT start_us FROM recall_moments WHERE session = '$session' AND deleted = 0 ORDER BY rank LIMIT 1")
gui_press recall.start "V.get('recall.phase') in ('approaching', 'at_moment')"
gui_wait "V.get('recall.phase') == 'at_moment' and V.get('recall.pause')" 20 >/dev/null ||
  { echo "the session did not stop by itself at the first moment: $(cat "$GUI_LAYOUT")"; exit 1; }
gui_wait "abs(V.get('paused_at_us', -1e12) - $first) < 100000" >/dev/null ||
  { echo "stopped away from the moment at $first: $(gui_wait "V.get('paused_at_us')")"; exit 1; }
[ "$(q "SELECT paused_by || ' ' || (abs(at_us - $first) < 100000) FROM recall_pauses WHERE session = '$session'")" = "auto 1" ] ||
  { echo "no auto pause at the moment in the file: $(q "SELECT * FROM recall_pauses WHERE session = '$session'")"; exit 1; }
echo "started: played the pre-roll and stopped by itself at the moment ($first us)"

# A lead from the bank, then the answer typed.
gui_press recall.bank "R.get('recall.bank.0')"
gui_press recall.bank.0 "not R.get('recall.bank.0')"
gui_click $(gui_centre recall.answer)
sleep 0.3
xdotool type --delay 30 "I wanted to calm her down first."
sleep 0.5
gui_shot recall_paused.png
[ "$(q "SELECT answer FROM recall_pauses WHERE session = '$session' AND paused_by = 'auto'")" = "I wanted to calm her down first." ] ||
  { echo "the answer is not kept with the pause"; exit 1; }
[ -n "$(q "SELECT prompt FROM recall_pauses WHERE session = '$session' AND paused_by = 'auto'")" ] ||
  { echo "the lead chosen from the bank is not kept"; exit 1; }
echo "a lead from the bank and the typed answer are kept with the pause"

# Out of the text field (a click on the picture), then the session's keys.
gui_click $(gui_centre video)
gui_hold space
gui_wait "V.get('recall.phase') != 'at_moment'" >/dev/null || { echo "Space did not go on from the pause"; exit 1; }
sleep 0.5
index=$(gui_wait "V.get('recall.index')") || exit 1
index=${index%.*}
gui_hold n
gui_wait "V.get('recall.index') == $index + 1" >/dev/null ||
  { echo "N did not go from moment $index to the next: $(cat "$GUI_LAYOUT")"; exit 1; }
if [ "$(gui_wait "V.get('recall.phase')")" = approaching ]; then
  xdotool key --clearmodifiers shift+space
  gui_wait "V.get('recall.phase') == 'held'" >/dev/null || { echo "Shift+Space did not pause"; exit 1; }
  [ "$(q "SELECT count(*) FROM recall_pauses WHERE session = '$session' AND paused_by = 'inquirer'")" = 1 ] ||
    { echo "the inquirer's pause is not in the file"; exit 1; }
  echo "Space went on, N went to the next moment, Shift+Space paused it as the inquirer"
else
  echo "Space went on, N went to the next moment (it reached the moment before Shift+Space)"
fi

gui_press recall.end "V.get('recall.phase') == 'closing'"
gui_click $(gui_centre recall.lessons)
sleep 0.3
xdotool type --delay 30 "Name the process first."
sleep 0.5
gui_shot recall_closing.png
gui_press recall.finish "'recall.phase' not in V and R.get('recall.start')"
[ "$(q "SELECT lessons || '|' || (held_on <> '') || '|' || (minutes > 0) FROM recall_sessions WHERE id = '$session'")" = "Name the process first.|1|1" ] ||
  { echo "the closing form is not kept: $(q "SELECT * FROM recall_sessions WHERE id = '$session'")"; exit 1; }
echo "the lessons, the day held and the minutes are kept"

gui_press recall.record "R.get('browser.save') and 'browser.save_name' in V"
folder=$(gui_wait "V.get('browser.folder')") || exit 1
name=$(gui_wait "V.get('browser.save_name')") || exit 1
gui_press browser.save "'browser.save' not in R"
for _ in $(seq 300); do [ -s "$folder/$name" ] && break; sleep 0.2; done
gui_quit
[ -s "$folder/$name" ] || { echo "no record at $folder/$name"; exit 1; }
pdftotext "$folder/$name" - | tr '\n' ' ' | grep -q "I wanted to calm her down" ||
  { echo "the record lacks the typed answer"; exit 1; }
[ "$(q "SELECT count(*) FROM audit WHERE action = 'export' AND object LIKE 'reflection record%'")" -ge 1 ] ||
  { echo "the record's export is not in the audit log"; exit 1; }
echo "the reflection record ($name) holds the answer and is in the audit log"
