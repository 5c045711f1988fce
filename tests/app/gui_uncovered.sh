#!/usr/bin/env bash
# Nothing covers the picture while tagging (the faces are what a reviewer
# watches): the tag editor opens over the side panel, and the offer to make
# a project is a band above the picture, for the demo (landscape, English)
# and for a portrait phone clip (Dutch), at 1280x800 (own Xvfb).
# Screenshots: editor_en.png, offer_nl.png, editor_nl.png.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$1" "$2" 1280x800 262 280
gui_need xdotool import
gui_demo

apart() { # A B: the rects A and B of the layout do not overlap
  gui_poll "'$1' in R and 'picture' in R and (R['$1']['x1'] <= R['$2']['x0'] or R['$2']['x1'] <= R['$1']['x0'] \
or R['$1']['y1'] <= R['$2']['y0'] or R['$2']['y1'] <= R['$1']['y0'])" >/dev/null
}

# The demo: key 1 tags and opens the editor.
gui_launch demo/demo.spiegel
gui_wait "V['has_frame'] and V['jobs_done']" >/dev/null || exit 1
xdotool key --clearmodifiers 1
gui_wait "'tag_editor' in R" >/dev/null || { echo "key 1 opened no editor"; exit 1; }
apart tag_editor picture || { gui_shot editor_en.png; echo "the tag editor covers the picture: $(cat "$GUI_LAYOUT")"; exit 1; }
sleep 0.3 && gui_shot editor_en.png
gui_quit

# A portrait phone clip without a project, in Dutch: the offer is a band
# above it; after Make project the editor stays off the picture too.
export SPIEGEL_LANG=nl
clip_size=180x320 make_clip phone.mp4 6 || { echo "ffmpeg failed"; exit 1; }
gui_launch phone.mp4
gui_wait "V['has_frame'] and 'offer' in R" >/dev/null || { echo "no offer for the bare clip"; exit 1; }
apart offer picture || { gui_shot offer_nl.png; echo "the offer covers the picture"; exit 1; }
sleep 0.3 && gui_shot offer_nl.png
gui_press offer.make "'offer' not in R and V['tags'] == 0" >/dev/null
[ -f phone.spiegel ] || { echo "Make project made no project"; exit 1; }
xdotool key --clearmodifiers 1
gui_wait "'tag_editor' in R and V['tags'] == 1" >/dev/null || { echo "key 1 made no tag in the new project"; exit 1; }
apart tag_editor picture || { gui_shot editor_nl.png; echo "the tag editor covers the portrait picture"; exit 1; }
sleep 0.3 && gui_shot editor_nl.png
gui_quit
echo "gui uncovered: ok"
