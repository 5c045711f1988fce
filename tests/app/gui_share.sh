#!/usr/bin/env bash
# Sending a project to a colleague from the window and opening it there
# (issue #13 §4). Sanne opens the demo, File > Send to…, ticks "Also the
# recording", types a passphrase twice (a short one is refused in the
# dialog), saves the package beside the project. Bert, on his own config,
# opens the package from the command line: the dialog asks the passphrase
# and shows the folder it opens into; a wrong one is said in the dialog,
# the right one opens the project with its tags and the recording, which
# plays. Nothing is written outside that folder. Screenshots:
# send_dialog.png, unpack_wrong.png.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
gui_need xdotool import sqlite3
gui_demo
project=$PWD/demo/demo.spiegel
pkg=$PWD/demo/demo.spiegelpkg
pass="kaas en brood voor iedereen"
# type_into NAME TEXT: click the hidden field NAME, replace what it holds
# by TEXT, until it holds as many characters (three tries: a click while
# the dialog grows can miss the field).
type_into() {
  local try
  for try in 1 2 3; do
    sleep 0.3 # the dialog has its size
    gui_press "$1" "True"
    gui_hold ctrl+a
    xdotool type --delay 20 "$2"
    gui_poll "V.get('$1_length') == ${#2}" 3 >/dev/null && return 0
  done
  echo "could not type into $1"
  kill "$GUI_PID" 2>/dev/null
  exit 1
}

gui_launch "$project"
gui_wait "V['has_frame']" >/dev/null || exit 1
gui_press menu.file "R.get('menu.send')"
gui_press menu.send "R.get('send.pass')"
gui_press send.recording "True"
type_into send.pass "short"
type_into send.again "short"
gui_wait "'too short' in V.get('send.problem', '')" >/dev/null || { echo "a short passphrase was not refused"; exit 1; }
type_into send.pass "$pass"
type_into send.again "$pass"
gui_wait "V.get('send.problem') == ''" >/dev/null || { echo "the passphrase was not taken: $(gui_wait "V.get('send.problem')")"; exit 1; }
gui_shot send_dialog.png
gui_press send.save "R.get('browser.save')"
gui_wait "V.get('browser.save_name') == 'demo.spiegelpkg'" >/dev/null || { echo "no package name offered"; exit 1; }
gui_press browser.save "'browser.save' not in R"
gui_wait "'The package is ready' in V.get('status', '')" 90 >/dev/null || exit 1
gui_quit
[ -s "$pkg" ] || { echo "no package at $pkg"; exit 1; }
grep -q "Sanne" "$pkg" && { echo "the package has plaintext in it"; exit 1; }
sqlite3 "$project" "select action from audit" | grep -qx share || { echo "no share audit entry"; exit 1; }

# Bert's computer: another config folder.
export XDG_CONFIG_HOME=$PWD/bert XDG_CACHE_HOME=$PWD/bert-cache
mkdir -p bert/spiegel
echo '{"name":"Bert","role":"peer"}' >bert/spiegel/identity.json
touch marker
sleep 1
gui_launch "$pkg"
folder=$(gui_wait "V.get('unpack.folder')") || exit 1
[ "$folder" = "$PWD/demo/demo" ] || { echo "offered folder $folder, not beside the package"; exit 1; }
type_into unpack.pass "not the passphrase"
gui_press unpack.open "'passphrase' in V.get('unpack.problem', '')"
sleep 0.5 # the dialog has grown to hold the sentence
gui_shot unpack_wrong.png
[ -e "$folder/demo.spiegel" ] && { echo "a wrong passphrase unpacked the project"; exit 1; }
type_into unpack.pass "$pass"
gui_press unpack.open "'unpack.open' not in R"
gui_wait "'Opened the package from Sanne' in V.get('status', '') and V['has_frame']" 90 >/dev/null || exit 1
gui_quit
[ -f "$folder/demo.spiegel" ] && [ -f "$folder/demo.mp4" ] || { echo "the package did not unpack: $(ls "$folder")"; exit 1; }
cmp -s "$folder/demo.mp4" demo/demo.mp4 || { echo "the unpacked recording differs"; exit 1; }
[ "$("$bin" tags list "$folder/demo.spiegel" --json | grep -c '"id"')" = "$("$bin" tags list "$project" --json | grep -c '"id"')" ] ||
  { echo "the tags did not all arrive"; exit 1; }
# Nothing written outside the chosen folder but Bert's own config and cache
# (and this test's own files).
stray=$(find "$PWD" -type f -newer marker -not -path "$folder/*" -not -path "$PWD/bert/*" -not -path "$PWD/bert-cache/*" \
  -not -name layout.json -not -name state.json -not -name app.log -not -name '*.png')
[ -z "$stray" ] || { echo "written outside the chosen folder: $stray"; exit 1; }
echo "gui share: ok"
