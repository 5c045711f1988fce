#!/usr/bin/env bash
# GUI test of the reviewer's side tabs on the demo project: the Ratings tab
# (scale buttons, indicators, the demo's rule warning in calm amber), the
# Participants and the Reviewers tab are drawn with content, not blank.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
die() { echo "gui panels: $*"; exit 1; }

gui_need convert
gui_demo # Sanne, the demo's trainee, reviews: no identity dialog

shot() { # TAB OUT.png
  "$bin" demo/demo.spiegel --no-audio --side-tab "$1" --layout-file "$GUI_LAYOUT" --screenshot-after 3 "$2" ||
    die "spiegel failed on the $1 tab"
  [ -s "$2" ] || die "no screenshot of the $1 tab"
  side=$(gui_geom side 1) || die "the layout file has no side panel"
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
