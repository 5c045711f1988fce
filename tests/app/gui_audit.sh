#!/usr/bin/env bash
# The Audit tab (issue #13 §3): Sanne opens the demo on the Audit tab and
# plays it; the log shows her opening and her playback and says it is
# intact. Someone removes an entry with the sqlite3 shell while the window
# is open: the tab then names the broken entry. "Export as CSV" writes the
# log beside the project. Screenshot: audit_broken.png.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
gui_need xdotool import sqlite3
gui_demo
project=demo/demo.spiegel

gui_launch "$project" --side-tab audit --play
gui_wait "V['has_frame'] and 'intact' in V.get('audit.verdict', '')" >/dev/null ||
  { echo "no intact verdict: $(cat "$GUI_LAYOUT")"; exit 1; }
for action in view play; do
  n=""
  for try in $(seq 1 50); do
    n=$(sqlite3 "$project" "SELECT count(*) FROM audit WHERE action = '$action' AND actor = 'Sanne'")
    [ "$n" = 1 ] && break
    sleep 0.2
  done
  [ "$n" = 1 ] || { echo "$action logged $n times"; exit 1; }
done
sqlite3 "$project" "DELETE FROM audit WHERE seq = 3"
gui_wait "'broken at entry 3' in V.get('audit.verdict', '')" 20 >/dev/null ||
  { echo "the removed entry is not shown: $(cat "$GUI_LAYOUT")"; exit 1; }
gui_shot audit_broken.png
gui_press audit.export "'audit log is written' in V.get('status', '')"
gui_quit
[ -s demo/demo-audit.csv ] || { echo "no CSV beside the project"; exit 1; }
head -1 demo/demo-audit.csv | grep -q "nr;at_ms;at_utc;who;device;action" || { echo "CSV header"; exit 1; }
grep -q ";play;" demo/demo-audit.csv || { echo "the CSV lacks the playback"; exit 1; }
[ -s audit_broken.png ] || { echo "no screenshot"; exit 1; }
echo "gui audit: ok"
