#!/usr/bin/env bash
# One key table (STYLE.md "Edits, keys and identity"): every key the window
# handles goes through app/src/gui/shell/keymap*, which also writes the `?`
# sheet, so no handler may test a key itself. Fails on any file under
# app/src/gui outside the keymap that reads a key code, a modifier or the
# raw key queue, unless it is allowed below with its reason; and on the
# keymap's core (the table the Catch2 test reads) including ImGui or GLFW.
# Usage: check_keys.sh SOURCE_DIR. Prints each violation; exit 1 if any.
set -u
root=${1:-.}
gui=$root/app/src/gui
bad=0
raw='ImGuiKey_|IsKey(Pressed|Down|Released)|GetKeyIndex|KeysDown|KeyMap\[|glfwGetKey\b|GLFW_KEY_|GLFW_MOD_|\binput\.(keys|chars)\b|\bKey(Ctrl|Shift|Alt|Super)\b'
# Allowed, one per line as FILE:TEXT (the exact text of the line, trimmed):
allowed=(
  # Shift turns the timeline's mouse wheel into panning: a modifier of a
  # mouse gesture, listed on the sheet with the gestures, not a key press.
  "app/src/gui/timeline/timeline_panel.cpp:const bool panWheel = io.KeyShift || io.MouseWheelH != 0.0f;"
)
while IFS= read -r hit; do
  [ -n "$hit" ] || continue
  file=${hit%%:*}
  rest=${hit#*:}
  text=$(echo "${rest#*:}" | sed 's/^[[:space:]]*//; s/[[:space:]]*$//')
  ok=0
  for a in "${allowed[@]}"; do
    [ "$a" = "${file#$root/}:$text" ] && ok=1
  done
  if [ $ok -eq 0 ]; then
    [ $bad -eq 0 ] && echo "a key tested outside the keymap (ask gui/shell/keymap_input.hpp instead):"
    echo "${hit#$root/}"
    bad=1
  fi
done < <(grep -rnE --include='*.hpp' --include='*.cpp' "$raw" "$gui" | grep -v "^$gui/shell/keymap")
core=$(grep -nE '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"](imgui|GLFW|GL/|gui/shell/gl\.hpp|gui/shell/app_state)' \
  "$gui/shell/keymap.hpp" "$gui/shell/keymap.cpp" "$gui/shell/keymap_table.cpp" 2>/dev/null)
if [ -n "$core" ]; then
  echo "the keymap's core must stay free of ImGui, GLFW and AppState (tests/gui reads it without a window):"
  echo "$core" | sed "s|$root/||"
  bad=1
fi
if [ $bad -eq 0 ]; then echo "keys through the keymap: ok"; fi
exit $bad
