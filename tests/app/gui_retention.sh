#!/usr/bin/env bash
# The start screen's retention reminder (issue #13 §2): a project whose
# recording is to be kept 5 more days, opened once, is named calmly on the
# start screen the next time, with the day and what to do; one past its day
# says so. Screenshot: retention.png.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
gui_need xdotool import
gui_make_clip talk.mp4
gui_make_clip old.mp4
day() { date -d "$1" +%Y-%m-%d; }
mkdir -p config/spiegel # Ria reviews here: no first-start question
printf '{"id":"0000aaaa-1111-4222-8333-444455556666","name":"Ria","role":"trainee"}\n' >config/spiegel/identity.json
"$bin" project new talk.spiegel --recording talk.mp4 --title "Gesprek Jansen" >/dev/null || exit 1
"$bin" consent recording talk.spiegel --recorded-on "$(day '-20 days')" --retain-until "$(day '+5 days')" >/dev/null || exit 1
"$bin" project new old.spiegel --recording old.mp4 --title "Gesprek De Vries" >/dev/null || exit 1
"$bin" consent recording old.spiegel --recorded-on "$(day '-400 days')" --retain-until "$(day '-2 days')" >/dev/null || exit 1
for p in old.spiegel talk.spiegel; do # opened once each, as a user does
  gui_launch "$p"
  gui_wait "V['has_frame']" >/dev/null || exit 1
  gui_quit
done
gui_launch
gui_wait "'start.retention.1' in V" >/dev/null || { echo "no reminders: $(cat "$GUI_LAYOUT")"; exit 1; }
gui_wait "'Gesprek Jansen' in V['start.retention.0'] and 'until $(day '+5 days') (in 5 days)' in V['start.retention.0']" 2 >/dev/null ||
  { echo "no reminder for the project near its day: $(cat "$GUI_LAYOUT")"; exit 1; }
gui_wait "'Gesprek De Vries' in V['start.retention.1'] and 'was to be kept until $(day '-2 days')' in V['start.retention.1']" 2 >/dev/null ||
  { echo "no reminder for the project past its day: $(cat "$GUI_LAYOUT")"; exit 1; }
gui_shot retention.png
gui_quit
grep -q '"retain_until": "'"$(day '-2 days')"'"' config/spiegel/recent_projects.json ||
  { echo "the recent list lacks the day: $(cat config/spiegel/recent_projects.json)"; exit 1; }
echo "gui retention: ok"
