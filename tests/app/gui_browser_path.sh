#!/usr/bin/env bash
# The file browser's path field (Ctrl+O): Enter on a path that is not there
# says so under the field, in the user's language, and keeps what was typed
# to be corrected; a folder that is there is then entered and the sentence
# goes. The field has no tooltip over it. Screenshots: missing_LANG.png.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
gui_need xdotool import
mkdir -p here/inner
run() {
  export SPIEGEL_LANG=$1
  gui_launch
  gui_wait "L.get('window')" >/dev/null || exit 1
  xdotool key --clearmodifiers ctrl+o
  gui_wait "'browser.path' in R" >/dev/null || { echo "$1: Ctrl+O opened no browser"; exit 1; }
  sleep 0.3
  gui_press browser.path "V.get('browser.path_active')"
  gui_hold ctrl+a
  xdotool type --delay 20 "$dir/nowhere/at all"
  gui_hold Return
  gui_wait "'$dir/nowhere/at all' in V.get('browser.error', '') and V.get('browser.typed') == '$dir/nowhere/at all'" \
    >/dev/null || { echo "$1: no sentence for a missing path: $(cat "$GUI_LAYOUT")"; exit 1; }
  gui_wait "'$2' in V['browser.error']" >/dev/null || { echo "$1: the sentence is not in $1"; exit 1; }
  sleep 0.3 && gui_shot "missing_$1.png"
  gui_press browser.path "V.get('browser.path_active')"
  gui_hold ctrl+a
  xdotool type --delay 20 "$dir/here/inner"
  gui_hold Return
  gui_wait "V.get('browser.folder') == '$dir/here/inner' and 'browser.error' not in V" >/dev/null ||
    { echo "$1: the folder was not entered, or the sentence stayed"; exit 1; }
  gui_hold Escape
  gui_quit
}
run en "is not a folder or file here"
run nl "is hier geen map of bestand"
echo "gui browser path: ok"
