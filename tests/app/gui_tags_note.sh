#!/usr/bin/env bash
# Editing a note in place in the Tags table with the real mouse and keyboard
# (xdotool), rows found through the layout file: double-click the note cell
# of one of Sanne's tags (she is the reviewer here), replace the text with a
# Dutch note with accents, Enter. The project file then holds exactly that
# note, byte for byte in UTF-8, and no other tag changed. Esc on a second
# edit leaves the note alone; then, scrolled sideways, a double-click on the
# row beside the note goes to the tag and opens its editor. Screenshots: note_edit.png, note_esc.png (while editing).
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
gui_need xdotool import xkbcomp xprop
gui_demo
gui_accent_keys
project=demo/demo.spiegel
"$bin" tags list "$project" --json >before.json || { echo "tags list failed"; exit 1; }
id=$(python3 -c '
import json, sys
mine = sorted((t for t in json.load(open(sys.argv[1])) if t["reviewer"] == "Sanne"), key=lambda t: t["start_us"])
print(mine[0]["id"] if mine else "")' before.json)
[ -n "$id" ] || { echo "the demo has no tag of Sanne's"; exit 1; }
note="moeder reageert geïrriteerd"

# edit_note SHOT.png KEYS...: double-click the tag's note cell until its editor has the
# caret (a double-click lost on a slow frame is tried again), select all,
# type the note, take a screenshot, then press KEYS.
edit_note() {
  local xy try
  # The table may be wider than the side panel: scroll right (wheel button
  # 7) until the note cell's start is inside the panel.
  row="[r for r in L['tag_rows'] if r['id'] == '$id'][0]"
  for try in $(seq 1 30); do
    gui_poll "$row['note_x'] + 40 < R['side']['x1']" 0 >/dev/null && break
    xy=$(gui_wait "((R['side']['x0'] + R['side']['x1']) / 2, ($row['top'] + $row['bottom']) / 2)") || exit 1
    xdotool mousemove --window "$GUI_WID" $xy click 7
    sleep 0.15
  done
  # Eight tries: a double-click is two clicks within ImGui's 0.3 s, each seen
  # in its own frame; under ASan on a loaded machine a frame can take 200 ms.
  for try in 1 2 3 4 5 6 7 8; do
    xy=$(gui_wait "[r for r in L['tag_rows'] if r['id'] == '$id'] and next((r['note_x'] + 12, (r['top'] + r['bottom']) / 2) for r in L['tag_rows'] if r['id'] == '$id')") || exit 1
    gui_click $xy 2
    gui_poll "V.get('tags.editing_note') == '$id active'" 3 >/dev/null && break
    [ $try -lt 8 ] || { echo "the note editor did not open (8 double-clicks)"; kill $GUI_PID; exit 1; }
    gui_hold Escape
  done
  gui_hold ctrl+a
  xdotool type --delay 40 "$note"
  sleep 0.3
  gui_shot "$1"
  shift
  gui_hold "$@"
  gui_wait "'tags.editing_note' not in V" >/dev/null || exit 1
}

gui_launch "$project"
gui_wait "V['has_frame'] and V['jobs_done'] and L['tag_rows']" >/dev/null || exit 1 # quick frames
edit_note note_edit.png Return
gui_quit
"$bin" tags list "$project" --json >after.json || { echo "tags list failed"; exit 1; }

python3 - before.json after.json "$id" "$note" <<'PY' || exit 1
import json, sys
before = {t["id"]: t for t in json.load(open(sys.argv[1]))}
after = {t["id"]: t for t in json.load(open(sys.argv[2]))}
tid, note = sys.argv[3], sys.argv[4]
got = after[tid]["note"]
print("note now:", got)
assert got.encode("utf-8") == note.encode("utf-8"), f"note {got!r} ({got.encode()!r}), wanted {note!r}"
assert "\u00ef" in got, "the i with diaeresis is missing"
for k, t in before.items():
    if k != tid:
        assert after[k] == t, f"another tag changed: {t} -> {after[k]}"
    else:
        assert {**after[k], "note": t["note"]} == t, f"more than the note changed: {t} -> {after[k]}"
PY

# Esc while editing keeps the note that is there.
note="dit wordt niet bewaard"
gui_launch "$project"
gui_wait "V['has_frame'] and V['jobs_done'] and L['tag_rows']" >/dev/null || exit 1 # quick frames
edit_note note_esc.png Escape
# Scrolled sideways (to read the notes), a double-click on the row beside the
# note still goes to the tag, a few seconds before it.
# A tag at least 4 s in, so the jump (3 s pre-roll) lands away from 0:00.
read -r jid start < <(python3 -c '
import json, sys
t = sorted((t for t in json.load(open(sys.argv[1])) if t["start_us"] >= 4_000_000), key=lambda t: (t["start_us"], t["id"]))[0]
print(t["id"], t["start_us"])' before.json)
want=$(( start - 3000000 ))
for try in 1 2 3 4 5 6 7 8; do
  xy=$(gui_wait "next((r['note_x'] - 8, (r['top'] + r['bottom']) / 2) for r in L['tag_rows'] if r['id'] == '$jid')") || exit 1
  gui_click $xy 2
  gui_poll "'paused_at_us' in V and abs(V['paused_at_us'] - $want) <= 40_000 and R.get('tag_editor') and V.get('selected_tag') == '$jid'" 3 >/dev/null && break
  [ $try -lt 8 ] || { echo "a double-click beside the note did not go to the tag"; kill $GUI_PID; exit 1; }
done
echo "double-click beside the note: at $want us"
gui_quit
"$bin" tags list "$project" --json >after_esc.json || { echo "tags list failed"; exit 1; }
cmp -s <(python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1])), sort_keys=True))' after.json) \
  <(python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1])), sort_keys=True))' after_esc.json) ||
  { echo "Esc changed the project"; exit 1; }
gui_restore_keys
[ -s note_edit.png ] && [ -s note_esc.png ] || { echo "no screenshots"; exit 1; }
echo "gui tags note: ok"
