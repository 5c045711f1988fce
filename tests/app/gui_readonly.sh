#!/usr/bin/env bash
# A project in a folder this user may not write (issue #11, item 12): the
# window shows a read-only band with "Save a copy…"; tag keys give one calm
# status-line notice and no dialog; "Save a copy…" (the band's button, the
# folder browser, a folder of one's own) copies the whole project there and
# opens the copy, which can be tagged. The original stays byte-identical
# and nothing is left beside it. Root may write anywhere, so as root the
# window runs as user nobody (setpriv) on a private X display without
# authorisation; skipped when nobody cannot reach the binary.
# Screenshots: readonly.png (the band), readonly_people.png (the form greyed
# out), copied.png (the copy, tagged).
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@" 1920x1080 160 179
gui_need xdotool import
mkdir -p share mine home config/spiegel
gui_make_clip share/talk.mp4 || { echo "ffmpeg could not make the clip"; exit 1; }
"$bin" project new share/talk.spiegel --recording share/talk.mp4 >/dev/null || { echo "project new failed"; exit 1; }
"$bin" tags add share/talk.spiegel --at 1 --element engagement --reviewer Sanne >/dev/null || { echo "tags add failed"; exit 1; }
echo '{"name":"Lotte","role":"peer"}' >config/spiegel/identity.json
before=$(sha256sum share/talk.spiegel | cut -d' ' -f1)

as_user=()
if [ "$(id -u)" -eq 0 ]; then
  gui_need setpriv
  as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  chown -R 65534:65534 "$dir"
  chown -R 0:0 share
  "${as_user[@]}" test -x "$bin" 2>/dev/null || { echo "SKIP: user nobody cannot reach $bin"; exit 0; }
fi
chmod 444 share/talk.spiegel
chmod 555 share
trap 'chmod 755 "$dir/share" 2>/dev/null; kill $GUI_XVFB_PID 2>/dev/null' EXIT
if [ ${#as_user[@]} -gt 0 ] && "${as_user[@]}" touch share/probe 2>/dev/null; then
  echo "SKIP: nobody may write the folder"; exit 0
fi
# The window runs as that user; the checks below run as this one.
printf '#!/bin/sh\nexec %s "%s" "$@"\n' "${as_user[*]}" "$bin" >as_user.sh
chmod 755 as_user.sh
cli=$bin
bin=$PWD/as_user.sh
export HOME=$PWD/home

gui_launch "$dir/share/talk.spiegel"
gui_wait "R.get('band.readonly') and V.get('read_only') and V['has_frame'] and V.get('tags') == 1" >/dev/null || exit 1
sleep 0.3 # the band and the picture have settled
gui_shot readonly.png
# Delete on the selected tag: the same calm line, the tag stays.
xy=$(gui_wait "next((r['time_x'] + 8, (r['top'] + r['bottom']) / 2) for r in L['tag_rows'])") || exit 1
gui_click $xy
gui_wait "V.get('selected_tag')" >/dev/null || { echo "the tag row did not select"; exit 1; }
xdotool key --clearmodifiers Delete
gui_wait "'Changing tags needs a copy of your own' in V.get('status', '')" >/dev/null ||
  { echo "Delete gave no read-only notice"; exit 1; }
for k in 1 2 shift+3; do
  xdotool key --clearmodifiers "$k"
  sleep 0.2
done
gui_wait "'needs a copy of your own' in V.get('status', '')" >/dev/null ||
  { echo "no read-only notice in the status line"; exit 1; }
# A modal would take the click: the tab switching proves there is none.
gui_press "tab.Participants" "V.get('side_tab') == 'Participants'"
gui_wait "not V['popup_open'] and 'message' not in V and V.get('tags') == 1" 5 >/dev/null ||
  { echo "a tag key on a read-only project opened a dialog or tagged"; exit 1; }
gui_shot readonly_people.png # the form, seen but greyed out
status=$(gui_wait "V['status']")
[ "$(grep -o 'needs a copy of your own' <<<"$status" | wc -l)" -eq 1 ] || { echo "not one notice: $status"; exit 1; }

# A folder that has a project of that name already: one sentence, nothing
# overwritten; then a folder of one's own.
mkdir -p taken && echo mine >taken/talk.spiegel && chown -R --reference=mine taken
gui_press band.readonly.button "R.get('browser.path')"
gui_choose_folder "$dir/taken"
gui_wait "'has a project of this name already' in V.get('message', '')" >/dev/null ||
  { echo "no refusal for a folder with a project of that name"; exit 1; }
gui_hold Return
gui_wait "'message' not in V and V.get('read_only')" >/dev/null || exit 1
[ "$(cat taken/talk.spiegel)" = mine ] || { echo "Save a copy overwrote a file"; exit 1; }
gui_press band.readonly.button "R.get('browser.path')"
gui_choose_folder "$dir/mine"
gui_wait "V.get('project') == '$dir/mine/talk.spiegel' and not V.get('read_only') and 'band.readonly' not in R" >/dev/null ||
  { cat app.log; echo "the copy was not opened writable"; exit 1; }
gui_wait "'Copy saved' in V.get('status', '')" >/dev/null || exit 1
xdotool key --clearmodifiers 2
gui_wait "V.get('tags') == 2" >/dev/null || { echo "the copy cannot be tagged"; exit 1; }
gui_hold Escape
sleep 0.3
gui_shot copied.png
gui_quit

"$cli" tags list mine/talk.spiegel --json >tags.json || { echo "tags list of the copy failed"; exit 1; }
/usr/bin/python3 - tags.json <<'PY' || exit 1
import json, sys
tags = json.load(open(sys.argv[1]))
print([(t["element"], t["reviewer"]) for t in tags])
assert len(tags) == 2, tags
assert {t["reviewer"] for t in tags} == {"Sanne", "Lotte"}, tags
PY
[ "$(sha256sum share/talk.spiegel | cut -d' ' -f1)" = "$before" ] || { echo "the read-only project changed"; exit 1; }
[ "$(ls share | wc -l)" -eq 2 ] || { ls share; echo "files were left beside the read-only project"; exit 1; }
[ ! -e mine/talk.spiegel.part ] || { echo "the copy left its temporary file"; exit 1; }
echo "gui readonly: ok"
