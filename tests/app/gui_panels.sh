#!/usr/bin/env bash
# GUI test of the reviewer's side tabs on the demo project: the Ratings tab
# (scale buttons, indicators, the demo's rule warning in calm amber), the
# Participants and the Reviewers tab are drawn with content, not blank.
set -u
bin=$(readlink -f "$1")
dir=$2
. "$(dirname "$0")/gui_display.inc"
gui_scratch "$dir"
gui_ensure_display
die() { echo "gui panels: $*"; exit 1; }

"$bin" demo --out demo --seconds 20 >/dev/null 2>demo.log || { cat demo.log; echo "SKIP: demo could not be made"; exit 0; }
[ -s demo/demo.spiegel ] || die "the demo wrote no project"
mkdir -p config/spiegel
echo '{"name":"Sanne","role":"trainee"}' >config/spiegel/identity.json # the demo's trainee, no identity dialog

shot() { # TAB OUT.png
  "$bin" demo/demo.spiegel --no-audio --side-tab "$1" --screenshot-after 3 "$2" || die "spiegel failed on the $1 tab"
  [ -s "$2" ] || die "no screenshot of the $1 tab"
}
shot Ratings ratings.png
shot Participants participants.png
shot Reviewers reviewers.png

# The side panel is the right-hand ~28 % of the 1280x800 window, above the timeline.
side="300x420+960+60"
for f in ratings participants reviewers; do
  sd=$(convert $f.png -crop $side +repage -colorspace Gray -format "%[fx:standard_deviation]" info:)
  colours=$(convert $f.png -crop $side +repage -format "%k" info:)
  echo "$f tab: standard deviation $sd, $colours colours"
  awk -v sd="$sd" 'BEGIN { exit !(sd > 0.05) }' || die "the $f tab looks blank (sd $sd)"
  [ "$colours" -gt 12 ] || die "the $f tab has only $colours colours"
done
# The demo's rule warning (jeugdige engagement 0 after only negative tags) is amber, not red.
amber=$(convert ratings.png -crop 330x740+950+40 +repage -fuzz 12% -fill black +opaque "rgb(237,189,92)" \
  -fill white -opaque "rgb(237,189,92)" -colorspace Gray -format "%[fx:mean]" info:)
echo "ratings tab: amber share $amber"
awk -v a="$amber" 'BEGIN { exit !(a > 0.0005) }' || die "no amber rule warning on the Ratings tab"
echo "gui panels: ok"
