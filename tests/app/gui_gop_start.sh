#!/usr/bin/env bash
# GUI test of a recording that starts inside a group of pictures (an MPEG-TS
# cut from a longer one at a byte offset, as a cut broadcast is): before its
# first picture the video panel dims the picture it has and says there is
# none; after it, nothing is said. English and Dutch. Screenshots:
# gop_start_LANG.png.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
gui_need xdotool import
make_clip whole.ts 6 -g 50 -bf 0 || { echo "ffmpeg failed"; exit 1; }
size=$(stat -c %s whole.ts)
tail -c +$(( (size / 6 / 188) * 188 + 1 )) whole.ts >cut.ts # a sixth in: inside the first 2 s GOP

for lang in en nl; do
  export SPIEGEL_LANG=$lang
  gui_launch cut.ts
  gui_wait "V['has_frame'] and V['jobs_done'] and V.get('paused_at_us') == 0" >/dev/null || exit 1
  if [ $lang = en ]; then want="No picture before 00:0"; else want="Geen beeld vóór 00:0"; fi
  gui_wait "V['picture_note'].startswith('$want')" >/dev/null || exit 1
  gui_wait "V['picture_note']" 1
  gui_wait "R['picture_note']" 1 >/dev/null || exit 1
  sleep 0.5 && gui_shot "gop_start_$lang.png"
  # Past the first picture: a true picture, nothing to say.
  xy=$(gui_wait "(x_of(3000000), T['top'] + 6)") || exit 1
  gui_click $xy
  gui_wait "V.get('paused_at_us', 0) > 2500000 and V['picture_note'] == ''" >/dev/null || exit 1
  gui_quit
done
echo "gui gop start: ok"
