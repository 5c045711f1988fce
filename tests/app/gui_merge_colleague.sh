#!/usr/bin/env bash
# File > Add a colleague's work… with the real mouse and keyboard (issue #12
# §1): Sanne and Bram coded the group's recording in projects of their own
# (their own config dirs, so their own profiles); Dirk coded another
# family's conversation. Joost, in the group's project, chooses the three
# files one by one through the file browser and adds them: Sanne's and
# Bram's tags arrive on the timeline, Dirk's file is refused with its
# sentence naming the file and its recording, and nothing of his comes in.
# Adding the same files again (in Dutch) changes nothing. At 1280x800.
# Screenshots: browser_colleague_list.png (the browser, .spiegel and .json),
# colleague_list.png, colleague_result.png, colleague_list_nl.png,
# colleague_result_nl.png.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@" 1280x800 420 449
gui_need xdotool import
gui_make_clip talk.mp4 || { echo "ffmpeg could not make the clip"; exit 1; }
make_clip other.mp4 3 || { echo "ffmpeg could not make the other clip"; exit 1; }
as() { local who=$1; shift; XDG_CONFIG_HOME="$dir/$who" "$bin" "$@" >/dev/null || { echo "$who: $* failed"; exit 1; }; }
as joost project new group.spiegel --recording talk.mp4 --title "Gesprek Jansen"
as sanne project new sanne.spiegel --recording talk.mp4
as sanne tags add sanne.spiegel --reviewer Sanne --at 1 --element engagement
as sanne tags add sanne.spiegel --at 2.5 --element safety --negative
as bram project new bram.spiegel --recording talk.mp4
as bram tags add bram.spiegel --reviewer Bram --at 3 --element bond
as dirk project new dirk.spiegel --recording other.mp4 --title "Gesprek De Vries"
as dirk tags add dirk.spiegel --reviewer Dirk --at 1 --element engagement
mkdir -p config/spiegel
echo '{"name":"Joost","role":"trainer"}' >config/spiegel/identity.json

# choose FILE N: type FILE into the open browser's path field and press
# Enter; the dialog then lists N files.
choose() {
  gui_browse_to "$1"
  gui_wait "V.get('colleague.files') == $2 and 'browser.path' not in R" >/dev/null || { echo "$1 was not listed"; exit 1; }
}
# add_all: File > Add a colleague's work…, the three files, Add their work.
add_all() {
  gui_wait "V.get('project') and V.get('tags') is not None" >/dev/null || exit 1
  gui_press menu.file "R.get('menu.colleague')"
  gui_press menu.colleague "R.get('browser.path')"
  sleep 0.3
  gui_shot "browser_$1"
  choose "$dir/sanne.spiegel" 1
  gui_press colleague.choose "R.get('browser.path')"
  choose "$dir/bram.spiegel" 2
  gui_press colleague.choose "R.get('browser.path')"
  choose "$dir/dirk.spiegel" 3
  sleep 0.3
  gui_shot "$1"
  gui_press colleague.add "V.get('colleague.result')"
}
result() { gui_wait "V.get('colleague.result')" | tr -d '\r'; }

gui_launch "$dir/group.spiegel"
gui_wait "V.get('tags') == 0" >/dev/null || { echo "the group's project did not open empty"; exit 1; }
add_all colleague_list.png
r=$(result) || exit 1
echo "result: $r"
grep -qx "sanne.spiegel (Sanne): 2 tags, 0 ratings; 3 entries new" <<<"$r" || { echo "Sanne's line: $r"; exit 1; }
grep -qx "bram.spiegel (Bram): 1 tag, 0 ratings; 2 entries new" <<<"$r" || { echo "Bram's line: $r"; exit 1; }
grep -qx '"dirk.spiegel" is work on another recording ("Gesprek De Vries"), not on this one; nothing of it was added.' <<<"$r" ||
  { echo "Dirk's refusal: $r"; exit 1; }
# The tags are on the timeline at once, behind the dialog.
gui_wait "V.get('tags') == 3" >/dev/null || { echo "the tags did not arrive in the window"; exit 1; }
sleep 0.3
gui_shot colleague_result.png
gui_press colleague.close "'colleague.close' not in R"
gui_wait "not V['popup_open'] and V.get('tags') == 3" >/dev/null || exit 1
gui_wait "'colleagues\\' files added' in V.get('status', '')" >/dev/null || { echo "no status line"; exit 1; }
gui_quit

# Again, in Dutch: the same files change nothing; Dirk's still refused.
export SPIEGEL_LANG=nl
gui_launch "$dir/group.spiegel"
gui_wait "V.get('tags') == 3" >/dev/null || { echo "the merged tags were not in the file"; exit 1; }
add_all colleague_list_nl.png
r=$(result) || exit 1
echo "resultaat: $r"
[ "$(grep -c '; niets nieuws (al eerder toegevoegd)$' <<<"$r")" -eq 2 ] || { echo "a second add changed something: $r"; exit 1; }
grep -qx '"dirk.spiegel" is werk op een andere opname ("Gesprek De Vries"), niet op deze; er is niets van toegevoegd.' <<<"$r" ||
  { echo "Dirk's Dutch refusal: $r"; exit 1; }
sleep 0.3
gui_shot colleague_result_nl.png
gui_hold Escape
gui_wait "not V['popup_open'] and V.get('tags') == 3" >/dev/null || { echo "Esc did not close the result"; exit 1; }
gui_quit

"$bin" tags list group.spiegel --json >tags.json || { echo "tags list failed"; exit 1; }
/usr/bin/python3 - tags.json <<'PY' || exit 1
import json, sys
tags = json.load(open(sys.argv[1]))
print(sorted((t["reviewer"], t["element"], t["start_us"]) for t in tags))
assert sorted((t["reviewer"], t["start_us"]) for t in tags) == [("Bram", 3_000_000), ("Sanne", 1_000_000), ("Sanne", 2_500_000)], tags
PY
echo "gui merge colleague: ok"
