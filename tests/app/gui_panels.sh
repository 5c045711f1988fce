#!/usr/bin/env bash
# GUI test of the reviewer's side tabs on the demo project: the Ratings tab
# (scale buttons, indicators, the demo's rule warning in calm amber), the
# Participants and the Reviewers tab are drawn with content, not blank.
# Each tab is shot once the layout file says it is shown and the picture is
# there (no fixed wait), and checked where the layout file puts the panel.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
die() { echo "gui panels: $*"; exit 1; }

gui_need xdotool import convert
gui_demo # Sanne, the demo's trainee, reviews: no identity dialog

shot() { # TAB OUT.png
  gui_launch demo/demo.spiegel --side-tab "$1"
  gui_wait "V.get('side_tab') == '$1' and V['has_frame']" >/dev/null || exit 1
  sleep 0.3 # one more frame: the tab's first frame sizes its widgets
  side=$(gui_geom side) || exit 1
  gui_shot "$2"
  gui_quit
  [ -s "$2" ] || die "no screenshot of the $1 tab"
}
shot Ratings ratings.png
shot Participants participants.png
shot Reviewers reviewers.png

# The side panel (where the layout file says it is) has content on each tab.
for f in ratings participants reviewers; do
  gui_busy $f.png "$side" 0.05 12
done
# The demo's rule warning (jeugdige engagement 0 after only negative tags) is amber, not red.
amber=$(convert ratings.png -crop "$side" +repage -fuzz 12% -fill black +opaque "rgb(237,189,92)" \
  -fill white -opaque "rgb(237,189,92)" -colorspace Gray -format "%[fx:mean]" info:)
echo "ratings tab: amber share $amber"
awk -v a="$amber" 'BEGIN { exit !(a > 0.0005) }' || die "no amber rule warning on the Ratings tab"
echo "gui panels: ok"
