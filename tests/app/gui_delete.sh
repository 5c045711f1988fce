#!/usr/bin/env bash
# Deleting a recording from the window (issue #13 §2): Sanne opens the demo,
# waits for its thumbnails, and in the Consent tab chooses "Delete the
# recording…", ticks "also the recording file itself" and confirms. The
# player lets go, the project closes with a notice, the recording file and
# its caches are gone, the audit log holds the file's SHA-256 (sha256sum's)
# and is intact. Screenshot: delete_dialog.png.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
gui_need xdotool import sqlite3
gui_demo
project=demo/demo.spiegel
sha=$(sha256sum demo/demo.mp4 | cut -d' ' -f1)

gui_launch "$project" --side-tab consent
gui_wait "V['has_frame'] and V['jobs_done']" >/dev/null || exit 1
ls cache/spiegel/thumbs-* >/dev/null 2>&1 || { echo "no thumbnails were cached to delete"; exit 1; }
gui_press consent.delete "R.get('consent.delete.confirm')"
gui_wait "V.get('consent.delete.files') == 0" >/dev/null || { echo "the dialog lists files before the choice"; exit 1; }
gui_press consent.delete.original "V.get('consent.delete.files') == 1"
gui_shot delete_dialog.png
gui_press consent.delete.confirm "'Deleted: 1 files' in V.get('status', '')"
gui_quit
[ -e demo/demo.mp4 ] && { echo "the recording file is still there"; exit 1; }
ls cache/spiegel/thumbs-* >/dev/null 2>&1 && { echo "thumbnails left in the cache"; exit 1; }
sqlite3 "$project" "select detail from audit where action = 'destroy'" | grep -q "sha256 $sha" ||
  { echo "no proof with the file's hash"; exit 1; }
"$bin" audit verify "$project" >/dev/null || { echo "the audit log is not intact"; exit 1; }
[ "$(sqlite3 "$project" "select count(*) from annotations where deleted = 0")" = 0 ] || { echo "tags left"; exit 1; }
[ -s delete_dialog.png ] || { echo "no screenshot"; exit 1; }
echo "gui delete: ok"
