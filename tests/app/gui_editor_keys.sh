#!/usr/bin/env bash
# The tag editor from the keyboard alone (issue #4 §3, §7): on the short
# demo, 2 tags emotional bond; ↓ ↓ ↓ ↑ steps the indicator picker to the
# codebook's second positive bond indicator; F3 marks the father; Tab puts
# the caret in the note and "hallo lol" is typed (l and o are shortcuts
# outside the note: loop and end-of-span); Enter closes the editor. Before
# that, Esc closes the indicator drop-down but not the editor. The
# project must then hold exactly that tag, and no loop may have been set.
# Before all that, F4 with no tag open shows "Next tag: young person" in
# the status line, and F4 again clears it.
# Screenshot: editor_keys.png (the note being typed).
codebook=$(readlink -f "$(dirname "$0")/../../assets/codebooks/alliance.json")
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
gui_need xdotool import
gui_demo
project=demo/demo.spiegel
"$bin" tags list "$project" --json >before.json || { echo "tags list failed"; exit 1; }
key() { xdotool key --clearmodifiers "$@"; }

gui_launch "$project"
gui_wait "V['has_frame']" >/dev/null || exit 1
# F4 with no tag open picks the young person for the next tag, and the
# status line says so; F4 again takes her off.
key F4
gui_wait "'Next tag: young person' in V['status']" >/dev/null || exit 1
key F4
gui_wait "'status' in V and 'Next tag' not in V['status']" >/dev/null || exit 1
key 2
gui_wait "R.get('tag_editor')" >/dev/null || exit 1
# Esc closes the indicator drop-down (opened with the mouse) and nothing
# more: the editor stays open.
read -r ix iy < <(gui_wait "((R['tag_editor.indicator']['x0'] + R['tag_editor.indicator']['x1']) / 2, (R['tag_editor.indicator']['y0'] + R['tag_editor.indicator']['y1']) / 2)") || exit 1
gui_click "$ix" "$iy"
gui_wait "V.get('popup_open')" >/dev/null || exit 1
key Escape
gui_wait "not V.get('popup_open')" >/dev/null || exit 1
sleep 0.3
gui_wait "R.get('tag_editor')" 2 >/dev/null || { echo "Esc on the drop-down closed the tag editor too"; exit 1; }
for k in Down Down Down Up F3 Tab; do
  key "$k"
  sleep 0.15
done
xdotool type --delay 80 "hallo lol"
sleep 0.3
gui_shot editor_keys.png
key Return
gui_wait "'tag_editor' not in R" >/dev/null || exit 1
gui_quit
"$bin" tags list "$project" --json >after.json || { echo "tags list failed"; exit 1; }

python3 - before.json after.json state.json "$codebook" <<'PY' || exit 1
import json, sys
before = {t["id"] for t in json.load(open(sys.argv[1]))}
new = [t for t in json.load(open(sys.argv[2])) if t["id"] not in before]
state = json.load(open(sys.argv[3]))
codebook = json.load(open(sys.argv[4]))
second = [i["id"] for i in codebook["indicators"] if i["element"] == "bond" and i["valence"] == "positive"][1]
print("new tags:", new)
assert len(new) == 1, f"expected one new tag, got {len(new)}"
t = new[0]
assert t["element"] == "bond" and t["valence"] == "positive", t
assert t["indicator"] == second, f"indicator {t['indicator']}, expected {second} (down, down, down, up)"
assert t["participants"] == ["vader"], f"participants {t['participants']}"
assert t["note"] == "hallo lol", f"note {t['note']!r}"
assert state["loop_a_us"] is None and state["loop_b_us"] is None, "a typed l reached the loop key"
PY
echo "gui editor keys: ok"
